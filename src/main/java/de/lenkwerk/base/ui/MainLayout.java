package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.lenkwerk.base.DemoMode;
import de.lenkwerk.base.HasDisplayName;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The frame around every signed-in view: navigation on the left, and in the header the signed-in person,
 * the language switch and sign-out. Menu titles are translation keys (see {@code @Menu} on the views).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authenticationContext;
    private final transient List<UserMenuEntry> menuEntries;

    MainLayout(AuthenticationContext authenticationContext, DemoMode demoMode, List<UserMenuEntry> menuEntries,
               List<HeaderItem> headerItems) {
        this.menuEntries = menuEntries;
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(sideNav()));

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        var spacer = new Div();
        spacer.addClassName("lw-spacer");
        var header = new Div(toggle, spacer);
        header.addClassName("lw-header");
        if (demoMode.isEnabled()) {
            header.add(new DemoBadge());
        }
        header.add(new LanguageSelect());
        headerItems.forEach(item -> header.add(item.create()));
        header.add(userMenu());
        addToNavbar(true, header);
    }

    private Component brand() {
        var logo = new Span("L");
        logo.addClassName("lw-logo");
        var name = new Span(getTranslation("app.name"));
        name.addClassName("lw-brand-name");
        var claim = new Span(getTranslation("app.claim"));
        claim.addClassName("lw-brand-claim");
        var text = new Div(name, claim);
        var brand = new Div(logo, text);
        brand.addClassName("lw-brand");
        return brand;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.main"));
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private SideNavItem navItem(MenuEntry entry) {
        var item = new SideNavItem(getTranslation(entry.title()), entry.path());
        item.setMatchNested(true);
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    private Component userMenu() {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("lw-user-menu");
        var name = authenticationContext.getAuthenticatedUser(HasDisplayName.class)
                .map(HasDisplayName::displayName)
                .orElseGet(() -> authenticationContext.getPrincipalName().orElse(""));
        var userIcon = VaadinIcon.USER.create();
        var top = menu.addItem(userIcon);
        top.add(new Span(name));
        top.setAriaLabel(getTranslation("nav.user-menu", name));
        menuEntries.forEach(entry -> top.getSubMenu().addItem(getTranslation(entry.titleKey()),
                e -> getUI().ifPresent(entry::open)));
        top.getSubMenu().addItem(getTranslation("nav.logout"), e -> authenticationContext.logout())
                .setId("logout");
        return menu;
    }
}
