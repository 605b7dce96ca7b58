package de.lenkwerk.admin.ui;

import java.time.Clock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.ui.GridRows;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.security.AccountItem;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.Roles;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDateTime;

@Route("admin/benutzer")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 91, title = "nav.admin.accounts", icon = "vaadin:users")
public class AccountListView extends Main implements HasDynamicTitle {

    final Grid<AccountItem> grid = new Grid<>();
    final TextField search = new TextField();
    final Button create;
    private final transient AccountService accounts;
    private final transient OrganisationService organisations;
    private final transient Clock clock;

    AccountListView(AccountService accounts, OrganisationService organisations, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.organisations = organisations;
        addClassName("lw-page");

        create = new Button(getTranslation("account.new"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        search.setPlaceholder(getTranslation("action.search"));
        search.setAriaLabel(getTranslation("action.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(AccountItem::username).setHeader(getTranslation("account.username")).setSortProperty("username");
        grid.addColumn(AccountItem::fullName).setHeader(getTranslation("account.full-name"))
                .setSortProperty("p.fullName").setFlexGrow(2);
        grid.addColumn(a -> a.organisationName() == null ? "" : a.organisationName())
                .setHeader(getTranslation("account.organisation")).setFlexGrow(3)
                .setTooltipGenerator(AccountItem::organisationName);
        grid.addColumn(a -> getTranslation(a.administrator() ? "account.role.admin" : "account.role.user"))
                .setHeader(getTranslation("account.role"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("account.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> Formats.dateTime(a.lastLoginAt(), getLocale()))
                .setHeader(getTranslation("account.last-login")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("list.empty"));
        GridRows.openWith(grid, this::openDialog);
        grid.setSizeFull();
        refresh();

        var toolbar = new Div(search);
        toolbar.addClassName("lw-toolbar");
        add(new ViewHeader(getTranslation("nav.admin.accounts"), getTranslation("account.list.description"), create),
                toolbar, grid);
    }

    private Span state(AccountItem account) {
        String key;
        String variant;
        if (!account.enabled()) {
            key = "account.state.disabled";
            variant = "neutral";
        } else if (account.lockedAt(LocalDateTime.now(clock))) {
            key = "account.state.locked";
            variant = "error";
        } else {
            key = "account.state.active";
            variant = "success";
        }
        var badge = new Span(getTranslation(key));
        badge.addClassNames("lw-pill", "lw-pill-" + variant);
        return badge;
    }

    private void refresh() {
        var filter = search.getValue();
        grid.setItemsPageable(pageable -> accounts.search(filter, pageable), pageable -> accounts.count(filter));
    }

    private void openDialog(AccountItem item) {
        // Reload the row so that the dialog starts from the current version.
        var current = item == null ? null : accounts.get(item.id()).orElse(item);
        new AccountDialog(accounts, organisations, current, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.accounts") + " · " + getTranslation("app.name");
    }
}
