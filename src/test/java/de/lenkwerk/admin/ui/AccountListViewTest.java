package de.lenkwerk.admin.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
@WithUserDetails("admin")
class AccountListViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    void theListShowsTheDemoAccountsWithNameAndOrganisation() {
        var view = navigate(AccountListView.class);
        view.search.setValue("geschaeftsstelle");

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).fullName()).isEqualTo("Sabine Hoffmann");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Landeshauptstadt Dresden");
        assertThat(grid.getHeaderCell(0)).isEqualTo("Benutzername");
    }

    @Test
    void anAdministratorCreatesAUserThroughTheDialog() {
        var view = navigate(AccountListView.class);
        test(view.create).click();
        var dialog = $(AccountDialog.class).single();
        var username = "neu-" + UUID.randomUUID().toString().substring(0, 6);

        test(dialog.form.username).setValue(username);
        test(dialog.form.fullName).setValue("Jana Neu");
        test(dialog.form.email).setValue("jana.neu@example.org");
        test(dialog.form.password).setValue("startpasswort-1");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        view.search.setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).fullName()).isEqualTo("Jana Neu");
    }

    @Test
    void anIncompleteFormStaysOpenWithFieldErrorsAndCreatesNothing() {
        var before = accounts.count("");
        var view = navigate(AccountListView.class);
        test(view.create).click();
        var dialog = $(AccountDialog.class).single();

        test(dialog.form.username).setValue("mit leerzeichen");
        test(dialog.form.password).setValue("kurz");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.username.isInvalid()).isTrue();
        assertThat(dialog.form.username.getErrorMessage()).contains("Nur Buchstaben");
        assertThat(dialog.form.fullName.isInvalid()).isTrue();
        assertThat(dialog.form.password.isInvalid()).isTrue();
        assertThat(dialog.form.username.getValue()).as("what was typed stays").isEqualTo("mit leerzeichen");
        assertThat(accounts.count("")).isEqualTo(before);
    }

    @Test
    void aRefusedSaveSaysWhyAndKeepsTheInput() {
        var view = navigate(AccountListView.class);
        test(view.create).click();
        var dialog = $(AccountDialog.class).single();

        test(dialog.form.username).setValue("leser");
        test(dialog.form.fullName).setValue("Doppelt Vergeben");
        test(dialog.form.password).setValue("startpasswort-1");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.errors.isVisible()).isTrue();
        assertThat(dialog.errors.getElement().getTextRecursively()).contains("„leser“ gibt es bereits");
        assertThat(dialog.form.fullName.getValue()).isEqualTo("Doppelt Vergeben");
    }
}
