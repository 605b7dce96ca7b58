package de.lenkwerk.admin.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.organisation.OrganisationType;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
@WithUserDetails("admin")
class OrganisationListViewTest extends SpringBrowserlessTest {

    @Test
    void typesAreShownAsGermanWordsNotAsConstants() {
        var view = navigate(OrganisationListView.class);
        view.search.setValue("Agentur für Arbeit Dresden");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Agentur für Arbeit");
    }

    @Test
    void anAdministratorAddsAnOrganisation() {
        var view = navigate(OrganisationListView.class);
        test(view.create).click();
        var dialog = $(OrganisationDialog.class).single();
        var name = "Ausländerbehörde Dresden " + UUID.randomUUID().toString().substring(0, 4);
        var form = $(OrganisationForm.class).single();

        test(form.name).setValue(name);
        test(form.shortName).setValue("ABH DD");
        test(form.type).selectItem("Kommune");
        test($(com.vaadin.flow.component.button.Button.class, dialog).withText("Speichern").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        view.search.setValue(name);
        assertThat(test(view.grid).getRow(0).type()).isEqualTo(OrganisationType.KOMMUNE);
    }
}
