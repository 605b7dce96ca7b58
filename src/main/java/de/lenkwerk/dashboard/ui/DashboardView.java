package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The start page after sign-in. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:dashboard")
public class DashboardView extends Main implements HasDynamicTitle {

    DashboardView(CurrentUser currentUser) {
        addClassName("lw-page");
        var name = currentUser.get().map(u -> u.displayName()).orElse("");
        add(new ViewHeader(getTranslation("dashboard.greeting", name), getTranslation("dashboard.intro")));

        var cards = new Div(
                card(VaadinIcon.HANDSHAKE, "dashboard.card.agree"),
                card(VaadinIcon.CHART_LINE, "dashboard.card.track"),
                card(VaadinIcon.FILE_TABLE, "dashboard.card.report"));
        cards.addClassName("lw-cards");
        add(cards);
    }

    private Component card(VaadinIcon icon, String key) {
        var symbol = icon.create();
        symbol.addClassName("lw-card-icon");
        var text = new Paragraph(getTranslation(key + ".text"));
        var card = new Div(symbol, new H2(getTranslation(key + ".title")), text);
        card.addClassName("lw-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
