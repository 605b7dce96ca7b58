package de.lenkwerk.oparl.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.oparl.EmailConsent;
import de.lenkwerk.security.ui.ProfileView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
@WithUserDetails("verantwortlich")
class EmailConsentSectionTest extends SpringBrowserlessTest {

    @Autowired
    EmailConsent consent;

    @AfterEach
    void withdraw() {
        // the demo's owner does not agree; other tests rely on it
        consent.set(false);
    }

    @Test
    void theProfileCardRecordsTheConsentToShowTheEmailAddressOverOParl() {
        navigate(ProfileView.class);
        var card = $(EmailConsentSection.Card.class).single();
        assertThat(card.emailPublic.getValue()).isFalse();
        assertThat(card.emailPublic.getLabel()).isEqualTo("Meine E-Mail-Adresse dort zeigen");

        test(card.emailPublic).click();

        assertThat(consent.given()).isTrue();
        navigate(ProfileView.class);
        assertThat($(EmailConsentSection.Card.class).single().emailPublic.getValue()).isTrue();
    }
}
