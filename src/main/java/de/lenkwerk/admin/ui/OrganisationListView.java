package de.lenkwerk.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.ui.GridRows;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.security.Roles;
import jakarta.annotation.security.RolesAllowed;

@Route("admin/organisationen")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "nav.admin.organisations", icon = "vaadin:building")
public class OrganisationListView extends Main implements HasDynamicTitle {

    final Grid<OrganisationItem> grid = new Grid<>();
    final TextField search = new TextField();
    final Button create;
    private final transient OrganisationService organisations;

    OrganisationListView(OrganisationService organisations) {
        this.organisations = organisations;
        addClassName("lw-page");

        create = new Button(getTranslation("organisation.new"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        search.setPlaceholder(getTranslation("action.search"));
        search.setAriaLabel(getTranslation("action.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        grid.addColumn(OrganisationItem::name).setHeader(getTranslation("organisation.name"))
                .setSortProperty("name").setFlexGrow(3);
        grid.addColumn(OrganisationItem::shortName).setHeader(getTranslation("organisation.short-name"))
                .setSortProperty("shortName");
        grid.addColumn(o -> getTranslation(EnumLabels.key(o.type()))).setHeader(getTranslation("organisation.type"))
                .setSortProperty("type");
        grid.addColumn(o -> getTranslation(o.active() ? "state.active" : "state.inactive"))
                .setHeader(getTranslation("organisation.active"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("list.empty"));
        GridRows.openWith(grid, this::openDialog);
        grid.setSizeFull();
        refresh();

        var toolbar = new com.vaadin.flow.component.html.Div(search);
        toolbar.addClassName("lw-toolbar");
        add(new ViewHeader(getTranslation("nav.admin.organisations"),
                getTranslation("organisation.list.description"), create), toolbar, grid);
    }

    private void refresh() {
        var filter = search.getValue();
        grid.setItemsPageable(pageable -> organisations.search(filter, pageable),
                pageable -> organisations.count(filter));
    }

    private void openDialog(OrganisationItem item) {
        new OrganisationDialog(organisations, item, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.organisations") + " · " + getTranslation("app.name");
    }
}
