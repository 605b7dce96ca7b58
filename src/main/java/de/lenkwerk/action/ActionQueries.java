package de.lenkwerk.action;

import de.lenkwerk.body.BodyAccess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The filtered, sorted, paged actions list in one JPQL query per page, limited to what the user may see: their
 * bodies, plus actions they own or deputise anywhere.
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

    ActionQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<ActionListItem> page(ActionFilter filter, BodyAccess.Visibility visibility, Long personId, Pageable pageable) {
        var params = new HashMap<String, Object>();
        var jpql = "select new de.lenkwerk.action.ActionListItem(a.id, a.number, a.title, a.bodyId, b.shortName,"
                + " p.fullName, o.shortName, a.deadline, a.status, a.progress, a.rag, a.ragReason)"
                + FROM + where(filter, visibility, personId, params) + orderBy(pageable.getSort());
        TypedQuery<ActionListItem> query = entityManager.createQuery(jpql, ActionListItem.class);
        params.forEach(query::setParameter);
        if (pageable.isPaged()) {
            query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        return query.getResultList();
    }

    long count(ActionFilter filter, BodyAccess.Visibility visibility, Long personId) {
        var params = new HashMap<String, Object>();
        var query = entityManager.createQuery("select count(a)" + FROM + where(filter, visibility, personId, params),
                Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(ActionFilter f, BodyAccess.Visibility visibility, Long personId,
                                Map<String, Object> params) {
        var clauses = new StringBuilder(" where 1 = 1");
        var me = personId == null ? -1L : personId;
        if (!visibility.all()) {
            clauses.append(" and (a.bodyId in :bodyIds or a.ownerPersonId = :me or a.deputyPersonId = :me)");
            params.put("bodyIds", visibility.bodyIdsForQuery());
            params.put("me", me);
        }
        if (f.mine()) {
            clauses.append(" and (a.ownerPersonId = :mine or a.deputyPersonId = :mine)");
            params.put("mine", me);
        }
        add(clauses, params, f.bodyId(), "a.bodyId = :bodyId", "bodyId");
        add(clauses, params, f.meetingId(), "a.sourceMeetingId = :meetingId", "meetingId");
        add(clauses, params, f.organisationId(), "(a.ownerOrganisationId = :org or :org member of a.contributorIds)", "org");
        add(clauses, params, f.ownerPersonId(), "(a.ownerPersonId = :owner or a.deputyPersonId = :owner)", "owner");
        add(clauses, params, f.status(), "a.status = :status", "status");
        add(clauses, params, f.rag(), "a.rag = :rag", "rag");
        add(clauses, params, f.deadlineFrom(), "a.deadline >= :from", "from");
        add(clauses, params, f.deadlineTo(), "a.deadline <= :to", "to");
        var today = java.time.LocalDate.now();
        switch (f.scope()) {
            case OPEN -> clauses.append(" and a.status not in (de.lenkwerk.action.ActionStatus.DONE, de.lenkwerk.action.ActionStatus.DROPPED)");
            case OVERDUE -> {
                clauses.append(" and a.status not in (de.lenkwerk.action.ActionStatus.DONE, de.lenkwerk.action.ActionStatus.DROPPED)"
                        + " and a.deadline < :today");
                params.put("today", today);
            }
            case DUE_SOON -> {
                clauses.append(" and a.status not in (de.lenkwerk.action.ActionStatus.DONE, de.lenkwerk.action.ActionStatus.DROPPED)"
                        + " and a.deadline >= :today and a.deadline <= :soon");
                params.put("today", today);
                params.put("soon", today.plusDays(ActionFilter.Scope.DUE_SOON_DAYS));
            }
            case DONE_RECENTLY -> {
                clauses.append(" and a.status = de.lenkwerk.action.ActionStatus.DONE and a.doneAt >= :doneSince");
                params.put("doneSince", today.minusDays(ActionFilter.Scope.RECENT_DAYS).atStartOfDay());
            }
            case ALL -> {
                // no restriction
            }
        }
        if (f.text() != null && !f.text().isBlank()) {
            clauses.append(" and (lower(a.title) like :text or lower(a.number) like :text"
                    + " or lower(coalesce(a.description, '')) like :text)");
            params.put("text", "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        return clauses.toString();
    }

    private static void add(StringBuilder clauses, Map<String, Object> params, Object value, String clause, String name) {
        if (value != null) {
            clauses.append(" and ").append(clause);
            params.put(name, value);
        }
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
