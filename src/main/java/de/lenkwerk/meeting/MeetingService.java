package de.lenkwerk.meeting;

import java.time.Clock;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.MembershipItem;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.history.RecordRef;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.history.Snapshot;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Meetings of a body. Members read them; chair and secretariat plan and record them. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    /** The longest reason for reopening approved minutes. */
    public static final int REASON_MAX = 500;

    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final ParticipantRepository participants;
    private final BodyAccess access;
    private final BodyService bodies;
    private final HistoryService history;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, AgendaItemRepository agenda, ParticipantRepository participants,
                   BodyAccess access, BodyService bodies, HistoryService history, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        this.agenda = agenda;
        this.participants = participants;
        this.access = access;
        this.bodies = bodies;
        this.history = history;
    }

    public List<MeetingItem> forBody(long bodyId, Pageable pageable) {
        access.requireRead(bodyId);
        return meetings.findByBody(bodyId, pageable).stream().map(Meeting::toItem).toList();
    }

    public long countForBody(long bodyId) {
        access.requireRead(bodyId);
        return meetings.countByBodyId(bodyId);
    }

    /** The body's next meeting from now on, if one is planned. */
    public Optional<MeetingItem> next(long bodyId) {
        access.requireRead(bodyId);
        return meetings.findNext(bodyId, LocalDateTime.now(clock), Pageable.ofSize(1)).stream().findFirst()
                .map(Meeting::toItem);
    }

    /** The body's last meeting before the given time, e.g. to report the changes since then. */
    public Optional<MeetingItem> previous(long bodyId, java.time.LocalDateTime before) {
        access.requireRead(bodyId);
        return meetings.findPrevious(bodyId, before, Pageable.ofSize(1)).stream().findFirst().map(Meeting::toItem);
    }

    /** The meetings of these bodies in a time window, e.g. for a member's calendar; administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<MeetingItem> inBodies(Collection<Long> bodyIds, LocalDateTime from, LocalDateTime to) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return meetings.findInBodies(bodyIds, from, to).stream().map(Meeting::toItem).toList();
    }

    public MeetingItem get(long id) {
        return load(id, false).toItem();
    }

    /** A new meeting; today's members of the body are invited as participants. */
    @Transactional
    public MeetingItem plan(long bodyId, @Valid MeetingData data) {
        access.requireManage(bodyId);
        // a meeting may be entered after it took place, but its minutes are approved only once it exists
        if (data.state() == MeetingState.MINUTES_APPROVED) {
            throw new UserFacingException("meeting.error.state-path");
        }
        var meeting = meetings.saveAndFlush(new Meeting(bodyId, data));
        for (var member : bodies.activeMembers(bodyId)) {
            participants.save(new Participant(meeting.getId(), member.id()));
        }
        history.recordCreated(ref(meeting), meeting.snapshot());
        return meeting.toItem();
    }

    @Transactional
    public MeetingItem update(long id, long expectedVersion, @Valid MeetingData data) {
        var meeting = load(id, true);
        meeting.checkVersion(expectedVersion);
        if (!meeting.getState().mayBecome(data.state())) {
            throw new UserFacingException("meeting.error.state-path");
        }
        if (meeting.getState() == MeetingState.MINUTES_APPROVED && !meeting.sameAs(data)) {
            throw new UserFacingException("meeting.error.minutes-approved");
        }
        var before = meeting.snapshot();
        meeting.apply(data);
        meetings.saveAndFlush(meeting);
        history.recordChanges(ref(meeting), before, meeting.snapshot());
        return meeting.toItem();
    }

    /**
     * Opens approved minutes again (back to "durchgeführt"), e.g. to correct a mistake the body has noticed. This
     * needs a reason, which the history keeps with the change.
     */
    @Transactional
    public MeetingItem reopenMinutes(long id, long expectedVersion, String reason) {
        var meeting = load(id, true);
        meeting.checkVersion(expectedVersion);
        if (meeting.getState() != MeetingState.MINUTES_APPROVED) {
            throw new UserFacingException("meeting.error.not-approved");
        }
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("meeting.error.reopen-reason");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new UserFacingException("validation.max-length", REASON_MAX);
        }
        var before = meeting.snapshot();
        meeting.reopen();
        meetings.saveAndFlush(meeting);
        history.recordChanges(ref(meeting), before, meeting.snapshot().put("meeting.reopen-reason", reason.strip()));
        return meeting.toItem();
    }

    /** Everything recorded for the meeting (its fields, state, agenda, notes and attendance), newest first. */
    public List<de.lenkwerk.history.HistoryEntry> history(long meetingId, Pageable pageable) {
        load(meetingId, false);
        return history.forRecord(RecordType.MEETING, meetingId, pageable);
    }

    public long countHistory(long meetingId) {
        load(meetingId, false);
        return history.countForRecord(RecordType.MEETING, meetingId);
    }

    /** Closes a running meeting: it is now "durchgeführt" (held). Only a planned meeting can be closed. */
    @Transactional
    public MeetingItem close(long id, long expectedVersion) {
        var meeting = load(id, true);
        meeting.checkVersion(expectedVersion);
        if (meeting.getState() != MeetingState.PLANNED) {
            throw new UserFacingException("meeting.error.not-planned");
        }
        var before = meeting.snapshot();
        meeting.hold();
        meetings.saveAndFlush(meeting);
        history.recordChanges(ref(meeting), before, meeting.snapshot());
        return meeting.toItem();
    }

    public List<ParticipantItem> participants(long meetingId) {
        var meeting = load(meetingId, false);
        var members = bodies.members(meeting.getBodyId(), Pageable.unpaged()).stream()
                .collect(Collectors.toMap(MembershipItem::id, Function.identity()));
        var result = new ArrayList<ParticipantItem>();
        for (var participant : participants.findByMeetingId(meetingId)) {
            var member = members.get(participant.getMembershipId());
            if (member != null) {
                result.add(new ParticipantItem(participant.getId(), member.id(), member.personName(),
                        member.organisationName(), member.role(), participant.isAttended()));
            }
        }
        return result;
    }

    @Transactional
    public void setAttendance(long participantId, boolean attended) {
        var participant = participants.findById(participantId).orElseThrow(RecordNotFoundException::new);
        var meeting = load(participant.getMeetingId(), true);
        if (participant.isAttended() == attended) {
            return;
        }
        var before = attendees(meeting);
        participant.setAttended(attended);
        participants.flush();
        history.recordChanges(ref(meeting), new Snapshot().put("meeting.attendees", before),
                new Snapshot().put("meeting.attendees", attendees(meeting)));
    }

    /** Who attended, by name, as the history lists them before and after a change. */
    private List<String> attendees(Meeting meeting) {
        var names = bodies.members(meeting.getBodyId(), Pageable.unpaged()).stream()
                .collect(Collectors.toMap(MembershipItem::id, MembershipItem::personName));
        var attended = participants.findByMeetingId(meeting.getId()).stream().filter(Participant::isAttended)
                .map(p -> names.getOrDefault(p.getMembershipId(), "?")).toList();
        return attended.isEmpty() ? null : attended;
    }

    public List<AgendaEntry> agenda(long meetingId) {
        load(meetingId, false);
        return numbered(agenda.findByMeetingIdOrderBySortOrder(meetingId));
    }

    @Transactional
    public AgendaEntry addAgendaItem(long meetingId, String title) {
        var meeting = load(meetingId, true);
        requireOpenMinutes(meeting);
        var trimmed = checkTitle(title);
        var items = agenda.findByMeetingIdOrderBySortOrder(meetingId);
        var next = items.isEmpty() ? 1 : items.getLast().getSortOrder() + 1;
        var item = agenda.saveAndFlush(new AgendaItem(meetingId, next, trimmed));
        history.recordChanges(ref(meeting), new Snapshot(), new Snapshot().put("meeting.agenda-added", trimmed));
        return item.toEntry(items.size() + 1);
    }

    /**
     * Saves the minutes notes of an agenda item while they are typed. The caller says which text its change started
     * from; if someone else has saved other notes for the item since, the save is refused instead of overwriting
     * them silently, and the caller keeps its text.
     */
    @Transactional
    public void saveAgendaNotes(long itemId, String startedFrom, String notes) {
        var item = agenda.findById(itemId).orElseThrow(RecordNotFoundException::new);
        var meeting = load(item.getMeetingId(), true);
        requireOpenMinutes(meeting);
        if (notes != null && notes.length() > AgendaEntry.NOTES_MAX) {
            throw new UserFacingException("validation.max-length", AgendaEntry.NOTES_MAX);
        }
        var expected = startedFrom == null ? "" : startedFrom;
        if (!item.notesText().equals(expected.isBlank() ? "" : expected)) {
            throw new UserFacingException("meeting.error.notes-changed");
        }
        var before = item.notesText();
        item.editNotes(notes);
        var field = "meeting.agenda-notes";
        history.recordChanges(ref(meeting), new Snapshot().put(field, label(item, before)),
                new Snapshot().put(field, label(item, item.notesText())));
    }

    private static String label(AgendaItem item, String notes) {
        return notes == null || notes.isBlank() ? null : item.getTitle() + ": " + notes;
    }

    /** Moves an item one place up or down by swapping with its neighbour. */
    @Transactional
    public void moveAgendaItem(long itemId, boolean up) {
        var item = agenda.findById(itemId).orElseThrow(RecordNotFoundException::new);
        var meeting = load(item.getMeetingId(), true);
        requireOpenMinutes(meeting);
        var items = agenda.findByMeetingIdOrderBySortOrder(item.getMeetingId());
        var order = titles(items);
        var index = items.indexOf(item);
        var other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= items.size()) {
            return;
        }
        var neighbour = items.get(other);
        var sortOrder = item.getSortOrder();
        item.setSortOrder(neighbour.getSortOrder());
        neighbour.setSortOrder(sortOrder);
        items.sort(java.util.Comparator.comparingInt(AgendaItem::getSortOrder));
        history.recordChanges(ref(meeting), new Snapshot().put("meeting.agenda-order", order),
                new Snapshot().put("meeting.agenda-order", titles(items)));
    }

    private static String titles(List<AgendaItem> items) {
        var result = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            result.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(items.get(i).getTitle());
        }
        return result.toString();
    }

    /** Where an action was agreed: the meeting must belong to the action's body, the item to the meeting. */
    public Optional<String> sourceLabel(long bodyId, Long meetingId, Long agendaItemId) {
        if (meetingId == null) {
            if (agendaItemId != null) {
                throw new UserFacingException("action.error.source");
            }
            return Optional.empty();
        }
        var meeting = meetings.findById(meetingId).orElseThrow(() -> new UserFacingException("action.error.source"));
        if (meeting.getBodyId() != bodyId) {
            throw new UserFacingException("action.error.source");
        }
        var label = meeting.toItem().title();
        if (agendaItemId != null) {
            var items = agenda.findByMeetingIdOrderBySortOrder(meetingId);
            var entry = numbered(items).stream().filter(e -> e.id().equals(agendaItemId)).findFirst()
                    .orElseThrow(() -> new UserFacingException("action.error.source"));
            label = label + ", TOP " + entry.number() + " " + entry.title();
        }
        return Optional.of(label);
    }

    /**
     * The meetings of a published body with their agendas, newest first, for the OParl interface; nothing for a body
     * that is not published. Anyone may ask.
     */
    @PreAuthorize("permitAll()")
    public List<PublicMeeting> publicMeetings(long bodyId) {
        if (!bodies.isPublic(bodyId)) {
            return List.of();
        }
        var found = meetings.findByBody(bodyId, Pageable.unpaged());
        var items = agenda.findByMeetingIdInOrderBySortOrder(found.stream().map(Meeting::getId).toList()).stream()
                .collect(Collectors.groupingBy(AgendaItem::getMeetingId));
        return found.stream().map(m -> m.toPublic(numbered(items.getOrDefault(m.getId(), List.of())))).toList();
    }

    /** A meeting of a published body, or empty, the same for one that does not exist; anyone may ask. */
    @PreAuthorize("permitAll()")
    public Optional<PublicMeeting> publicMeeting(long id) {
        return meetings.findById(id).filter(m -> bodies.isPublic(m.getBodyId()))
                .map(m -> m.toPublic(numbered(agenda.findByMeetingIdOrderBySortOrder(m.getId()))));
    }

    /** The meeting of an agenda item, if that meeting's body is published; anyone may ask. */
    @PreAuthorize("permitAll()")
    public Optional<PublicMeeting> publicMeetingOfAgendaItem(long agendaItemId) {
        return agenda.findById(agendaItemId).flatMap(item -> publicMeeting(item.getMeetingId()));
    }

    private static List<AgendaEntry> numbered(List<AgendaItem> items) {
        var result = new ArrayList<AgendaEntry>();
        for (int i = 0; i < items.size(); i++) {
            result.add(items.get(i).toEntry(i + 1));
        }
        return result;
    }

    private static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new UserFacingException("validation.required");
        }
        if (title.strip().length() > AgendaEntry.TITLE_MAX) {
            throw new UserFacingException("validation.max-length", AgendaEntry.TITLE_MAX);
        }
        return title.strip();
    }

    /** Once the minutes are approved, the agenda and its notes are what was approved and stay as they are. */
    private static void requireOpenMinutes(Meeting meeting) {
        if (meeting.getState() == MeetingState.MINUTES_APPROVED) {
            throw new UserFacingException("meeting.error.minutes-approved");
        }
    }

    private Meeting load(long id, boolean manage) {
        var meeting = meetings.findById(id).orElseThrow(RecordNotFoundException::new);
        if (manage) {
            access.requireManage(meeting.getBodyId());
        } else {
            access.requireRead(meeting.getBodyId());
        }
        return meeting;
    }

    private static RecordRef ref(Meeting meeting) {
        return new RecordRef(RecordType.MEETING, meeting.getId(), meeting.getBodyId(), null);
    }
}
