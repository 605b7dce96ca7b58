package de.lenkwerk.action;

import de.lenkwerk.body.BodyAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The filtered, sorted, paged actions list in one JPQL query per page, limited to what the user may see; the
 * conditions come from {@link ActionScope}, the same ones the dashboard and the report count with.
 */
@Component
class ActionQueries {

    private static final String FROM = """
             from Action a join Body b on b.id = a.bodyId join Person p on p.id = a.ownerPersonId
             left join Organisation o on o.id = a.ownerOrganisationId
            """;
    private static final Map<String, String> SORTS = Map.of(
            "number", "a.number", "title", "lower(a.title)", "body", "b.shortName", "owner", "p.fullName",
            "deadline", "a.deadline", "status", "a.status", "progress", "a.progress",
            "rag", "case a.rag when de.lenkwerk.action.Rag.RED then 0 when de.lenkwerk.action.Rag.AMBER then 1"
                    + " when de.lenkwerk.action.Rag.GREEN then 2 else 3 end");

    private final EntityManager entityManager;
    private final ActionScopes scopes;

    ActionQueries(EntityManager entityManager, ActionScopes scopes) {
        this.entityManager = entityManager;
        this.scopes = scopes;
    }

    List<ActionListItem> page(ActionFilter filter, BodyAccess.Visibility visibility, Long personId, Pageable pageable) {
        return page(scopes.of(visibility, personId, filter), pageable);
    }

    long count(ActionFilter filter, BodyAccess.Visibility visibility, Long personId) {
        return count(scopes.of(visibility, personId, filter));
    }

    List<ActionListItem> page(ActionScope scope, Pageable pageable) {
        var where = scope.where(ActionScope.Language.JPQL);
        var jpql = "select new de.lenkwerk.action.ActionListItem(a.id, a.number, a.title, a.bodyId, b.shortName,"
                + " p.fullName, o.shortName, a.deadline, a.status, a.progress, a.rag, a.ragReason, a.ownerPersonId)"
                + FROM + where.sql() + orderBy(pageable.getSort());
        TypedQuery<ActionListItem> query = entityManager.createQuery(jpql, ActionListItem.class);
        where.params().forEach(query::setParameter);
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    long count(ActionScope scope) {
        var where = scope.where(ActionScope.Language.JPQL);
        var query = entityManager.createQuery("select count(a)" + FROM + where.sql(), Long.class);
        where.params().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String orderBy(Sort sort) {
        var parts = new StringBuilder();
        for (var order : sort) {
            var path = SORTS.get(order.getProperty());
            if (path != null) {
                parts.append(parts.isEmpty() ? " order by " : ", ").append(path).append(order.isAscending() ? " asc" : " desc");
            }
        }
        // stable order for paging; never the same column twice (H2 trips over that)
        for (var tiebreaker : new String[]{"a.deadline", "a.number"}) {
            if (!parts.toString().contains(tiebreaker + " ")) {
                parts.append(parts.isEmpty() ? " order by " : ", ").append(tiebreaker).append(" asc");
            }
        }
        return parts.toString();
    }
}
