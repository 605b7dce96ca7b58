package de.lenkwerk.body;

import java.time.Clock;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may read or manage which body, from today's memberships. Administrators see everything. Somebody without
 * a role in a body gets "not found", exactly as for an id that does not exist.
 */
@Component
@Transactional(readOnly = true)
public class BodyAccess {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;
    private final Clock clock;

    BodyAccess(MembershipRepository memberships, CurrentUser currentUser, Clock clock) {
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The bodies the current user may read; {@code all} for administrators. */
    public Visibility visibility() {
        if (currentUser.isAdministrator()) {
            return new Visibility(true, Set.of(), Set.of());
        }
        var user = currentUser.get();
        if (user.isEmpty()) {
            return new Visibility(false, Set.of(), Set.of());
        }
        var readable = new HashSet<Long>();
        var managed = new HashSet<Long>();
        rolesByBody(user.get().personId()).forEach((bodyId, roles) -> {
            readable.add(bodyId);
            if (roles.stream().anyMatch(MembershipRole::manages)) {
                managed.add(bodyId);
            }
        });
        return new Visibility(false, Set.copyOf(readable), Set.copyOf(managed));
    }

    public boolean canRead(long bodyId) {
        return visibility().canRead(bodyId);
    }

    public boolean canManage(long bodyId) {
        return visibility().canManage(bodyId);
    }

    /** Whether the current user holds this role in the body today; administrators hold every role. */
    public boolean hasRole(long bodyId, MembershipRole role) {
        if (currentUser.isAdministrator()) {
            return true;
        }
        return currentUser.get().map(user -> rolesByBody(user.personId()).getOrDefault(bodyId, Set.of()).contains(role))
                .orElse(false);
    }

    public void requireRead(long bodyId) {
        if (!canRead(bodyId)) {
            throw new RecordNotFoundException();
        }
    }

    public void requireManage(long bodyId) {
        var visibility = visibility();
        if (!visibility.canRead(bodyId)) {
            throw new RecordNotFoundException();
        }
        if (!visibility.canManage(bodyId)) {
            throw new AccessDeniedException("body " + bodyId + " is not managed by the current user");
        }
    }

    /** Administrators, chairs and secretariats may set up new bodies. */
    public boolean canCreateBodies() {
        var visibility = visibility();
        return visibility.all() || !visibility.managedBodyIds().isEmpty();
    }

    private Map<Long, Set<MembershipRole>> rolesByBody(long personId) {
        var result = new HashMap<Long, Set<MembershipRole>>();
        for (var row : memberships.findActiveRoles(personId, LocalDate.now(clock))) {
            result.computeIfAbsent(row.getBodyId(), id -> EnumSet.noneOf(MembershipRole.class)).add(row.getRole());
        }
        return result;
    }

    /** What one user may see. {@code bodyIdsForQuery} never is empty, so it fits a SQL {@code in} clause. */
    public record Visibility(boolean all, Set<Long> readableBodyIds, Set<Long> managedBodyIds) {

        public boolean canRead(long bodyId) {
            return all || readableBodyIds.contains(bodyId);
        }

        public boolean canManage(long bodyId) {
            return all || managedBodyIds.contains(bodyId);
        }

        public Set<Long> bodyIdsForQuery() {
            var ids = new HashSet<>(readableBodyIds);
            ids.add(-1L);
            return ids;
        }
    }
}
