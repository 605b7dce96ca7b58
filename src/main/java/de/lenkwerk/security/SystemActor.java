package de.lenkwerk.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Start-up work (the first administrator, demo data) goes through the same services as users do, with their
 * access checks, acting as an administrator named "System".
 */
public final class SystemActor {

    public static final String NAME = "System";

    /**
     * Who acts, for {@link CurrentUser}. Inside a Vaadin request the session-aware security strategy reads the
     * signed-in user from the session and ignores a context set on the thread, so the system actor is kept here too.
     */
    private static final ThreadLocal<Authentication> ACTING = new ThreadLocal<>();

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        return call(NAME, work);
    }

    /** Acts as an administrator under another name, e.g. to load demo data "as" the people who would report it. */
    public static void runAs(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T call(String name, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var previousActing = ACTING.get();
        var context = SecurityContextHolder.createEmptyContext();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.ADMIN, "ROLE_" + Roles.USER));
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        ACTING.set(authentication);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (previousActing == null) {
                ACTING.remove();
            } else {
                ACTING.set(previousActing);
            }
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** The system actor, while work runs through {@link #call}. */
    static Authentication acting() {
        return ACTING.get();
    }

    /** Sets (or with null clears) who acts on this thread; also used by {@link PersonalLinkActor}. */
    static void act(Authentication authentication) {
        if (authentication == null) {
            ACTING.remove();
        } else {
            ACTING.set(authentication);
        }
    }
}
