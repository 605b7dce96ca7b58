package de.lenkwerk.action.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The actions the signed-in person owns or deputises, across all bodies. */
@Route("meine-massnahmen")
@PermitAll
@Menu(order = 5, title = "nav.my-actions", icon = "vaadin:user-check")
public class MyActionsView extends Main implements HasDynamicTitle {

    final ActionGrid grid = new ActionGrid(true);

    MyActionsView(ActionService actions, List<MyActionsSection> sections) {
        addClassName("lw-page");
        grid.show(actions, ActionFilter.onlyMine());
        grid.setEmptyStateText(getTranslation("action.my.empty"));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("nav.my-actions"), getTranslation("action.my.description")));
        sections.stream().sorted(Comparator.comparingInt(MyActionsSection::order)).map(MyActionsSection::create)
                .filter(Objects::nonNull).forEach(this::add);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-actions") + " · " + getTranslation("app.name");
    }
}
