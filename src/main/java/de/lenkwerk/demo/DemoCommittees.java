package de.lenkwerk.demo;

import java.time.Clock;
import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Confidence;
import de.lenkwerk.action.IndicatorAggregation;
import de.lenkwerk.action.IndicatorBreakdown;
import de.lenkwerk.action.Milestone;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.MeasurementData;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.body.BodyData;
import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.BodyType;
import de.lenkwerk.body.MembershipData;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.meeting.MeetingData;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.SystemActor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

/**
 * The bodies of the seed newsletter with their agreements, dated relative to today so that every traffic-light
 * colour appears: the Dresden steering committee and its working group, Leipzig's interface agreement, and the
 * Saxon training marathon with the IBAS advice days.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCommittees implements ApplicationRunner {

    private final BodyService bodies;
    private final MeetingService meetings;
    private final ActionService actions;
    private final IndicatorService indicators;
    private final OrganisationService organisations;
    private final PersonService people;
    private final LocalDate today;

    DemoCommittees(BodyService bodies, MeetingService meetings, ActionService actions, IndicatorService indicators,
                   OrganisationService organisations, PersonService people, Clock clock) {
        this.today = LocalDate.now(clock);
        this.bodies = bodies;
        this.meetings = meetings;
        this.actions = actions;
        this.indicators = indicators;
        this.organisations = organisations;
        this.people = people;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (bodies.count("", true) > 0) {
                return;
            }
            var hoffmann = person("Sabine Hoffmann");
            // the secretariat agreed to be reachable through OParl; nobody else did
            people.setEmailPublic(hoffmann.id(), true);
            var lehmann = person("Markus Lehmann");
            var neumann = person("Claudia Neumann");
            var berger = newPerson("Dr. Andreas Berger", "Stadt DD");
            // no account, but an address: the status round reaches her through a personal link
            var schulz = people.create(new PersonData("Petra Schulz", "petra.schulz@arbeitsagentur.example", org("AA DD")));
            var krueger = newPerson("Jens Krüger", "IQ SN");
            var wagner = newPerson("Katrin Wagner", "JC L");
            var meier = newPerson("Frank Meier", "JC L");
            var vogel = newPerson("Anja Vogel", "IBAS");
            dresden(hoffmann, lehmann, neumann, berger, schulz, krueger);
            leipzig(wagner, meier, krueger, neumann);
            marathon(krueger, neumann, lehmann, vogel);
        });
    }

    private void dresden(PersonItem hoffmann, PersonItem lehmann, PersonItem neumann, PersonItem berger,
                         PersonItem schulz, PersonItem krueger) {
        var la = publicBody("Lenkungsausschuss Integration in Arbeit und Ausbildung Dresden", "LA Dresden",
                BodyType.STEERING_COMMITTEE, null, "LA-DD",
                "Alle Entscheidungsträger an einem Tisch: verbindliche Handlungsvereinbarungen mit definierter "
                        + "Verantwortung, Zeitplanung und Messbarkeit – keine Parallelsysteme und Sonderprojekte.");
        member(la, berger, MembershipRole.CHAIR);
        member(la, hoffmann, MembershipRole.SECRETARIAT);
        member(la, lehmann, MembershipRole.MEMBER);
        member(la, schulz, MembershipRole.MEMBER);
        member(la, krueger, MembershipRole.GUEST);
        member(la, neumann, MembershipRole.READER);

        var first = meetings.plan(la.id(), new MeetingData("1. Sitzung des Lenkungsausschusses",
                today.minusDays(60).atTime(LocalTime.of(10, 0)), "Neues Rathaus Dresden, Raum 4", MeetingState.PLANNED, null));
        meetings.addAgendaItem(first.id(), "Begrüßung und Ziele des Lenkungsausschusses");
        var top2 = meetings.addAgendaItem(first.id(), "Handlungsvereinbarungen");
        meetings.addAgendaItem(first.id(), "Verschiedenes");
        var firstHeld = meetings.close(first.id(), first.version());
        meetings.update(first.id(), firstHeld.version(), new MeetingData(first.title(), first.startsAt(), first.place(),
                MeetingState.MINUTES_APPROVED, "Der Lenkungsausschuss konstituiert sich und beschließt vier "
                        + "Handlungsvereinbarungen. Offene und ehrliche Gesprächsatmosphäre."));
        var second = meetings.plan(la.id(), new MeetingData("2. Sitzung des Lenkungsausschusses",
                today.plusDays(21).atTime(LocalTime.of(10, 0)), "Neues Rathaus Dresden, Raum 4", MeetingState.PLANNED, null));
        meetings.addAgendaItem(second.id(), "Begrüßung und Protokoll der 1. Sitzung");
        meetings.addAgendaItem(second.id(), "Stand der Umsetzung der Handlungsvereinbarungen");
        meetings.addAgendaItem(second.id(), "Neue Vereinbarungen");
        meetings.addAgendaItem(second.id(), "Verschiedenes");

        var anlaufstelle = action(la, "Gemeinsame Anlaufstelle für Zugewanderte einrichten",
                "Jobcenter, Agentur für Arbeit und Stadt beraten an einem Ort; Termine werden gegenseitig vergeben.",
                lehmann, schulz, Set.of(org("Stadt DD"), org("AA DD")), -60, 120, ActionStatus.IN_PROGRESS, 45,
                first.id(), top2.id(), null,
                indicator("Beratene Personen pro Monat", "Personen", 0, -60, 200, 120, IndicatorDirection.UP));
        measure(anlaufstelle, "Markus Lehmann", -30, 55, "Start im Probebetrieb");
        measure(anlaufstelle, "Markus Lehmann", -3, 110, "Zweiter Beratungstag je Woche eingeführt");
        // green by rule, but the owner doubts it: the disagreement the committee should talk about
        report(anlaufstelle, "Markus Lehmann", "Räume im Jobcenter gefunden, Probebetrieb läuft seit vier Wochen. "
                + "Ab dem Sommer fehlt uns eine Beraterin; ohne Ersatz schaffen wir die 200 nicht.",
                ActionStatus.IN_PROGRESS, 45, Confidence.LOW);

        action(la, "Verbindliches Schnittstellenpapier nach Leipziger Vorbild erarbeiten",
                "Wer macht was zwischen den Organisationen und Funktionsebenen – schriftlich und abgestimmt.",
                schulz, lehmann, Set.of(org("JC DD"), org("Stadt DD")), -60, -12, ActionStatus.IN_PROGRESS, 70,
                first.id(), top2.id(), null, null);

        var datenaustausch = action(la, "Datenaustausch Jobcenter – Ausländerbehörde vereinbaren",
                "Abgestimmtes Verfahren für die Weitergabe von Aufenthaltsstatus und Terminen.",
                lehmann, schulz, Set.of(org("Stadt DD")), -50, 10, ActionStatus.IN_PROGRESS, 50,
                first.id(), top2.id(), null, null);
        report(datenaustausch, "Markus Lehmann", "Datenschutzprüfung läuft noch; Entwurf der Vereinbarung liegt vor.",
                ActionStatus.IN_PROGRESS, 50, Confidence.MEDIUM);

        action(la, "Übersicht aller Integrationsprojekte in Dresden führen",
                "Keine Parallelsysteme: Wer bietet was für wen an? Die Übersicht wird allen Mitgliedern zugänglich.",
                krueger, null, Set.of(org("IQ SN")), 14, 150, ActionStatus.PLANNED, 0, first.id(), top2.id(), null, null);

        var ag = body("AG Sprachförderung und Qualifizierung Dresden", "AG Sprache DD", BodyType.WORKING_GROUP, la.id(),
                "AG-SQ-DD", "Arbeitsgruppe des Lenkungsausschusses zu Sprachkursen und Anerkennung.");
        member(ag, hoffmann, MembershipRole.SECRETARIAT);
        member(ag, lehmann, MembershipRole.MEMBER);
        member(ag, schulz, MembershipRole.MEMBER);
        var plaetze = action(ag, "Sprachkursplätze für Zugewanderte ausbauen", null, lehmann, null,
                Set.of(org("AA DD")), -90, 90, ActionStatus.IN_PROGRESS, 50, null, null, "Beschluss LA Dresden, TOP 2",
                indicator("Kursplätze", "Plätze", 120, -90, 300, 90, IndicatorDirection.UP));
        measure(plaetze, "Markus Lehmann", -5, 140, "Zwei Träger haben Kurse verschoben");
    }

    private void leipzig(PersonItem wagner, PersonItem meier, PersonItem krueger, PersonItem neumann) {
        var sv = body("Schnittstellenvereinbarung Jobcenter Leipzig", "SV Leipzig", BodyType.INTERFACE_AGREEMENT, null,
                "SV-L", "Zuwanderung – der neue Alltag in Leipzig: Umsetzungsbereitschaft und -fähigkeit aller Ebenen.");
        member(sv, wagner, MembershipRole.CHAIR);
        member(sv, meier, MembershipRole.SECRETARIAT);
        member(sv, krueger, MembershipRole.MEMBER);
        member(sv, neumann, MembershipRole.READER);

        var workshops = action(sv, "Workshops für alle Funktionsebenen durchführen",
                "Von der Bereichsleitung bis zur Teamassistenz: klare Erwartungen und Arbeitsaufträge.",
                meier, wagner, Set.of(org("IQ SN")), -120, 30, ActionStatus.IN_PROGRESS, 0, null, null,
                "Schnittstellenpapier Abschnitt 2", null);
        child(sv, workshops, "Workshop Bereichsleitungen", meier, ActionStatus.DONE, 100);
        child(sv, workshops, "Workshop Teamleitungen", meier, ActionStatus.DONE, 100);
        child(sv, workshops, "Workshop Integrationsfachkräfte", meier, ActionStatus.IN_PROGRESS, 40);
        child(sv, workshops, "Workshop Teamassistenzen", meier, ActionStatus.PLANNED, 0);

        action(sv, "Verhaltenskodex verabschieden", "Fixierter Verhaltenskodex für den Umgang mit Zugewanderten.",
                wagner, null, Set.of(), -120, -30, ActionStatus.DONE, 100, null, null,
                "Schnittstellenpapier Abschnitt 3.2", null);
        var auftraege = action(sv, "Arbeitsaufträge je Funktionsebene festlegen",
                "Offene Fragen, Unsicherheiten und Ängste ansprechen und in Aufträge übersetzen.",
                meier, null, Set.of(), -60, 45, ActionStatus.IN_PROGRESS, 30, null, null,
                "Schnittstellenpapier Abschnitt 4", null);
        report(auftraege, "Frank Meier", "Warten auf die Freigabe durch den Personalrat.", ActionStatus.BLOCKED, 30);
    }

    private void marathon(PersonItem krueger, PersonItem neumann, PersonItem lehmann, PersonItem vogel) {
        var sm = publicBody("Steuerungsrunde Schulungen IQ Netzwerk Sachsen", "IQ Schulungen", BodyType.CONFERENCE, null,
                "IQ-SN", "Schulungen, Infoveranstaltungen und Beratungstage des IQ Netzwerks für die Jobcenter in Sachsen.");
        member(sm, krueger, MembershipRole.SECRETARIAT);
        member(sm, neumann, MembershipRole.MEMBER);
        member(sm, lehmann, MembershipRole.MEMBER);
        member(sm, vogel, MembershipRole.MEMBER);

        var marathon = action(sm, "Schulungsmarathon „Interkulturelle Grundsensibilisierung mit Schwerpunkt Flucht und Asyl“",
                "In allen Jobcentern Sachsens: Bedarfsabfrage, Terminkoordination, Räume, Freistellung, Trainerinnen.",
                krueger, null, Set.of(org("RD SN"), org("JC DD"), org("JC L"), org("JC C"), org("JC Z")), -30, 5,
                ActionStatus.IN_PROGRESS, 75, null, null, null,
                indicator("Schulungstage", "Tage", 0, -30, 19, 5, IndicatorDirection.UP));
        // participants per training week and Jobcenter: counts per period add up; the milestone of 150 by a week ago
        // was missed, and at this pace the 300 will not be reached either
        var jobcenters = java.util.List.of("JC DD", "JC L", "JC C", "JC Z");
        var teilnehmende = indicators.add(marathon.id(), new IndicatorData("Teilnehmende", "Teilnehmende",
                BigDecimal.ZERO, today.minusDays(30), BigDecimal.valueOf(300), today.plusDays(5), IndicatorDirection.UP,
                IndicatorAggregation.PERIOD_SUM, IndicatorBreakdown.ORGANISATION, jobcenters,
                java.util.List.of(new Milestone(today.minusDays(7), BigDecimal.valueOf(150)))));
        measure(marathon, "Jens Krüger", -2, 16, "Chemnitz und Zwickau abgeschlossen");
        perCategory(teilnehmende, "Jens Krüger", -24, "Woche 1: Auftakt in Dresden und Leipzig", 18, 22, 0, 0);
        perCategory(teilnehmende, "Jens Krüger", -17, "Woche 2: Chemnitz beginnt", 12, 16, 17, 0);
        perCategory(teilnehmende, "Jens Krüger", -10, "Woche 3: Hohe Nachfrage in Leipzig", 9, 21, 7, 10);

        var ibas = action(sm, "Beratungstage der IBAS in Dresden, Leipzig, Chemnitz und Zwickau",
                "Anerkennung ausländischer Qualifikationen im Kontext des Anerkennungsgesetzes, 1. Halbjahr.",
                vogel, krueger, Set.of(org("exis")), -40, 140, ActionStatus.IN_PROGRESS, 25, null, null, null,
                new IndicatorData("Beratungstage", "Tage", BigDecimal.ZERO, today.minusDays(40), BigDecimal.valueOf(20),
                        today.plusDays(140), IndicatorDirection.UP, IndicatorAggregation.PERIOD_SUM,
                        IndicatorBreakdown.LIST, java.util.List.of("Dresden", "Leipzig", "Chemnitz", "Zwickau"),
                        java.util.List.of()));
        var planned = indicators.forAction(ibas.id()).getFirst();
        // the target was raised once Zwickau joined; the history keeps why, the chart the first target
        var beratungstage = SystemActor.call(() -> indicators.update(planned.id(), planned.version(),
                planned.toData().withTarget(BigDecimal.valueOf(24), planned.targetDate()),
                "Zwickau ist als vierter Standort hinzugekommen"));
        perCategory(beratungstage, "Anja Vogel", -30, "Januar", 1, 1, 0, 0);
        perCategory(beratungstage, "Anja Vogel", -1, "Februar", 1, 1, 1, 1);
        action(sm, "Infoveranstaltungen „Migration und Arbeitswelt“ für Multiplikatoren planen", null, krueger, null,
                Set.of(), 10, 100, ActionStatus.PLANNED, 0, null, null, null, null);
    }

    private BodyItem body(String name, String shortName, BodyType type, Long parentId, String prefix, String description) {
        return bodies.create(new BodyData(name, shortName, type, parentId, description, false, prefix));
    }

    /** Published over OParl ("öffentlich"); the working group and the Leipzig agreement stay internal. */
    private BodyItem publicBody(String name, String shortName, BodyType type, Long parentId, String prefix,
                                String description) {
        return bodies.create(new BodyData(name, shortName, type, parentId, description, false, prefix), true);
    }

    private void member(BodyItem body, PersonItem person, MembershipRole role) {
        bodies.addMember(body.id(), person.id(), null,
                new MembershipData(person.organisationId(), role, today.minusDays(90), null));
    }

    private ActionDetail action(BodyItem body, String title, String description, PersonItem owner, PersonItem deputy,
                                Set<Long> contributors, int startDays, int deadlineDays, ActionStatus status,
                                int progress, Long meetingId, Long agendaItemId, String reference, IndicatorData indicator) {
        return actions.create(body.id(), new ActionData(title, description, owner.id(), owner.organisationId(),
                deputy == null ? null : deputy.id(), contributors, today.plusDays(startDays), today.plusDays(deadlineDays),
                status, progress, meetingId, agendaItemId, reference, null), indicator);
    }

    private void child(BodyItem body, ActionDetail parent, String title, PersonItem owner, ActionStatus status, int progress) {
        actions.create(body.id(), new ActionData(title, null, owner.id(), owner.organisationId(), null, Set.of(),
                parent.startDate(), parent.deadline(), status, progress, null, null, null, parent.id()), null);
    }

    private IndicatorData indicator(String name, String unit, int baseline, int baselineDays, int target, int targetDays,
                                    IndicatorDirection direction) {
        return new IndicatorData(name, unit, BigDecimal.valueOf(baseline), today.plusDays(baselineDays),
                BigDecimal.valueOf(target), today.plusDays(targetDays), direction);
    }

    private void measure(ActionDetail action, String reporter, int days, int value, String comment) {
        IndicatorItem first = indicators.forAction(action.id()).getFirst();
        SystemActor.runAs(reporter, () -> indicators.addMeasurement(first.id(),
                new MeasurementData(today.plusDays(days), BigDecimal.valueOf(value), comment)));
    }

    private void report(ActionDetail action, String reporter, String text, ActionStatus status, int progress) {
        report(action, reporter, text, status, progress, null);
    }

    private void report(ActionDetail action, String reporter, String text, ActionStatus status, int progress,
                        Confidence confidence) {
        var current = actions.get(action.id());
        SystemActor.runAs(reporter, () -> actions.report(action.id(), current.version(),
                new ProgressReport(text, status, progress, confidence)));
    }

    /** A measurement with one value per category, in the order of the indicator's categories. */
    private void perCategory(IndicatorItem indicator, String reporter, int days, String comment, int... values) {
        var byCategory = new java.util.LinkedHashMap<String, BigDecimal>();
        for (int i = 0; i < values.length; i++) {
            byCategory.put(indicator.categories().get(i), BigDecimal.valueOf(values[i]));
        }
        SystemActor.runAs(reporter, () -> indicators.addMeasurement(indicator.id(),
                new MeasurementData(today.plusDays(days), null, comment, byCategory)));
    }

    private PersonItem person(String name) {
        return people.search(name, PageRequest.of(0, 1)).getFirst();
    }

    private PersonItem newPerson(String name, String organisationShortName) {
        return people.create(new PersonData(name, null, org(organisationShortName)));
    }

    private Long org(String shortName) {
        return organisations.search(shortName, PageRequest.of(0, 20)).stream()
                .filter(o -> o.shortName().equals(shortName)).findFirst().map(OrganisationItem::id).orElseThrow();
    }

}
