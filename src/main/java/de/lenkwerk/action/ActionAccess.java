package de.lenkwerk.action;

import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with one action: the body's roles (read, manage), plus its owner and deputy, who may read it
 * and report on it wherever it lives. Anyone else gets "not found".
 */
@Component
class ActionAccess {

    private final ActionRepository actions;
    private final BodyAccess bodyAccess;
    private final CurrentUser currentUser;
    private final ActionScopes scopes;

    ActionAccess(ActionRepository actions, BodyAccess bodyAccess, CurrentUser currentUser, ActionScopes scopes) {
        this.actions = actions;
        this.bodyAccess = bodyAccess;
        this.currentUser = currentUser;
        this.scopes = scopes;
    }

    /** Visible by the same rule as the actions list ({@link ActionScope}). */
    Action readable(long actionId) {
        var action = actions.findById(actionId).orElseThrow(RecordNotFoundException::new);
        if (currentUser.reportsThroughLink(actionId)) {
            return action;
        }
        if (!scopes.current(ActionFilter.NONE).sees(action.getBodyId(), action.getOwnerPersonId(),
                action.getDeputyPersonId())) {
            throw new RecordNotFoundException();
        }
        return action;
    }

    Action manageable(long actionId) {
        var action = readable(actionId);
        if (!canManage(action)) {
            throw new AccessDeniedException("action " + actionId + " is not managed by the current user");
        }
        return action;
    }

    Action reportable(long actionId) {
        var action = readable(actionId);
        if (!canReport(action)) {
            throw new AccessDeniedException("current user may not report on action " + actionId);
        }
        return action;
    }

    boolean canManage(Action action) {
        return bodyAccess.canManage(action.getBodyId());
    }

    /** Also someone answering through a personal link that covers this action (statusround's link service). */
    boolean canReport(Action action) {
        return canManage(action) || isOwner(action) || currentUser.reportsThroughLink(action.getId());
    }

    private boolean isOwner(Action action) {
        return currentUser.get().map(u -> action.isOwnedBy(u.personId())).orElse(false);
    }
}
