package de.lenkwerk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.lenkwerk.base.ui.ProfileSection;
import de.lenkwerk.base.ui.UserMenuEntry;
import de.lenkwerk.base.ui.ViewHeader;
import de.lenkwerk.security.AccountService;
import de.lenkwerk.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** The signed-in user's own page: who they are, their password, and what features let them set for themselves. */
@Route("profil")
@PermitAll
public class ProfileView extends Main implements HasDynamicTitle {

    ProfileView(CurrentUser currentUser, AccountService accounts, List<ProfileSection> sections) {
        addClassName("lw-page");
        var user = currentUser.require();
        add(new ViewHeader(getTranslation("profile.title"), getTranslation("profile.description")));
        var password = new Button(getTranslation("nav.change-password"), e -> new ChangePasswordDialog(accounts).open());
        var who = new Div(new H2(getTranslation("profile.account")),
                new Paragraph(getTranslation("profile.signed-in-as", user.displayName(), user.username())), password);
        who.addClassName("lw-card");
        add(who);
        sections.stream().sorted(Comparator.comparingInt(ProfileSection::order)).forEach(section -> {
            var card = new Div(new H2(getTranslation(section.titleKey())), section.create());
            card.addClassName("lw-card");
            add(card);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }

    @Component
    static class MenuEntry implements UserMenuEntry {

        @Override
        public String titleKey() {
            return "profile.title";
        }

        @Override
        public void open(UI ui) {
            ui.navigate(ProfileView.class);
        }
    }
}
