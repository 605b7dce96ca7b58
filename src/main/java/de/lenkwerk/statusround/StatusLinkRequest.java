package de.lenkwerk.statusround;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What the secretariat asks one person through a personal link: which actions, what is asked, a short message and
 * until when. {@code language} null means the person's own mail language.
 */
public record StatusLinkRequest(@NotNull Long personId, @NotEmpty Set<Long> actionIds, @NotNull Asks asks,
                                @Size(max = MESSAGE_MAX) String message, @NotNull LocalDate endsOn,
                                Locale language) {

    public static final int MESSAGE_MAX = 1000;

    public StatusLinkRequest {
        actionIds = actionIds == null ? Set.of() : Set.copyOf(actionIds);
    }

    /** What the page asks for; a reason is always asked when an action is red or late. */
    public record Asks(boolean status, boolean progress, boolean indicators, boolean text) {

        public static final Asks ALL = new Asks(true, true, true, true);

        public boolean any() {
            return status || progress || indicators || text;
        }
    }
}
