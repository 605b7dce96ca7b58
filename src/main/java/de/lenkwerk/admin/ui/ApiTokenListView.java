package de.lenkwerk.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkwerk.api.ApiTokenItem;
import de.lenkwerk.api.ApiTokenService;
import de.lenkwerk.api.ApiTokenState;
import de.lenkwerk.api.ui.ApiTokenTexts;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Every user's API tokens, newest first: who has which, when and from where it was used; any can be revoked. */
@Route("admin/api-schluessel")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 93, title = "nav.admin.api-tokens", icon = "vaadin:key")
public class ApiTokenListView extends Main implements HasDynamicTitle {

    final Grid<ApiTokenItem> grid = new Grid<>();
    final FormErrors errors = new FormErrors();
    private final transient ApiTokenService tokens;

    ApiTokenListView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("lw-page");
        grid.addColumn(ApiTokenItem::ownerName).setHeader(getTranslation("api-token.owner")).setAutoWidth(true)
                .setTooltipGenerator(ApiTokenItem::ownerName);
        grid.addColumn(ApiTokenItem::name).setHeader(getTranslation("api-token.name")).setAutoWidth(true)
                .setTooltipGenerator(ApiTokenItem::name);
        grid.addColumn(t -> getTranslation(EnumLabels.key(t.scope()))).setHeader(getTranslation("api-token.scope"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.hint() + "…").setHeader(getTranslation("api-token.hint")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.createdAt(), getLocale())).setHeader(getTranslation("api-token.created-at"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.expiresOn(), getLocale())).setHeader(getTranslation("api-token.expires-on"))
                .setAutoWidth(true);
        grid.addComponentColumn(ApiTokenTexts::state).setHeader(getTranslation("api-token.state")).setAutoWidth(true);
        grid.addColumn(t -> ApiTokenTexts.lastUse(this, t, getLocale())).setHeader(getTranslation("api-token.last-used"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("list.empty"));
        grid.setSizeFull();
        refresh();
        add(new ViewHeader(getTranslation("nav.admin.api-tokens"), getTranslation("api-token.admin.description")),
                errors, grid);
    }

    private Component revokeButton(ApiTokenItem token) {
        var revoke = new Button(getTranslation("api-token.revoke"), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel(getTranslation("api-token.revoke.named", token.name()));
        revoke.setVisible(token.state() != ApiTokenState.REVOKED);
        return revoke;
    }

    private void confirmRevoke(ApiTokenItem token) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("api-token.revoke"));
        confirm.setText(getTranslation("api-token.admin.revoke.confirm", token.name(), token.ownerName()));
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

    private void refresh() {
        grid.setItemsPageable(tokens::all, pageable -> tokens.countAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.api-tokens") + " · " + getTranslation("app.name");
    }
}
