package de.lenkwerk.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.api.ApiTokenItem;
import de.lenkwerk.api.ApiTokenService;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.base.ui.ProfileSection;

import java.time.Clock;
import java.time.LocalDate;

/**
 * "API-Schlüssel" on the profile page: make a token with a name, a scope and an expiry, see one's tokens (when and
 * from where each was last used) and revoke them. The secret exists only in the answer to making it (only its hash
 * is stored), so it is shown once, with a copy button.
 */
@org.springframework.stereotype.Component
class ApiTokenSection implements ProfileSection {

    private final ApiTokenService tokens;
    private final Clock clock;

    ApiTokenSection(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "api-token.title";
    }

    @Override
    public Component create() {
        return new Card(tokens, clock);
    }

    static class Card extends Div {

        private final ApiTokenService tokens;
        private final Clock clock;
        final ApiTokenForm form;
        final Button create = new Button();
        final FormErrors errors = new FormErrors();
        final Div fresh = new Div();
        final TextField secret = new TextField();
        final Button copy = new Button(VaadinIcon.COPY.create());
        final Grid<ApiTokenItem> grid = new Grid<>();
        private boolean copyArmed;

        Card(ApiTokenService tokens, Clock clock) {
            this.tokens = tokens;
            this.clock = clock;
            setId("api-tokens");
            form = new ApiTokenForm(clock);

            secret.setId("api-token-secret");
            secret.setLabel(getTranslation("api-token.secret"));
            secret.setReadOnly(true);
            secret.setWidthFull();
            secret.setSuffixComponent(copy);
            copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            copy.setAriaLabel(getTranslation("api-token.copy"));
            copy.setTooltipText(getTranslation("api-token.copy"));
            var once = new Paragraph(getTranslation("api-token.shown-once"));
            once.addClassName("lw-warning");
            fresh.add(secret, once);
            fresh.setVisible(false);

            create.setId("api-token-create");
            create.setText(getTranslation("api-token.create"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> createToken());
            var buttons = new Div(create);
            buttons.addClassName("lw-toolbar");

            grid.setId("api-token-list");
            grid.addColumn(ApiTokenItem::name).setHeader(getTranslation("api-token.name")).setAutoWidth(true)
                    .setTooltipGenerator(ApiTokenItem::name);
            grid.addColumn(t -> getTranslation(EnumLabels.key(t.scope()))).setHeader(getTranslation("api-token.scope"))
                    .setAutoWidth(true);
            grid.addColumn(t -> t.hint() + "…").setHeader(getTranslation("api-token.hint")).setAutoWidth(true);
            grid.addColumn(t -> Formats.date(t.expiresOn(), getLocale())).setHeader(getTranslation("api-token.expires-on"))
                    .setAutoWidth(true);
            grid.addComponentColumn(Card::state).setHeader(getTranslation("api-token.state")).setAutoWidth(true);
            grid.addColumn(this::lastUse).setHeader(getTranslation("api-token.last-used")).setAutoWidth(true);
            grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            grid.setEmptyStateText(getTranslation("api-token.none"));
            grid.setAllRowsVisible(true);

            var docs = new Anchor("api/docs", getTranslation("api-token.docs"));
            docs.setTarget("_blank");
            add(new Paragraph(getTranslation("api-token.hint-text")), docs, errors, form, buttons, fresh,
                    new H3(getTranslation("api-token.mine")), grid);
            refresh();
        }

        private void createToken() {
            form.write().ifPresent(request -> errors.attempt(() -> {
                var created = tokens.create(request);
                secret.setValue(created.secret());
                fresh.setVisible(true);
                armCopy();
                form.clear(LocalDate.now(clock));
                refresh();
                Notifications.saved(getTranslation("api-token.created", created.token().name()));
            }));
        }

        /** The copy happens in the click itself (a round trip would lose the user gesture), armed once shown. */
        private void armCopy() {
            if (!copyArmed) {
                copyArmed = true;
                Clipboard.onClick(copy).writeText(secret,
                        copied -> Notifications.saved(getTranslation("api-token.copied")),
                        failed -> Notification.show(getTranslation("api-token.copy-failed")));
            }
        }

        /** The button in a token's row (package-private for the view test, which cannot reach grid cells). */
        Button revokeButton(ApiTokenItem token) {
            var revoke = new Button(getTranslation("api-token.revoke"), e -> confirmRevoke(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setAriaLabel(getTranslation("api-token.revoke.named", token.name()));
            revoke.setVisible(token.state() != de.lenkwerk.api.ApiTokenState.REVOKED);
            return revoke;
        }

        private void confirmRevoke(ApiTokenItem token) {
            var confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("api-token.revoke"));
            confirm.setText(getTranslation("api-token.revoke.confirm", token.name()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("api-token.revoke"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> errors.attempt(() -> {
                tokens.revoke(token.id());
                refresh();
                Notifications.saved(getTranslation("api-token.revoked", token.name()));
            }));
            confirm.open();
        }

        private String lastUse(ApiTokenItem token) {
            return ApiTokenTexts.lastUse(this, token, getLocale());
        }

        static Span state(ApiTokenItem token) {
            return ApiTokenTexts.state(token);
        }

        /** A person has a handful of tokens at most (the service caps them), so the list is read whole. */
        private void refresh() {
            grid.setItems(tokens.mine());
        }
    }
}
