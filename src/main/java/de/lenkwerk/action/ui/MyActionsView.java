package de.lenkwerk.action.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

/** The actions the signed-in person owns or deputises, across all bodies. */
@Route("meine-massnahmen")
@PermitAll
@Menu(order = 5, title = "nav.my-actions", icon = "vaadin:user-check")
public class MyActionsView extends Main implements HasDynamicTitle {

    final ActionGrid grid = new ActionGrid(true);

    MyActionsView(ActionService actions) {
        addClassName("lw-page");
        grid.show(actions, ActionFilter.onlyMine());
        grid.setEmptyStateText(getTranslation("action.my.empty"));
        grid.setSizeFull();
        add(new ViewHeader(getTranslation("nav.my-actions"), getTranslation("action.my.description")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-actions") + " · " + getTranslation("app.name");
    }
}
