package de.lenkwerk.paper;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.ConcurrentChangeException;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;

import static de.lenkwerk.paper.PaperRole.ACCOUNTABLE;
import static de.lenkwerk.paper.PaperRole.DOES;
import static de.lenkwerk.paper.PaperRole.INFORMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceTest
class PaperServiceTest {

    @Autowired
    PaperService papers;
    @Autowired
    ActionService actions;
    @Autowired
    TestData data;

    private TestData.Committee committee() {
        return data.committee("Schnittstelle", MembershipRole.CHAIR, MembershipRole.SECRETARIAT, MembershipRole.MEMBER,
                MembershipRole.READER);
    }

    /** A paper with two parties and one matrix row; the row is complete only when {@code complete}. */
    private PaperDetail paper(TestData.Committee committee, boolean complete) {
        var jobcenter = data.organisation("Jobcenter");
        var city = data.organisation("Stadt");
        return data.as(committee.secretariat(), () -> {
            var p = papers.create(committee.id(), new PaperData("Schnittstellenpapier", "Wer macht was"));
            p = papers.addParty(p.id(), p.version(), jobcenter.id(), "Teamleitung");
            p = papers.addParty(p.id(), p.version(), city.id(), null);
            p = papers.addSection(p.id(), p.version(), null, "Arbeitsaufträge", true);
            var section = p.content().sections().getFirst().key();
            var added = papers.addRow(p.id(), p.version(), section, null, "Erstberatung");
            p = added.paper();
            p = papers.setRoles(p.id(), p.version(), added.rowKey(), p.parties().get(0).id(),
                    complete ? Set.of(ACCOUNTABLE, DOES) : Set.of(DOES));
            return papers.setRoles(p.id(), p.version(), added.rowKey(), p.parties().get(1).id(), Set.of(INFORMED));
        });
    }

    @Test
    void theSecretariatEditsMembersReadAndOutsidersDoNotFindThePaper() {
        var committee = committee();
        var paper = paper(committee, true);
        var outsider = data.account("Außenstehende");

        var asMember = data.as(committee.member(), () -> papers.get(paper.id(), null));
        assertThat(asMember.content().sections()).extracting(PaperContent.Section::title).containsExactly("Arbeitsaufträge");
        assertThat(asMember.canEdit()).isFalse();
        assertThatThrownBy(() -> data.run(committee.member(), () -> papers.addSection(paper.id(), paper.version(), null,
                "Kodex", false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.run(committee.chair(), () -> papers.addSection(paper.id(), paper.version(), null,
                "Kodex", false))).as("the chair adopts, the secretariat edits").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.run(outsider, () -> papers.get(paper.id(), null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> data.run(committee.member(), () -> papers.adopt(paper.id(), paper.version(),
                data.today(), null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleScreenIsRefused() {
        var committee = committee();
        var paper = paper(committee, true);
        data.run(committee.secretariat(), () -> papers.addSection(paper.id(), paper.version(), null, "Kodex", false));
        assertThatThrownBy(() -> data.run(committee.secretariat(), () -> papers.addSection(paper.id(), paper.version(),
                null, "Noch einer", false))).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void adoptionIsRefusedWhileARowBreaksTheRuleAndTheDraftShowsWhy() {
        var committee = committee();
        var paper = paper(committee, false);

        assertThat(paper.content().brokenRows()).singleElement()
                .satisfies(row -> assertThat(row.breaks()).containsExactly(RuleBreak.NO_ACCOUNTABLE));
        assertThatThrownBy(() -> data.run(committee.chair(), () -> papers.adopt(paper.id(), paper.version(),
                data.today(), null)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("paper.error.rule-broken"));
        assertThat(data.as(committee.member(), () -> papers.get(paper.id(), null)).isDraft()).isTrue();
    }

    @Test
    void theChairAdoptsAndLaterEditsStartTheNextDraftWhileTheAdoptedVersionStaysFrozen() {
        var committee = committee();
        var paper = paper(committee, true);
        var meeting = data.meeting(committee.body(), "3. Sitzung", data.today().atTime(10, 0),
                de.lenkwerk.meeting.MeetingState.HELD);

        var adopted = data.as(committee.chair(), () -> papers.adopt(paper.id(), paper.version(), data.today(),
                meeting.id()));
        assertThat(adopted.shown().adopted()).isTrue();
        assertThat(adopted.shown().number()).isEqualTo(1);
        assertThat(adopted.shown().meetingTitle()).isEqualTo("3. Sitzung");
        assertThatThrownBy(() -> data.run(committee.chair(), () -> papers.adopt(paper.id(), adopted.version(),
                data.today(), null))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("paper.error.no-draft"));

        var row = adopted.content().sections().getFirst().rows().getFirst();
        var city = adopted.parties().get(1).id();
        var draft = data.as(committee.secretariat(), () -> papers.setRoles(paper.id(), adopted.version(), row.key(),
                city, Set.of(DOES)));

        assertThat(draft.shown().number()).isEqualTo(2);
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.content().sections().getFirst().rows().getFirst().roles(city)).containsExactly(DOES);
        var frozen = data.as(committee.member(), () -> papers.content(paper.id(), 1));
        assertThat(frozen.sections().getFirst().rows().getFirst().roles(city)).containsExactly(INFORMED);

        var comparison = data.as(committee.member(), () -> papers.compare(paper.id(), 1, 2));
        assertThat(comparison.roleChanges()).extracting(c -> c.role() + ":" + c.gained())
                .containsExactlyInAnyOrder("DOES:true", "INFORMED:false");
        assertThat(data.as(committee.secretariat(), () -> papers.history(paper.id(), Pageable.ofSize(50))))
                .extracting(e -> e.field()).contains("paper.adopted", "paper.draft", "paper.cell");
    }

    @Test
    void acknowledgersConfirmTheAdoptedVersionOnlyAndDoNothingElse() {
        var committee = committee();
        var paper = paper(committee, true);
        var staff = data.account("Integrationsfachkraft");
        var colleague = data.account("Teamassistenz");
        var party = paper.parties().getFirst().id();
        data.run(committee.chair(), () -> {
            papers.addAcknowledger(paper.id(), party, staff.personId());
            papers.addAcknowledger(paper.id(), party, colleague.personId());
        });
        assertThatThrownBy(() -> data.run(staff, () -> papers.acknowledge(paper.id(), 1, party)))
                .as("a draft is not acknowledged").isInstanceOf(UserFacingException.class);
        var adopted = data.as(committee.chair(), () -> papers.adopt(paper.id(), papers.get(paper.id(), null).version(),
                data.today(), null));

        var seen = data.as(staff, () -> papers.acknowledge(paper.id(), 1, party));

        assertThat(seen.partiesToAcknowledge()).containsExactly(party);
        assertThat(seen.canEdit()).isFalse();
        assertThat(data.as(staff, () -> papers.visible())).extracting(PaperItems.PaperItem::id).contains(paper.id());
        assertThatThrownBy(() -> data.run(staff, () -> papers.addSection(paper.id(), adopted.version(), null, "X",
                false))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.run(committee.member(), () -> papers.acknowledge(paper.id(), 1, party)))
                .as("only the people named for the party").isInstanceOf(AccessDeniedException.class);
        var status = data.as(committee.member(), () -> papers.acknowledgements(paper.id(), 1));
        assertThat(status).singleElement().satisfies(s -> {
            assertThat(s.confirmed()).extracting(PaperItems.Confirmed::name).containsExactly(staff.name());
            assertThat(s.pending()).containsExactly(colleague.name());
        });
    }

    @Test
    void aRowBecomesAnActionThatLinksBackAndTheCopyInAnotherBodyStartsAsDraftOne() {
        var committee = committee();
        var paper = paper(committee, true);
        var owner = data.person("Frau Weber");
        var section = paper.content().sections().getFirst();
        var row = section.rows().getFirst();

        var actionId = data.as(committee.secretariat(), () -> papers.createAction(paper.id(), 1, section.key(),
                row.key(), data.actionData("Erstberatung einführen", owner.id(), 30)));

        var action = data.as(committee.member(), () -> actions.get(actionId));
        assertThat(action.sourceReference()).isEqualTo("Schnittstellenpapier, Fassung 1, Abschnitt 1 Arbeitsaufträge: Erstberatung");
        assertThat(action.sourceLink()).startsWith("papiere/" + paper.id() + "?fassung=1");
        assertThat(data.as(committee.member(), () -> papers.actions(paper.id())))
                .singleElement().satisfies(a -> {
                    assertThat(a.actionId()).isEqualTo(actionId);
                    assertThat(a.task()).isEqualTo("Erstberatung");
                    assertThat(a.colour()).isNotNull();
                });

        var other = data.committee("Dresden", MembershipRole.SECRETARIAT);
        data.member(other.body(), committee.secretariat().personId(), MembershipRole.READER);
        data.member(committee.body(), other.secretariat().personId(), MembershipRole.READER);
        var copy = data.as(other.secretariat(), () -> papers.copyAsTemplate(paper.id(), other.id(),
                new PaperData("Schnittstellenpapier Dresden", null)));
        assertThat(copy.bodyId()).isEqualTo(other.id());
        assertThat(copy.shown().number()).isEqualTo(1);
        assertThat(copy.isDraft()).isTrue();
        assertThat(copy.templateTitle()).isEqualTo("Schnittstellenpapier");
        assertThat(copy.parties()).extracting(PaperItems.Party::functionalLevel).containsExactly("Teamleitung", null);
        var copiedRow = copy.content().sections().getFirst().rows().getFirst();
        assertThat(copiedRow.task()).isEqualTo("Erstberatung");
        assertThat(copiedRow.roles(copy.parties().getFirst().id())).containsExactlyInAnyOrder(ACCOUNTABLE, DOES);
        assertThatThrownBy(() -> data.run(committee.member(), () -> papers.copyAsTemplate(paper.id(), other.id(),
                new PaperData("X", null)))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aCopyTakesTheBodysOwnPartiesWithTheirRolesButAdoptedPartiesStay() {
        var committee = committee();
        var paper = paper(committee, true);
        var other = data.committee("Dresden", MembershipRole.CHAIR, MembershipRole.SECRETARIAT);
        data.member(committee.body(), other.secretariat().personId(), MembershipRole.READER);
        var dresdenJobcenter = data.organisation("Jobcenter Dresden");
        var copy = data.as(other.secretariat(), () -> papers.copyAsTemplate(paper.id(), other.id(),
                new PaperData("Schnittstellenpapier Dresden", null)));
        var leipzigTeam = copy.parties().getFirst();
        var changed = data.as(other.secretariat(), () -> papers.changeParty(copy.id(), copy.version(),
                leipzigTeam.id(), dresdenJobcenter.id(), "Teamleitung"));

        assertThat(changed.parties().getFirst().label()).isEqualTo(dresdenJobcenter.name() + " – Teamleitung");
        assertThat(changed.content().sections().getFirst().rows().getFirst().roles(leipzigTeam.id()))
                .as("the roles stay with the party").containsExactlyInAnyOrder(ACCOUNTABLE, DOES);
        assertThat(data.as(committee.member(), () -> papers.get(paper.id(), null)).parties().getFirst().label())
                .as("the template is untouched")
                .isEqualTo(paper.parties().getFirst().label());
        assertThatThrownBy(() -> data.run(other.secretariat(), () -> papers.changeParty(copy.id(), changed.version(),
                changed.parties().get(1).id(), dresdenJobcenter.id(), "Teamleitung")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("paper.error.party-exists"));

        var city = changed.parties().get(1).id();
        var removed = data.as(other.secretariat(), () -> papers.removeParty(copy.id(), changed.version(), city));
        assertThat(removed.parties()).extracting(PaperItems.Party::id).containsExactly(leipzigTeam.id());
        assertThat(removed.content().sections().getFirst().rows().getFirst().cells()).containsOnlyKeys(leipzigTeam.id());
        assertThat(data.as(other.secretariat(), () -> papers.history(copy.id(), Pageable.ofSize(50))))
                .extracting(e -> e.field()).contains("paper.party");

        var adopted = data.as(other.chair(), () -> papers.adopt(copy.id(), removed.version(), data.today(), null));
        assertThatThrownBy(() -> data.run(other.secretariat(), () -> papers.removeParty(copy.id(), adopted.version(),
                leipzigTeam.id()))).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("paper.error.party-adopted"));
    }

    @Test
    void aPartyAddedAfterAdoptionStartsTheNextDraftAndTheAdoptedVersionKeepsItsColumns() {
        var committee = committee();
        var paper = paper(committee, true);
        var adopted = data.as(committee.chair(), () -> papers.adopt(paper.id(), paper.version(), data.today(), null));
        var agency = data.organisation("Agentur");

        var draft = data.as(committee.secretariat(), () -> papers.addParty(paper.id(), adopted.version(), agency.id(),
                null));

        assertThat(draft.shown().number()).isEqualTo(2);
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.parties()).hasSize(3);
        var frozen = data.as(committee.member(), () -> papers.get(paper.id(), 1));
        assertThat(frozen.parties()).extracting(PaperItems.Party::id)
                .containsExactlyElementsOf(adopted.parties().stream().map(PaperItems.Party::id).toList());
    }

    @Test
    void aSectionMovesAmongItsNeighboursAndTakesItsSubsectionsAlong() {
        var committee = committee();
        var paper = paper(committee, true);
        var tasks = paper.content().sections().getFirst().key();
        var withKodex = data.as(committee.secretariat(), () -> {
            var p = papers.addSection(paper.id(), paper.version(), null, "Verhaltenskodex", false);
            return papers.addSection(p.id(), p.version(), tasks, "Fallsteuerung", true);
        });
        assertThat(withKodex.content().sections()).extracting(PaperContent.Section::heading)
                .containsExactly("1 Arbeitsaufträge", "1.1 Fallsteuerung", "2 Verhaltenskodex");
        var kodex = withKodex.content().sections().getLast().key();

        var moved = data.as(committee.secretariat(), () -> papers.moveSection(paper.id(), withKodex.version(), kodex, true));

        assertThat(moved.content().sections()).extracting(PaperContent.Section::heading)
                .containsExactly("1 Verhaltenskodex", "2 Arbeitsaufträge", "2.1 Fallsteuerung");
        assertThat(moved.content().sections().get(1).rows()).extracting(PaperContent.Row::task).containsExactly("Erstberatung");
        var again = data.as(committee.secretariat(), () -> papers.moveSection(paper.id(), moved.version(), kodex, true));
        assertThat(again.content().sections()).extracting(PaperContent.Section::heading).first().isEqualTo("1 Verhaltenskodex");
        assertThat(data.as(committee.secretariat(), () -> papers.history(paper.id(), Pageable.ofSize(50))))
                .extracting(e -> e.field()).contains("paper.section-moved");
    }
}
