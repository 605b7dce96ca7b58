package de.lenkwerk.action;

import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SignedInUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/** Makes the {@link ActionScope} of the signed-in user, today by the injected clock. */
@Component
class ActionScopes {

    private final BodyAccess bodyAccess;
    private final CurrentUser currentUser;
    private final Clock clock;

    ActionScopes(BodyAccess bodyAccess, CurrentUser currentUser, Clock clock) {
        this.bodyAccess = bodyAccess;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    ActionScope current(ActionFilter filter) {
        return of(bodyAccess.visibility(), currentUser.get().map(SignedInUser::personId).orElse(null), filter);
    }

    ActionScope of(BodyAccess.Visibility visibility, Long personId, ActionFilter filter) {
        return new ActionScope(visibility, personId, filter, LocalDate.now(clock));
    }
}
