package de.lenkwerk.calendar.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.calendar.CalendarFeedService;
import de.lenkwerk.security.ui.ProfileView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@LenkwerkTest
@WithUserDetails("verantwortlich")
class CalendarFeedSectionTest extends SpringBrowserlessTest {

    @Autowired
    CalendarFeedService feeds;

    @Test
    void creatingAnAddressShowsItOnceWithAWorkingToken() {
        feeds.revoke();
        navigate(ProfileView.class);
        var card = $(CalendarFeedSection.Card.class).single();
        assertThat(card.status.getText()).isEqualTo("Sie haben noch keine Kalenderadresse.");
        assertThat(card.fresh.isVisible()).isFalse();
        assertThat(card.revoke.isVisible()).isFalse();
        assertThat(card.create.getText()).isEqualTo("Kalenderadresse erzeugen");

        test(card.create).click();

        assertThat(card.fresh.isVisible()).isTrue();
        assertThat(card.address.getValue()).matches("https?://.+/kalender/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(card.address.isReadOnly()).isTrue();
        assertThat(card.status.getText()).startsWith("Ihre Kalenderadresse besteht seit");
        assertThat(card.create.getText()).isEqualTo("Neue Adresse erzeugen");
        assertThat(card.revoke.isVisible()).isTrue();
        assertThat(feeds.feed(token(card.address.getValue()))).isPresent();
    }

    @Test
    void revokingAfterConfirmationHidesTheAddressAndStopsIt() {
        navigate(ProfileView.class);
        var card = $(CalendarFeedSection.Card.class).single();
        test(card.create).click();
        var token = token(card.address.getValue());

        test(card.revoke).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(card.fresh.isVisible()).isFalse();
        assertThat(card.address.getValue()).isEmpty();
        assertThat(card.revoke.isVisible()).isFalse();
        assertThat(card.status.getText()).isEqualTo("Sie haben noch keine Kalenderadresse.");
        assertThat(feeds.feed(token)).isEmpty();
    }

    @Test
    void aNewAddressReplacesTheOneShownBefore() {
        navigate(ProfileView.class);
        var card = $(CalendarFeedSection.Card.class).single();
        test(card.create).click();
        var first = token(card.address.getValue());

        test(card.create).click();

        var second = token(card.address.getValue());
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.feed(first)).isEmpty();
        assertThat(feeds.feed(second)).isPresent();
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }
}
