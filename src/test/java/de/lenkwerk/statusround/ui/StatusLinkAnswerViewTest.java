package de.lenkwerk.statusround.ui;

import de.lenkwerk.TestClock;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import de.lenkwerk.LenkwerkTest;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import de.lenkwerk.statusround.IssuedLink;
import de.lenkwerk.statusround.StatusLinkRequest;
import de.lenkwerk.statusround.StatusLinkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer page without signing in: a change made meanwhile is reported and what was typed stays; the page is in
 * the person's language; a wrong and a revoked link show the very same neutral page with the contact.
 */
@LenkwerkTest
class StatusLinkAnswerViewTest extends SpringBrowserlessTest {

    private static final LocalDate TODAY = LocalDate.now(TestClock.BERLIN);

    @Autowired
    StatusLinkService links;
    @Autowired
    ActionService actions;
    @Autowired
    BodyService bodies;
    @Autowired
    PersonService people;

    private BodyItem body;
    private PersonItem schulz;
    private ActionDetail action;

    @BeforeEach
    void setUp() {
        SystemActor.run(() -> {
            var suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            body = bodies.create(new BodyData("Linkgremium " + suffix, "LG " + suffix, BodyType.WORKING_GROUP, null,
                    null, false, "LG-" + suffix));
            schulz = people.create(new PersonData("Petra Schulz " + suffix, "schulz." + suffix + "@test.example", null));
            action = actions.create(body.id(), new ActionData("Linkmaßnahme " + suffix, null, schulz.id(), null, null,
                    Set.of(), TODAY.minusDays(20), TODAY.plusDays(60), ActionStatus.IN_PROGRESS, 30, null, null, null,
                    null), null);
        });
    }

    @Test
    void aChangeMadeMeanwhileIsReportedAndWhatWasTypedStaysUntilSavedAgain() {
        var view = open(token(ask(null)));
        var card = view.cards().getFirst();
        test(card.progress).setValue(70);
        test(card.text).setValue("Entwurf fertig, Abstimmung läuft");

        // someone signed in reports on the same action while the page is open
        SystemActor.run(() -> actions.report(action.id(), action.version(),
                new ProgressReport("Telefonisch durchgegeben", ActionStatus.IN_PROGRESS, 45)));
        test(card.save).click();

        assertThat(card.errors.getElement().getTextRecursively()).contains("inzwischen geändert");
        assertThat(card.progress.getValue()).isEqualTo(70);
        assertThat(card.text.getValue()).isEqualTo("Entwurf fertig, Abstimmung läuft");
        assertThat(card.getElement().getTextRecursively()).as("the new state above the fields").contains("45 %");
        assertThat(SystemActor.call(() -> actions.get(action.id())).progress()).isEqualTo(45);

        test(card.save).click();
        assertThat(card.errors.getElement().getTextRecursively()).doesNotContain("inzwischen geändert");
        assertThat(SystemActor.call(() -> actions.get(action.id())).progress()).isEqualTo(70);
        assertThat(card.getElement().getTextRecursively()).contains("gespeichert am");
    }

    @Test
    void thePageIsInTheLanguageChosenForThePerson() {
        var view = open(token(ask(Locale.ENGLISH)));

        assertThat($(H1.class).first().getText()).isEqualTo("Status request");
        assertThat(view.cards().getFirst().save.getText()).isEqualTo("Save");
        assertThat(view.cards().getFirst().progress.getLabel()).startsWith("Progress");
    }

    @Test
    void aWrongAndARevokedLinkShowTheSameNeutralPageWithTheContact() {
        var issued = ask(null);
        var wrong = open("x".repeat(43));
        assertThat(wrong.isEnded()).isTrue();
        var wrongText = wrong.getElement().getTextRecursively();
        assertThat(wrongText).startsWith("Dieser Link ist nicht mehr gültig").contains(links.contact())
                .doesNotContain(action.title());

        SystemActor.run(() -> links.revoke(issued.link().id()));
        var revoked = open(token(issued));
        assertThat(revoked.isEnded()).isTrue();
        assertThat(revoked.getElement().getTextRecursively()).isEqualTo(wrongText);
    }

    private StatusLinkAnswerView open(String token) {
        return navigate("antwort/" + token, StatusLinkAnswerView.class);
    }

    private IssuedLink ask(Locale language) {
        return SystemActor.call(() -> links.create(body.id(), null, new StatusLinkRequest(schulz.id(),
                Set.of(action.id()), StatusLinkRequest.Asks.ALL, null, TODAY.plusDays(5), language)));
    }

    private static String token(IssuedLink issued) {
        return issued.address().substring(issued.address().lastIndexOf('/') + 1);
    }
}
