package de.lenkwerk.api.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.api.ApiTokenItem;
import de.lenkwerk.api.ApiTokenScope;
import de.lenkwerk.api.ApiTokenService;
import de.lenkwerk.api.ApiTokenState;
import de.lenkwerk.security.ui.ProfileView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
@WithUserDetails("leser")
class ApiTokenSectionTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    void aNewTokenIsShownOnceAndListedWithItsScopeButNotItsSecret() {
        navigate(ProfileView.class);
        var card = $(ApiTokenSection.Card.class).single();
        assertThat(card.fresh.isVisible()).isFalse();

        test(card.form.name).setValue("Auswertung Sozialamt");
        test(card.form.scope).selectItem("Lesen und schreiben");
        test(card.create).click();

        assertThat(card.fresh.isVisible()).isTrue();
        assertThat(card.secret.getValue()).matches("lw_[A-Za-z0-9_-]{43}");
        assertThat(card.secret.isReadOnly()).isTrue();
        assertThat(card.form.name.getValue()).as("the form starts over").isEmpty();
        var listed = card.grid.getListDataView().getItems()
                .filter(t -> t.name().equals("Auswertung Sozialamt")).findFirst().orElseThrow();
        assertThat(listed.scope()).isEqualTo(ApiTokenScope.READ_WRITE);
        assertThat(listed.hint()).isEqualTo(card.secret.getValue().substring(0, 9));
        assertThat(listed.toString()).doesNotContain(card.secret.getValue().substring(9));
    }

    @Test
    void withoutANameNothingIsCreated() {
        navigate(ProfileView.class);
        var card = $(ApiTokenSection.Card.class).single();
        var before = tokens.mine().size();

        test(card.create).click();

        assertThat(card.form.name.isInvalid()).isTrue();
        assertThat(card.fresh.isVisible()).isFalse();
        assertThat(tokens.mine()).hasSize(before);
    }

    @Test
    void revokingAfterConfirmationMarksTheTokenRevokedAndHidesItsButton() {
        navigate(ProfileView.class);
        var card = $(ApiTokenSection.Card.class).single();
        test(card.form.name).setValue("Wird widerrufen");
        test(card.create).click();
        var created = card.grid.getListDataView().getItems()
                .filter(t -> t.name().equals("Wird widerrufen")).findFirst().orElseThrow();

        // the button lives in a grid cell, which a browserless test does not render; a server-side click is the same event
        card.revokeButton(created).click();
        test($(ConfirmDialog.class).single()).confirm();

        var revoked = card.grid.getListDataView().getItems().filter(t -> t.id().equals(created.id()))
                .findFirst().orElseThrow();
        assertThat(revoked.state()).isEqualTo(ApiTokenState.REVOKED);
        assertThat(card.revokeButton(revoked).isVisible()).isFalse();
        assertThat(tokens.mine()).filteredOn(t -> t.id().equals(created.id())).extracting(ApiTokenItem::state)
                .containsExactly(ApiTokenState.REVOKED);
    }
}
