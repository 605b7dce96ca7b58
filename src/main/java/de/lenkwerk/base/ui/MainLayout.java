package de.lenkwerk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
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
import de.lenkwerk.base.SupportedLocales;
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
        addToDrawer(brand(), new Scroller(sideNav()), drawerFooter());

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        var spacer = new Div();
        spacer.addClassName("lw-spacer");
        var header = new Div(skipLink(), toggle, spacer);
        header.addClassName("lw-header");
        if (demoMode.isEnabled()) {
            header.add(new DemoBadge());
        }
        header.add(new LanguageSelect());
        headerItems.forEach(item -> header.add(item.create()));
        header.add(userMenu());
        addToNavbar(true, header);
    }

    /**
     * The first Tab stop of every page (WCAG 2.4.1): jumps over header and navigation to the page's heading. It is
     * handled in the browser, so that it works even while the server is busy.
     */
    private Component skipLink() {
        var skip = new Anchor("#", getTranslation("a11y.skip-to-content"));
        skip.addClassName("lw-skip-link");
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const layout = this.closest('vaadin-app-layout');
                  const content = layout && layout.querySelector(':scope > :not([slot])');
                  const target = content && (content.querySelector('h1') || content);
                  if (target) {
                    target.setAttribute('tabindex', '-1');
                    target.focus();
                  }
                });""");
        return skip;
    }

    private Component drawerFooter() {
        var statement = new Anchor(AccessibilityStatementView.ROUTE, getTranslation("a11y.link"));
        var footer = new Footer(statement);
        footer.addClassName("lw-drawer-footer");
        return footer;
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
        ComponentTexts.german(menu);
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
        // on narrow screens the header's language switch folds into this menu (see lenkwerk.css)
        SupportedLocales.ALL.stream().filter(locale -> !locale.getLanguage().equals(getLocale().getLanguage()))
                .forEach(locale -> top.getSubMenu().addItem(LanguageSelect.label(locale),
                        e -> LocaleSupport.switchTo(locale)).addClassName("lw-narrow-only"));
        top.getSubMenu().addItem(getTranslation("nav.logout"), e -> authenticationContext.logout())
                .setId("logout");
        return menu;
    }
}
