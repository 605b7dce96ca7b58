package de.lenkwerk.body.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat publishes its body over OParl in the edit form, and removes a member entered by mistake. */
@LenkwerkTest
@WithUserDetails("geschaeftsstelle")
class BodyPublicationViewTest extends SpringBrowserlessTest {

    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;
    @Autowired
    OrganisationService organisations;
    @Autowired
    Clock clock;

    private BodyItem body;

    @BeforeEach
    void ownBody() {
        var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        body = bodies.create(new BodyData("Veröffentlichungsrunde " + suffix, "VR " + suffix, BodyType.WORKING_GROUP,
                null, null, false, "VR-" + suffix));
    }

    @Test
    void theEditFormPublishesTheBodyAndThePageSaysSo() {
        navigate(BodyView.class, body.id());
        assertThat($(Span.class).withText("Öffentlich (OParl)").exists()).isFalse();
        test($(Button.class).withText("Bearbeiten").single()).click();
        var dialog = $(BodyDialog.class).single();
        assertThat(dialog.form.oparlPublic.getValue()).isFalse();
        assertThat(dialog.form.oparlPublic.getLabel()).isEqualTo("Öffentlich (OParl)");
        assertThat(dialog.form.oparlPublic.getHelperText()).contains("/oparl/v1");

        test(dialog.form.oparlPublic).click();
        test(dialog.save).click();

        assertThat(bodies.get(body.id()).oparlPublic()).isTrue();
        assertThat(bodies.publicBody(body.id())).isPresent();
        assertThat($(Span.class).withText("Öffentlich (OParl)").exists()).isTrue();
        // and back, from the form as well
        test($(Button.class).withText("Bearbeiten").single()).click();
        var again = $(BodyDialog.class).single();
        assertThat(again.form.oparlPublic.getValue()).isTrue();
        test(again.form.oparlPublic).click();
        test(again.save).click();
        assertThat(bodies.publicBody(body.id())).isEmpty();
    }

    @Test
    void aMemberEnteredByMistakeIsRemovedFromTheMemberDialog() {
        var member = bodies.addMember(body.id(), null, new PersonData("Irrtum " + UUID.randomUUID(), null, null),
                new MembershipData(null, MembershipRole.MEMBER, LocalDate.now(clock), null));
        navigate(BodyView.class, body.id());
        var saved = new boolean[1];
        var dialog = new MembershipDialog(bodies, people, organisations, body.id(), member, () -> saved[0] = true,
                clock);
        dialog.open();
        roundTrip();
        assertThat(dialog.remove.getText()).isEqualTo("Eintrag entfernen");

        test(dialog.remove).click();

        assertThat(saved[0]).isTrue();
        assertThat(bodies.members(body.id(), Pageable.unpaged())).extracting(MembershipItem::id)
                .doesNotContain(member.id());
        var fresh = new MembershipDialog(bodies, people, organisations, body.id(), null, () -> { }, clock);
        assertThat(fresh.remove).as("nothing to remove in a new membership").isNull();
    }
}
