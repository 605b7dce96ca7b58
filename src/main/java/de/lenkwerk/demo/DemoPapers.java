package de.lenkwerk.demo;

import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.organisation.OrganisationData;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.OrganisationType;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.paper.PaperData;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperRole;
import de.lenkwerk.paper.PaperService;
import de.lenkwerk.security.SystemActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static de.lenkwerk.paper.PaperRole.ACCOUNTABLE;
import static de.lenkwerk.paper.PaperRole.CONSULTED;
import static de.lenkwerk.paper.PaperRole.DOES;
import static de.lenkwerk.paper.PaperRole.INFORMED;

/**
 * Leipzig's interface paper (seed newsletter: workshops for all functional levels, clear expectations and work
 * assignments, a fixed code of conduct) with two adopted versions, acknowledgements and a draft 3 that still breaks
 * the rule; and Dresden's paper, started from Leipzig's as a template.
 */
@Component
@Profile("demo")
@Order(30)
class DemoPapers implements ApplicationRunner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoPapers.class);

    private final PaperService papers;
    private final BodyService bodies;
    private final OrganisationService organisations;
    private final PersonService people;
    private final Clock clock;
    private PaperDetail paper;

    DemoPapers(PaperService papers, BodyService bodies, OrganisationService organisations, PersonService people,
               Clock clock) {
        this.papers = papers;
        this.bodies = bodies;
        this.organisations = organisations;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            var leipzig = body("SV Leipzig");
            var dresden = body("LA Dresden");
            if (leipzig == null || dresden == null || !papers.forBody(leipzig.id()).isEmpty()) {
                return;
            }
            var today = LocalDate.now(clock);
            var aaLeipzig = organisations.search("Agentur für Arbeit Leipzig", PageRequest.of(0, 1)).stream().findFirst()
                    .orElseGet(() -> organisations.create(new OrganisationData("Agentur für Arbeit Leipzig", "AA L",
                            OrganisationType.AGENTUR_FUER_ARBEIT, true)));
            paper = papers.create(leipzig.id(), new PaperData("Schnittstellenpapier Zuwanderung Jobcenter Leipzig",
                    "Zuwanderung – der neue Alltag in Leipzig: wer was tut, vom Bereich bis zur Teamassistenz, "
                            + "und wie Jobcenter, Stadt, Agentur und IQ Netzwerk zusammenarbeiten."));
            var jc = org("JC L");
            party(jc, "Bereichsleitung");
            party(jc, "Teamleitung");
            party(jc, "Integrationsfachkraft");
            party(jc, "Teamassistenz");
            party(org("Stadt L"), null);
            party(aaLeipzig.id(), null);
            party(org("IQ SN"), null);
            var p = partyIds();

            section(null, "Ziel und Geltungsbereich", false, """
                    Dieses Papier fixiert, **wer was macht** – zwischen den Organisationen und zwischen den \
                    Funktionsebenen des Jobcenters. Es gilt für alle Anliegen von Zugewanderten.""");
            var expectations = section(null, "Erwartungen je Funktionsebene", false, """
                    In eigenen Workshops für alle Funktionsebenen wurden klare Erwartungen formuliert:
                    - **Bereichsleitung:** setzt Prioritäten und sorgt für Ressourcen.
                    - **Teamleitung:** steuert die Umsetzung im Team und klärt Fragen.
                    - **Integrationsfachkraft:** berät, vermittelt und dokumentiert.
                    - **Teamassistenz:** vergibt Termine und hält Unterlagen nach.""");
            var tasks = section(expectations, "Arbeitsaufträge", true, "Die Arbeitsaufträge je Prozessschritt.");
            var first = row(tasks, "Erstberatung mit Sprachmittlung", Map.of(p[2], Set.of(DOES), p[1], Set.of(ACCOUNTABLE),
                    p[3], Set.of(INFORMED)));
            row(tasks, "Termine mit Sprachmittlung vergeben", Map.of(p[3], Set.of(DOES), p[1], Set.of(ACCOUNTABLE)));
            row(tasks, "Workshops für alle Funktionsebenen", Map.of(p[0], Set.of(ACCOUNTABLE), p[6], Set.of(DOES),
                    p[1], Set.of(CONSULTED)));
            var coop = section(null, "Zusammenarbeit mit Stadt und Agentur", true, null);
            row(coop, "Datenaustausch zum Aufenthaltsstatus", Map.of(p[4], Set.of(DOES), p[0], Set.of(ACCOUNTABLE),
                    p[2], Set.of(INFORMED)));
            row(coop, "Anerkennung ausländischer Abschlüsse", Map.of(p[5], Set.of(DOES, ACCOUNTABLE), p[2], Set.of(CONSULTED),
                    p[6], Set.of(CONSULTED)));
            var code = section(null, "Verhaltenskodex", false, """
                    1. Wir begegnen allen Kundinnen und Kunden mit Respekt – unabhängig von Herkunft und Sprache.
                    2. Wir sprechen offene Fragen, Unsicherheiten und Ängste an.""");
            paper = papers.adopt(paper.id(), paper.version(), today.minusDays(120), null);

            // version 2: the accountability for first advice moves up, a row is added, the code of conduct grows
            roles(first, p[1], Set.of(DOES));
            roles(first, p[0], Set.of(ACCOUNTABLE));
            roles(first, p[6], Set.of(INFORMED));
            row(tasks, "Fallbesprechung bei Sprachbarrieren", Map.of(p[2], Set.of(DOES), p[1], Set.of(ACCOUNTABLE),
                    p[6], Set.of(CONSULTED)));
            text(code, "Verhaltenskodex", """
                    1. Wir begegnen allen Kundinnen und Kunden mit Respekt – unabhängig von Herkunft und Sprache.
                    2. Wir sprechen offene Fragen, Unsicherheiten und Ängste an.
                    3. Wir geben Wissen weiter: Wer etwas Neues lernt, teilt es im Team.""");
            paper = papers.adopt(paper.id(), paper.version(), today.minusDays(30), null);

            // acknowledgements of version 2; two people still have to confirm
            var wagner = person("Katrin Wagner");
            var meier = person("Frank Meier");
            var koehler = people.create(new PersonData("Sandra Köhler", null, jc));
            var schmidt = people.create(new PersonData("Ute Schmidt", null, jc));
            var brandt = people.create(new PersonData("Tobias Brandt", null, jc));
            papers.addAcknowledger(paper.id(), p[0], wagner.id());
            papers.addAcknowledger(paper.id(), p[1], meier.id());
            papers.addAcknowledger(paper.id(), p[2], koehler.id());
            papers.addAcknowledger(paper.id(), p[2], schmidt.id());
            papers.addAcknowledger(paper.id(), p[3], brandt.id());
            var at = today.minusDays(25).atTime(9, 30);
            papers.recordAcknowledgement(paper.id(), 2, p[0], wagner.id(), at);
            papers.recordAcknowledgement(paper.id(), 2, p[1], meier.id(), at.plusHours(2));
            papers.recordAcknowledgement(paper.id(), 2, p[2], koehler.id(), at.plusDays(3));

            // a row of version 2 became an action
            papers.createAction(paper.id(), 2, tasks, keyOf(tasks, "Fallbesprechung bei Sprachbarrieren"),
                    new ActionData("Fallbesprechungen bei Sprachbarrieren einführen", null, meier.id(), jc, null,
                            Set.of(), today.minusDays(20), today.plusDays(40), ActionStatus.IN_PROGRESS, 25, null, null,
                            null, null));

            // draft 3: a new row that still lacks its accountable party
            paper = papers.get(paper.id(), null);
            row(coop, "Übergang in Ausbildung begleiten", Map.of(p[5], Set.of(DOES), p[4], Set.of(INFORMED)));

            var copy = papers.copyAsTemplate(paper.id(), dresden.id(), new PaperData(
                    "Schnittstellenpapier Integration Dresden", "Nach der Systematik des Schnittstellenpapiers aus Leipzig."));
            // the copy becomes Dresden's own: Dresden's organisations in the places of Leipzig's, with their roles
            var dresdenOrganisations = Map.of("JC L", "JC DD", "Stadt L", "Stadt DD", "AA L", "AA DD");
            for (var party : copy.parties()) {
                var replacement = dresdenOrganisations.get(party.organisationShortName());
                if (replacement != null) {
                    copy = papers.changeParty(copy.id(), copy.version(), party.id(), org(replacement),
                            party.functionalLevel());
                }
            }
        });
        // the last of the demo runners: from here on the demo is complete (the load test waits for this line)
        LOG.info("Demo content ready");
    }

    private BodyItem body(String shortName) {
        return bodies.search(shortName, true, PageRequest.of(0, 5)).stream()
                .filter(b -> b.shortName().equals(shortName)).findFirst().orElse(null);
    }

    private long org(String shortName) {
        return organisations.search(shortName, PageRequest.of(0, 20)).stream()
                .filter(o -> o.shortName().equals(shortName)).findFirst().orElseThrow().id();
    }

    private PersonItem person(String name) {
        return people.search(name, PageRequest.of(0, 1)).getFirst();
    }

    private void party(long organisationId, String level) {
        paper = papers.addParty(paper.id(), paper.version(), organisationId, level);
    }

    private long[] partyIds() {
        return paper.parties().stream().mapToLong(de.lenkwerk.paper.PaperItems.Party::id).toArray();
    }

    private String section(String parentKey, String title, boolean matrix, String text) {
        var before = paper.content().sections().stream().map(s -> s.key()).toList();
        paper = papers.addSection(paper.id(), paper.version(), parentKey, title, matrix);
        var key = paper.content().sections().stream().map(s -> s.key()).filter(k -> !before.contains(k))
                .findFirst().orElseThrow();
        if (text != null) {
            text(key, title, text);
        }
        return key;
    }

    private void text(String key, String title, String text) {
        var matrix = paper.content().sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().matrix();
        paper = papers.editSection(paper.id(), paper.version(), key, title, text, matrix);
    }

    private String row(String sectionKey, String task, Map<Long, Set<PaperRole>> cells) {
        var added = papers.addRow(paper.id(), paper.version(), sectionKey, null, task);
        paper = added.paper();
        cells.forEach((party, roles) -> roles(added.rowKey(), party, roles));
        return added.rowKey();
    }

    private void roles(String rowKey, long partyId, Set<PaperRole> roles) {
        paper = papers.setRoles(paper.id(), paper.version(), rowKey, partyId, roles.isEmpty()
                ? EnumSet.noneOf(PaperRole.class) : EnumSet.copyOf(roles));
    }

    private String keyOf(String sectionKey, String task) {
        return paper.content().sections().stream().filter(s -> s.key().equals(sectionKey)).findFirst().orElseThrow()
                .rows().stream().filter(r -> r.task().equals(task)).findFirst().orElseThrow().key();
    }

}
