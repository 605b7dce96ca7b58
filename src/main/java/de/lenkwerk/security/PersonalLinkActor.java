package de.lenkwerk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Someone without an account who answers a status request through their personal link. The link service checks the
 * token and then runs the save through the same services a signed-in owner uses, acting as this holder: they may
 * read and report on exactly the actions of their link ({@link CurrentUser#reportsThroughLink}), nothing else, and
 * the history names them as {@code actorName}. They are no {@link SignedInUser}: no account, no body roles.
 */
public final class PersonalLinkActor {

    static final String ROLE = "ROLE_PERSONAL_LINK";

    /** The principal while a link holder acts. */
    record Holder(long personId, String actorName, Set<Long> actionIds) {

        Holder {
            actionIds = Set.copyOf(actionIds);
        }
    }

    private PersonalLinkActor() {
    }

    public static <T> T call(long personId, String actorName, Set<Long> actionIds, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var previousActing = SystemActor.acting();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new Holder(personId, actorName, actionIds), null, AuthorityUtils.createAuthorityList(ROLE));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        SystemActor.act(authentication);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            SystemActor.act(previousActing);
        }
    }
}
