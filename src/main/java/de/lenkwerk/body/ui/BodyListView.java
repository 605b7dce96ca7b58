package de.lenkwerk.body.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import jakarta.annotation.security.PermitAll;

@Route("gremien")
@PermitAll
@Menu(order = 10, title = "nav.bodies", icon = "vaadin:group")
public class BodyListView extends Main implements HasDynamicTitle {

    final Grid<BodyItem> grid = new Grid<>();
    final TextField search = new TextField();
    final Checkbox archived = new Checkbox(getTranslation("body.include-archived"));
    final Button create;
    private final transient BodyService bodies;

    BodyListView(BodyService bodies) {
        this.bodies = bodies;
        addClassName("lw-page");
        create = new Button(getTranslation("body.new"), VaadinIcon.PLUS.create(),
                e -> new BodyDialog(bodies, null, saved -> navigate(saved.id())).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(bodies.canCreateBodies());

        search.setPlaceholder(getTranslation("action.search"));
        search.setAriaLabel(getTranslation("action.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        archived.addValueChangeListener(e -> refresh());

        grid.addColumn(BodyItem::name).setHeader(getTranslation("body.name")).setSortProperty("name").setFlexGrow(3);
        grid.addColumn(BodyItem::shortName).setHeader(getTranslation("body.short-name")).setSortProperty("shortName");
        grid.addColumn(b -> getTranslation(EnumLabels.key(b.type()))).setHeader(getTranslation("body.type"));
        grid.addColumn(b -> b.parentName() == null ? "" : b.parentName()).setHeader(getTranslation("body.parent"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("list.empty"));
        GridRows.openWith(grid, item -> navigate(item.id()));
        grid.setSizeFull();
        refresh();

        var toolbar = new Div(search, archived);
        toolbar.addClassName("lw-toolbar");
        add(new ViewHeader(getTranslation("nav.bodies"), getTranslation("body.list.description"), create), toolbar, grid);
    }

    private void navigate(long id) {
        getUI().ifPresent(ui -> ui.navigate(BodyView.class, id));
    }

    private void refresh() {
        var filter = search.getValue();
        var withArchived = archived.getValue();
        grid.setItemsPageable(p -> bodies.search(filter, withArchived, p), p -> bodies.count(filter, withArchived));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.bodies") + " · " + getTranslation("app.name");
    }
}
