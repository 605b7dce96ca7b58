package de.lenkwerk.statusround;

import java.time.Clock;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.DeadlineItem;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.MeasurementData;
import de.lenkwerk.action.ProgressReport;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingItem;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.meeting.MeetingState;
import de.lenkwerk.notification.Notice;
import de.lenkwerk.notification.NotificationKind;
import de.lenkwerk.notification.NotificationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Status rounds. The body's chair and secretariat start, remind and close them and read the tracker; the owner or
 * deputy of an asked action answers; every reader of the body may read what changed.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class StatusRoundService {

    /** The label names the meeting by a plain date, the same in every mail language. */
    private static final DateTimeFormatter LABEL_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String LINK = "meine-massnahmen";

    private final StatusRoundRepository rounds;
    private final StatusRequestRepository requests;
    private final BodyAccess bodyAccess;
    private final BodyService bodies;
    private final MeetingService meetings;
    private final ActionService actions;
    private final IndicatorService indicators;
    private final NotificationService notifications;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final StatusAnswers answers;
    private final StatusLinkService links;
    private final Clock clock;
    private final de.lenkwerk.history.HistoryService history;

    StatusRoundService(StatusRoundRepository rounds, StatusRequestRepository requests, BodyAccess bodyAccess,
                       BodyService bodies, MeetingService meetings, ActionService actions,
                       IndicatorService indicators, NotificationService notifications, PersonService people,
                       CurrentUser currentUser, StatusAnswers answers, StatusLinkService links, Clock clock,
                       de.lenkwerk.history.HistoryService history) {
        this.rounds = rounds;
        this.history = history;
        this.answers = answers;
        this.links = links;
        this.clock = clock;
        this.requests = requests;
        this.bodyAccess = bodyAccess;
        this.bodies = bodies;
        this.meetings = meetings;
        this.actions = actions;
        this.indicators = indicators;
        this.notifications = notifications;
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * Starts a round for the body's next meeting (or without one): every open action's owner is asked once, with
     * one notice listing how many of their actions are concerned. Changes are counted from the start of the
     * previous meeting, or from now if there was none. The meeting must be a planned one of the body still ahead.
     */
    @Transactional
    public StatusRoundItem start(long bodyId, Long meetingId, LocalDate answerBy) {
        bodyAccess.requireManage(bodyId);
        if (answerBy == null) {
            throw new UserFacingException("validation.date");
        }
        if (answerBy.isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("statusround.error.answer-by-past");
        }
        if (rounds.existsByBodyIdAndState(bodyId, StatusRoundState.OPEN)) {
            throw new UserFacingException("statusround.error.open-round");
        }
        var now = LocalDateTime.now(clock);
        MeetingItem meeting = null;
        if (meetingId != null) {
            meeting = meetings.get(meetingId);
            if (meeting.bodyId() != bodyId) {
                throw new UserFacingException("statusround.error.meeting");
            }
            if (meeting.state() != MeetingState.PLANNED || !meeting.startsAt().isAfter(now)) {
                throw new UserFacingException("statusround.error.meeting-not-planned");
            }
        }
        var before = meeting == null ? now : meeting.startsAt();
        var since = meetings.previous(bodyId, before).map(MeetingItem::startsAt).orElse(now);
        var open = actions.openActionsOfBody(bodyId);
        if (open.isEmpty()) {
            throw new UserFacingException("statusround.error.no-open-actions");
        }
        StatusRound round;
        try {
            round = rounds.saveAndFlush(new StatusRound(bodyId, meetingId, answerBy, since));
        } catch (DataIntegrityViolationException e) {
            // another start for the same body committed between the check above and this insert
            throw new UserFacingException("statusround.error.open-round");
        }
        for (var action : open) {
            requests.save(new StatusRequest(round.getId(), action.actionId(), action.ownerPersonId()));
        }
        var label = label(bodies.get(bodyId).shortName(), meeting);
        // owners who cannot sign in get a personal link by mail instead of a notice they would never see
        var byLink = links.createForRoundStart(round, open.stream().collect(Collectors.groupingBy(
                DeadlineItem::ownerPersonId, LinkedHashMap::new,
                Collectors.mapping(DeadlineItem::actionId, Collectors.toList()))));
        open.stream().filter(a -> !byLink.contains(a.ownerPersonId()))
                .collect(Collectors.groupingBy(DeadlineItem::ownerPersonId, LinkedHashMap::new, Collectors.counting()))
                .forEach((owner, count) -> notifications.send(new Notice(owner, NotificationKind.STATUS_REQUESTED, LINK,
                        List.of(label, answerBy, count), null)));
        history.recordCreated(ref(round), new de.lenkwerk.history.Snapshot()
                .put("statusround.history.started", label)
                .put("statusround.answer-by", answerBy)
                .put("statusround.history.asked", open.size()));
        return item(round);
    }

    public StatusRoundItem get(long roundId) {
        var round = load(roundId);
        bodyAccess.requireRead(round.getBodyId());
        return item(round);
    }

    public List<StatusRoundItem> forBody(long bodyId, Pageable pageable) {
        bodyAccess.requireRead(bodyId);
        var page = rounds.findByBody(bodyId, pageable);
        var counts = page.isEmpty() ? Map.<Long, RoundCounts>of()
                : requests.countByRounds(page.stream().map(StatusRound::getId).toList()).stream()
                .collect(Collectors.toMap(RoundCounts::roundId, Function.identity()));
        var body = bodies.get(bodyId);
        return page.stream().map(r -> item(r, body.name(), body.shortName(), counts.get(r.getId()))).toList();
    }

    public long countForBody(long bodyId) {
        bodyAccess.requireRead(bodyId);
        return rounds.countByBodyId(bodyId);
    }

    /** Who has answered and who has not, one row per owner asked; the body's chair and secretariat only. */
    public List<TrackerRow> tracker(long roundId) {
        var round = load(roundId);
        bodyAccess.requireManage(round.getBodyId());
        var rows = new ArrayList<TrackerRow>();
        for (var counts : requests.countByOwner(roundId)) {
            var person = people.get(counts.personId());
            rows.add(new TrackerRow(counts.personId(), person.map(PersonItem::fullName).orElse("#" + counts.personId()),
                    person.map(PersonItem::organisationName).orElse(null), counts.asked(), counts.answered(),
                    counts.lastAnsweredAt(), counts.remindedAt()));
        }
        rows.sort(Comparator.comparing(TrackerRow::personName));
        return rows;
    }

    /**
     * The requests of open rounds about actions the signed-in person owns or deputises now (not when the round
     * started), grouped by round.
     */
    public List<MyStatusRound> myOpenRequests() {
        currentUser.require();
        var mine = actions.myActionIds();
        if (mine.isEmpty()) {
            return List.of();
        }
        var byRound = new LinkedHashMap<Long, List<StatusRequest>>();
        for (var request : requests.findOpenFor(mine)) {
            byRound.computeIfAbsent(request.getRoundId(), id -> new ArrayList<>()).add(request);
        }
        var result = new ArrayList<MyStatusRound>();
        byRound.forEach((roundId, asked) -> {
            var round = load(roundId);
            var items = asked.stream().map(r -> requested(r, r.getAnsweredAt()))
                    .sorted(Comparator.comparing(a -> a.action().number())).toList();
            result.add(new MyStatusRound(roundId, items.getFirst().action().bodyName(), round.getAnswerBy(), items));
        });
        return result;
    }

    /**
     * The owner's answer to one request: a progress report and any new measurements, saved together or not at
     * all. An answer based on an older version of the action is refused and names who changed it.
     */
    @Transactional
    public RequestedAction answer(long requestId, long actionVersion, @Valid ProgressReport report,
                                  List<MeasurementAnswer> measurements) {
        var request = requests.findById(requestId).orElseThrow(RecordNotFoundException::new);
        var action = actions.get(request.getActionId());
        var personId = currentUser.require().personId();
        if (!isPerson(action.ownerPersonId(), personId) && !isPerson(action.deputyPersonId(), personId)) {
            throw new RecordNotFoundException();
        }
        if (!load(request.getRoundId()).isOpen()) {
            throw new UserFacingException("statusround.error.closed");
        }
        answers.save(action.id(), actionVersion, report, measurements);
        var now = LocalDateTime.now(clock);
        requests.markAnswered(request.getId(), now);
        return requested(request, now);
    }

    /** Reminds one owner of the actions they have not answered yet; every click sends a new reminder. */
    @Transactional
    public void remind(long roundId, long personId) {
        var round = openManaged(roundId);
        if (!remindOne(round, personId)) {
            throw new UserFacingException("statusround.error.nothing-missing");
        }
        var name = people.get(personId).map(de.lenkwerk.organisation.PersonItem::fullName).orElse("?");
        history.recordChanges(ref(round), new de.lenkwerk.history.Snapshot(),
                new de.lenkwerk.history.Snapshot().put("statusround.history.reminded", name));
    }

    /** Reminds everyone with an unanswered request; returns how many people were reminded. */
    @Transactional
    public int remindAllMissing(long roundId) {
        var round = openManaged(roundId);
        var withLink = links.forRound(roundId).stream().filter(StatusLinkItem::active)
                .map(StatusLinkItem::personId).collect(Collectors.toSet());
        var missing = requests.findMissingOwners(roundId).stream().filter(p -> !withLink.contains(p)).toList();
        missing.forEach(personId -> remindOne(round, personId));
        var reminded = missing.size() + links.remindAllMissing(roundId);
        history.recordChanges(ref(round), new de.lenkwerk.history.Snapshot(),
                new de.lenkwerk.history.Snapshot().put("statusround.history.reminded-all", reminded));
        return reminded;
    }

    /** Closes the round: no more answers; what changed stays readable. */
    @Transactional
    public StatusRoundItem close(long roundId) {
        var round = openManaged(roundId);
        round.close(LocalDateTime.now(clock));
        rounds.saveAndFlush(round);
        links.roundClosed(roundId);
        history.recordChanges(ref(round), new de.lenkwerk.history.Snapshot().put("statusround.state",
                        StatusRoundState.OPEN),
                new de.lenkwerk.history.Snapshot().put("statusround.state", StatusRoundState.CLOSED));
        return item(round);
    }

    private static de.lenkwerk.history.RecordRef ref(StatusRound round) {
        return new de.lenkwerk.history.RecordRef(de.lenkwerk.history.RecordType.STATUS_ROUND, round.getId(),
                round.getBodyId(), null);
    }

    /**
     * Per asked action, what changed since the previous meeting: fields, progress reports, measurements, and
     * whether the owner answered. The basis of the agenda item on the state of implementation.
     */
    public List<ChangedAction> changes(long roundId) {
        var round = load(roundId);
        bodyAccess.requireRead(round.getBodyId());
        return requests.findByRoundId(roundId).stream()
                .map(r -> new ChangedAction(actions.changesSince(r.getActionId(), round.getChangesSince()), r.getAnsweredAt()))
                .sorted(Comparator.comparing(c -> c.changes().number()))
                .toList();
    }

    private boolean remindOne(StatusRound round, long personId) {
        if (requests.markReminded(round.getId(), personId, LocalDateTime.now(clock)) == 0) {
            return false;
        }
        var meeting = round.getMeetingId() == null ? null : meetings.get(round.getMeetingId());
        var label = label(bodies.get(round.getBodyId()).shortName(), meeting);
        notifications.send(new Notice(personId, NotificationKind.STATUS_REMINDED, LINK,
                List.of(label, round.getAnswerBy()), null));
        return true;
    }

    private RequestedAction requested(StatusRequest request, LocalDateTime answeredAt) {
        var action = actions.get(request.getActionId());
        return new RequestedAction(request.getId(), action, indicators.forAction(action.id()), answeredAt);
    }

    private StatusRound openManaged(long roundId) {
        var round = load(roundId);
        bodyAccess.requireManage(round.getBodyId());
        if (!round.isOpen()) {
            throw new UserFacingException("statusround.error.closed");
        }
        return round;
    }

    private StatusRound load(long roundId) {
        return rounds.findById(roundId).orElseThrow(RecordNotFoundException::new);
    }

    private StatusRoundItem item(StatusRound round) {
        var body = bodies.get(round.getBodyId());
        var counts = requests.countByRounds(List.of(round.getId())).stream().findFirst().orElse(null);
        return item(round, body.name(), body.shortName(), counts);
    }

    private StatusRoundItem item(StatusRound round, String bodyName, String bodyShortName, RoundCounts counts) {
        var meeting = round.getMeetingId() == null ? null : meetings.get(round.getMeetingId());
        return new StatusRoundItem(round.getId(), round.getVersion(), round.getBodyId(), bodyName,
                label(bodyShortName, meeting), round.getMeetingId(), meeting == null ? null : meeting.title(),
                meeting == null ? null : meeting.startsAt(), round.getAnswerBy(), round.getState(),
                round.getChangesSince(), round.getCreatedAt(), round.getCreatedBy(), round.getClosedAt(),
                counts == null ? 0 : counts.asked(), counts == null ? 0 : counts.answered());
    }

    private static String label(String bodyShortName, MeetingItem meeting) {
        return meeting == null ? bodyShortName : bodyShortName + " " + LABEL_DATE.format(meeting.startsAt());
    }

    private static boolean isPerson(Long candidate, long personId) {
        return candidate != null && candidate == personId;
    }
}
