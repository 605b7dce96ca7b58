package de.lenkwerk.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.api.ApiTokenItem;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.Formats;

import java.util.Locale;

/** How a token's state and last use read, on the profile page and in the administration alike. */
public final class ApiTokenTexts {

    private ApiTokenTexts() {
    }

    public static Span state(ApiTokenItem token) {
        var badge = new Span();
        badge.setText(badge.getTranslation(EnumLabels.key(token.state())));
        badge.addClassNames("lw-pill", "lw-pill-" + switch (token.state()) {
            case ACTIVE -> "success";
            case EXPIRED -> "neutral";
            case REVOKED -> "error";
        });
        return badge;
    }

    public static String lastUse(Component where, ApiTokenItem token, Locale locale) {
        if (token.lastUsedAt() == null) {
            return where.getTranslation("api-token.never-used");
        }
        return where.getTranslation("api-token.used-at", Formats.dateTime(token.lastUsedAt(), locale),
                token.lastUsedFrom() == null ? "?" : token.lastUsedFrom());
    }
}
