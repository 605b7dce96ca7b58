package de.lenkwerk.paper;

import de.lenkwerk.action.ActionData;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.body.BodyAccess;
import de.lenkwerk.body.BodyService;
import de.lenkwerk.body.MembershipRole;
import de.lenkwerk.history.HistoryEntry;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.history.RecordRef;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.history.Snapshot;
import de.lenkwerk.meeting.MeetingService;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.paper.PaperItems.AcknowledgementStatus;
import de.lenkwerk.paper.PaperItems.Confirmed;
import de.lenkwerk.paper.PaperItems.PaperAction;
import de.lenkwerk.paper.PaperItems.PaperDetail;
import de.lenkwerk.paper.PaperItems.PaperItem;
import de.lenkwerk.paper.PaperItems.Party;
import de.lenkwerk.paper.PaperItems.Version;
import de.lenkwerk.security.CurrentUser;
import de.lenkwerk.security.SignedInUser;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Interface papers. Access follows the paper's body: its secretariat edits drafts, chair and secretariat adopt,
 * members and readers read; the people named for a party read and acknowledge, nothing else. Anyone else gets
 * "not found". Edits always go to the draft: editing the latest adopted version N starts draft N+1. Every edit
 * carries the paper's version, so a stale screen is refused (ConcurrentChangeException), and lands in the history.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PaperService {

    private final PaperRepository papers;
    private final PaperPartyRepository parties;
    private final PaperVersionRepository versions;
    private final PaperSectionRepository sections;
    private final PaperRowRepository rows;
    private final PartyPersonRepository partyPeople;
    private final AcknowledgementRepository acknowledgements;
    private final ActionLinkRepository actionLinks;
    private final PaperContents contents;
    private final BodyAccess bodyAccess;
    private final BodyService bodies;
    private final OrganisationService organisations;
    private final PersonService people;
    private final MeetingService meetings;
    private final ActionService actions;
    private final HistoryService history;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaperService(PaperRepository papers, PaperPartyRepository parties, PaperVersionRepository versions,
                 PaperSectionRepository sections, PaperRowRepository rows, PartyPersonRepository partyPeople,
                 AcknowledgementRepository acknowledgements, ActionLinkRepository actionLinks, PaperContents contents,
                 BodyAccess bodyAccess, BodyService bodies, OrganisationService organisations, PersonService people,
                 MeetingService meetings, ActionService actions, HistoryService history, CurrentUser currentUser,
                 Clock clock) {
        this.papers = papers;
        this.parties = parties;
        this.versions = versions;
        this.sections = sections;
        this.rows = rows;
        this.partyPeople = partyPeople;
        this.acknowledgements = acknowledgements;
        this.actionLinks = actionLinks;
        this.contents = contents;
        this.bodyAccess = bodyAccess;
        this.bodies = bodies;
        this.organisations = organisations;
        this.people = people;
        this.meetings = meetings;
        this.actions = actions;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading ----

    /** The papers of a body, for its members and readers. */
    public List<PaperItem> forBody(long bodyId) {
        bodyAccess.requireRead(bodyId);
        return papers.findByBodyIdOrderByTitle(bodyId).stream().map(this::toItem).toList();
    }

    /** Every paper the user may see: those of their bodies and those they are asked to acknowledge. */
    public List<PaperItem> visible() {
        return visiblePapers().stream().map(this::toItem).toList();
    }

    /** The paper at a version; {@code null} for the latest one. */
    public PaperDetail get(long paperId, Integer number) {
        var paper = readable(paperId);
        var all = versions.findByPaperIdOrderByNumberAsc(paperId);
        var shown = number == null ? all.getLast()
                : all.stream().filter(v -> v.getNumber() == number).findFirst().orElseThrow(RecordNotFoundException::new);
        if (!canReadDrafts(paper) && !shown.isAdopted()) {
            // acknowledgers see adopted versions only
            shown = all.stream().filter(PaperVersion::isAdopted).reduce((a, b) -> b)
                    .orElseThrow(RecordNotFoundException::new);
        }
        var partyItems = partiesOf(paperId, shown);
        var template = paper.getTemplateId() == null ? null
                : papers.findById(paper.getTemplateId()).map(Paper::getTitle).orElse(null);
        var me = personId();
        var mine = me == null ? List.<Long>of() : partyPeople.findByPersonId(me).stream()
                .map(PaperLinks.PartyPerson::getPartyId)
                .filter(id -> partyItems.stream().anyMatch(p -> p.id() == id)).toList();
        var versionItems = all.stream().filter(v -> v.isAdopted() || canReadDrafts(paper)).map(this::toVersion).toList();
        return new PaperDetail(paper.getId(), paper.getVersion(), paper.getBodyId(),
                bodies.nameForAction(paper.getBodyId()), paper.getTitle(), paper.getPurpose(), template, partyItems,
                versionItems, toVersion(shown), contents.load(shown), canEdit(paper), canAdopt(paper), mine,
                paper.getUpdatedBy(), paper.getUpdatedAt());
    }

    public PaperContent content(long paperId, int number) {
        var paper = readable(paperId);
        var version = versions.findByPaperIdAndNumber(paperId, number).orElseThrow(RecordNotFoundException::new);
        if (!version.isAdopted() && !canReadDrafts(paper)) {
            throw new RecordNotFoundException();
        }
        return contents.load(version);
    }

    /** What changed from version {@code from} to version {@code to}. */
    public PaperComparison compare(long paperId, int from, int to) {
        return VersionComparison.compare(content(paperId, from), content(paperId, to));
    }

    public List<HistoryEntry> history(long paperId, Pageable pageable) {
        var paper = readable(paperId);
        if (!canReadDrafts(paper)) {
            throw new RecordNotFoundException();
        }
        return history.forRecord(RecordType.PAPER, paperId, pageable);
    }

    /** How many changes the history holds, for its lazy grid; same access as {@link #history}. */
    public long countHistory(long paperId) {
        var paper = readable(paperId);
        if (!canReadDrafts(paper)) {
            throw new RecordNotFoundException();
        }
        return history.countForRecord(RecordType.PAPER, paperId);
    }

    // ---- editing the draft ----

    @Transactional
    public PaperDetail create(long bodyId, @Valid PaperData data) {
        bodyAccess.requireRead(bodyId);
        if (!bodyAccess.hasRole(bodyId, MembershipRole.SECRETARIAT)) {
            throw new AccessDeniedException("only the secretariat writes papers");
        }
        var paper = papers.saveAndFlush(new Paper(bodyId, data, null));
        versions.save(new PaperVersion(paper.getId(), 1));
        history.recordCreated(ref(paper), paper.snapshot());
        return get(paper.getId(), null);
    }

    @Transactional
    public PaperDetail update(long paperId, long expectedVersion, @Valid PaperData data) {
        var paper = editable(paperId, expectedVersion);
        var before = paper.snapshot();
        paper.apply(data);
        papers.saveAndFlush(paper);
        history.recordChanges(ref(paper), before, paper.snapshot());
        return get(paperId, null);
    }

    @Transactional
    public PaperDetail addParty(long paperId, long expectedVersion, long organisationId, String functionalLevel) {
        var paper = editable(paperId, expectedVersion);
        var organisation = organisations.get(organisationId).orElseThrow(() -> new UserFacingException("paper.error.organisation"));
        var existing = parties.findByPaperIdOrderBySortOrderAscIdAsc(paperId);
        var level = cleanLevel(functionalLevel);
        requireNewParty(existing, null, organisationId, level);
        // a new column is an edit of the content: after an adoption it starts draft N+1, version N keeps its columns
        draft(paper);
        var party = parties.save(new PaperParty(paperId, organisationId, level, existing.size()));
        touch(paper, "paper.party", null, label(organisation, party.getFunctionalLevel()));
        return get(paperId, null);
    }

    /**
     * Puts another organisation or functional level in a party's place, keeping its roles in every row: how a paper
     * copied from a template becomes the body's own (Dresden's Jobcenter where Leipzig's stood). Only while no
     * version is adopted, because an adopted version names its parties for good.
     */
    @Transactional
    public PaperDetail changeParty(long paperId, long expectedVersion, long partyId, long organisationId,
                                   String functionalLevel) {
        var paper = editable(paperId, expectedVersion);
        requireNothingAdopted(paper);
        var party = partyOf(paper, partyId);
        var organisation = organisations.get(organisationId).orElseThrow(() -> new UserFacingException("paper.error.organisation"));
        var level = cleanLevel(functionalLevel);
        requireNewParty(parties.findByPaperIdOrderBySortOrderAscIdAsc(paperId), partyId, organisationId, level);
        var before = partyLabel(party);
        party.change(organisationId, level);
        parties.saveAndFlush(party);
        touch(paper, "paper.party", before, label(organisation, level));
        return get(paperId, null);
    }

    /** Removes a party with its roles and the people named for it; only while no version is adopted. */
    @Transactional
    public PaperDetail removeParty(long paperId, long expectedVersion, long partyId) {
        var paper = editable(paperId, expectedVersion);
        requireNothingAdopted(paper);
        var party = partyOf(paper, partyId);
        var draft = draft(paper);
        for (var section : sections.findByPaperVersionIdOrderBySortOrderAscIdAsc(draft.getId())) {
            for (var row : rows.findBySectionIdOrderBySortOrderAscIdAsc(section.getId())) {
                if (!row.roles(partyId).isEmpty()) {
                    row.setRoles(partyId, Set.of());
                    rows.save(row);
                }
            }
        }
        rows.flush();
        partyPeople.deleteAll(partyPeople.findByPartyIdIn(List.of(partyId)));
        var before = partyLabel(party);
        parties.delete(party);
        parties.flush();
        touch(paper, "paper.party", before, null);
        return get(paperId, null);
    }

    private void requireNothingAdopted(Paper paper) {
        if (versions.findFirstByPaperIdAndAdoptedTrueOrderByNumberDesc(paper.getId()).isPresent()) {
            throw new UserFacingException("paper.error.party-adopted");
        }
    }

    private static String cleanLevel(String functionalLevel) {
        var level = functionalLevel == null || functionalLevel.isBlank() ? null : functionalLevel.strip();
        if (level != null && level.length() > PaperData.LEVEL_MAX) {
            throw new UserFacingException("validation.max-length", PaperData.LEVEL_MAX);
        }
        return level;
    }

    private static void requireNewParty(List<PaperParty> existing, Long except, long organisationId, String level) {
        if (existing.stream().anyMatch(p -> !java.util.Objects.equals(p.getId(), except)
                && p.getOrganisationId() == organisationId && java.util.Objects.equals(p.getFunctionalLevel(), level))) {
            throw new UserFacingException("paper.error.party-exists");
        }
    }

    /** Names someone who acts for a party and is asked to acknowledge; chair or secretariat. */
    @Transactional
    public PaperDetail addAcknowledger(long paperId, long partyId, long personId) {
        var paper = readable(paperId);
        bodyAccess.requireManage(paper.getBodyId());
        var party = partyOf(paper, partyId);
        var person = people.get(personId).orElseThrow(() -> new UserFacingException("paper.error.person"));
        if (!partyPeople.existsByPartyIdAndPersonId(partyId, personId)) {
            partyPeople.save(new PaperLinks.PartyPerson(partyId, personId));
            history.recordChanges(ref(paper), new Snapshot(), new Snapshot().put("paper.acknowledger",
                    partyLabel(party) + ": " + person.fullName()));
        }
        return get(paperId, null);
    }

    /** A new section at the end of the paper, or at the end of a top-level section ({@code parentKey}). */
    @Transactional
    public PaperDetail addSection(long paperId, long expectedVersion, String parentKey, String title, boolean matrix) {
        var paper = editable(paperId, expectedVersion);
        var draft = draft(paper);
        var clean = requiredText(title, PaperData.SECTION_TITLE_MAX);
        var outline = contents.outline(draft.getId());
        if (parentKey != null) {
            var parent = outline.stream().filter(s -> s.getKey().equals(parentKey)).findFirst()
                    .orElseThrow(RecordNotFoundException::new);
            if (parent.getParentKey() != null) {
                throw new UserFacingException("paper.error.depth");
            }
        }
        var section = new PaperSection(draft.getId(), PaperContents.newKey(), parentKey, 0, clean, null, matrix);
        var position = parentKey == null ? outline.size() : lastIndexOfFamily(outline, parentKey) + 1;
        var ordered = new ArrayList<>(outline);
        ordered.add(position, sections.save(section));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i * 10);
        }
        touch(paper, "paper.section", null, clean);
        return get(paperId, null);
    }

    @Transactional
    public PaperDetail editSection(long paperId, long expectedVersion, String sectionKey, String title, String text,
                                   boolean matrix) {
        var paper = editable(paperId, expectedVersion);
        var section = draftSection(paper, sectionKey);
        var cleanTitle = requiredText(title, PaperData.SECTION_TITLE_MAX);
        var cleanText = text == null || text.isBlank() ? null : text.strip();
        if (cleanText != null && cleanText.length() > PaperData.SECTION_TEXT_MAX) {
            throw new UserFacingException("validation.max-length", PaperData.SECTION_TEXT_MAX);
        }
        if (!matrix && !rows.findBySectionIdOrderBySortOrderAscIdAsc(section.getId()).isEmpty()) {
            throw new UserFacingException("paper.error.matrix-has-rows");
        }
        var before = section.getTitle();
        var textChanged = !java.util.Objects.equals(section.getText(), cleanText);
        section.edit(cleanTitle, cleanText, matrix);
        if (!before.equals(cleanTitle)) {
            touch(paper, "paper.section", before, cleanTitle);
        }
        if (textChanged) {
            touch(paper, "paper.section-text", null, cleanTitle);
        } else {
            touch(paper, null, null, null);
        }
        return get(paperId, null);
    }

    /**
     * Moves a section before ({@code up}) or after its neighbour on the same level, subsections going with their
     * section; at the start or end nothing changes.
     */
    @Transactional
    public PaperDetail moveSection(long paperId, long expectedVersion, String sectionKey, boolean up) {
        var paper = editable(paperId, expectedVersion);
        var draft = draft(paper);
        var outline = contents.outline(draft.getId());
        var section = outline.stream().filter(s -> s.getKey().equals(sectionKey)).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        var siblings = new ArrayList<>(outline.stream()
                .filter(s -> java.util.Objects.equals(s.getParentKey(), section.getParentKey())).toList());
        var from = siblings.indexOf(section);
        var to = up ? from - 1 : from + 1;
        if (to < 0 || to >= siblings.size()) {
            return get(paperId, null);
        }
        java.util.Collections.swap(siblings, from, to);
        // top-level sections and the subsections of one section are ordered among themselves
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).moveTo(i * 10);
        }
        sections.flush();
        touch(paper, "paper.section-moved", null, section.getTitle());
        return get(paperId, null);
    }

    @Transactional
    public PaperDetail removeSection(long paperId, long expectedVersion, String sectionKey) {
        var paper = editable(paperId, expectedVersion);
        var draft = draft(paper);
        var section = draftSection(paper, sectionKey);
        var family = contents.outline(draft.getId()).stream()
                .filter(s -> s.getKey().equals(sectionKey) || sectionKey.equals(s.getParentKey())).toList();
        for (var s : family) {
            rows.deleteAll(rows.findBySectionIdOrderBySortOrderAscIdAsc(s.getId()));
        }
        rows.flush();
        sections.deleteAll(family);
        touch(paper, "paper.section", section.getTitle(), null);
        return get(paperId, null);
    }

    /**
     * A new row in a matrix, after the row {@code afterRowKey} or at the end; its task may still be empty (the
     * keyboard editor adds the row first and the task is typed next). Returns the new row's key in the detail.
     */
    @Transactional
    public NewRow addRow(long paperId, long expectedVersion, String sectionKey, String afterRowKey, String task) {
        var paper = editable(paperId, expectedVersion);
        var section = draftSection(paper, sectionKey);
        if (!section.isMatrix()) {
            throw new UserFacingException("paper.error.no-matrix");
        }
        var clean = task == null ? "" : task.strip();
        if (clean.length() > PaperData.TASK_MAX) {
            throw new UserFacingException("validation.max-length", PaperData.TASK_MAX);
        }
        var existing = new ArrayList<>(rows.findBySectionIdOrderBySortOrderAscIdAsc(section.getId()));
        var position = existing.size();
        if (afterRowKey != null) {
            for (int i = 0; i < existing.size(); i++) {
                if (existing.get(i).getKey().equals(afterRowKey)) {
                    position = i + 1;
                }
            }
        }
        var row = rows.save(new PaperRow(section.getId(), PaperContents.newKey(), 0, clean));
        existing.add(position, row);
        for (int i = 0; i < existing.size(); i++) {
            existing.get(i).moveTo(i * 10);
        }
        touch(paper, "paper.row", null, section.getTitle() + ": " + (clean.isEmpty() ? "–" : clean));
        return new NewRow(row.getKey(), get(paperId, null));
    }

    /** The detail after adding a row, and the new row's key. */
    public record NewRow(String rowKey, PaperDetail paper) {
    }

    @Transactional
    public PaperDetail renameRow(long paperId, long expectedVersion, String rowKey, String task) {
        var paper = editable(paperId, expectedVersion);
        var row = draftRow(paper, rowKey);
        var clean = requiredText(task, PaperData.TASK_MAX);
        var before = row.getTask();
        if (!before.equals(clean)) {
            row.rename(clean);
            touch(paper, "paper.row", before.isEmpty() ? null : before, clean);
        }
        return get(paperId, null);
    }

    /** Sets the roles of one party in one row (the keyboard editor sends the whole new set of the cell). */
    @Transactional
    public PaperDetail setRoles(long paperId, long expectedVersion, String rowKey, long partyId, Set<PaperRole> roles) {
        var paper = editable(paperId, expectedVersion);
        var row = draftRow(paper, rowKey);
        var party = partyOf(paper, partyId);
        var before = row.roles(partyId);
        if (!before.equals(roles)) {
            row.setRoles(partyId, roles);
            rows.saveAndFlush(row);
            var where = (row.getTask().isEmpty() ? "–" : row.getTask()) + " / " + partyLabel(party);
            touch(paper, "paper.cell", before.isEmpty() ? where : where + " = " + PaperRole.encode(before),
                    roles.isEmpty() ? where : where + " = " + PaperRole.encode(roles));
        }
        return get(paperId, null);
    }

    @Transactional
    public PaperDetail removeRow(long paperId, long expectedVersion, String rowKey) {
        var paper = editable(paperId, expectedVersion);
        var row = draftRow(paper, rowKey);
        rows.delete(row);
        touch(paper, "paper.row", row.getTask(), null);
        return get(paperId, null);
    }

    /**
     * Applies a matrix imported from Excel to the draft (after an adoption, draft N+1 starts), all in one
     * transaction: new rows at the end of their section, changed cells of existing rows. The preview that produced
     * the rows carried the paper's version, so a paper changed in the meantime is refused as a whole. Every row and
     * cell lands in the history like an edit on screen.
     */
    @Transactional
    public PaperDetail importMatrix(long paperId, long expectedVersion, List<MatrixImportRow> imported) {
        var paper = editable(paperId, expectedVersion);
        if (imported.isEmpty()) {
            throw new UserFacingException("paper.import.error.nothing");
        }
        var draft = draft(paper);
        var partyById = parties.findByPaperIdOrderBySortOrderAscIdAsc(paperId).stream()
                .collect(Collectors.toMap(PaperParty::getId, Function.identity()));
        int added = 0;
        int cells = 0;
        for (var row : imported) {
            var section = sections.findByPaperVersionIdAndKey(draft.getId(), row.sectionKey())
                    .filter(PaperSection::isMatrix).orElseThrow(RecordNotFoundException::new);
            if (!partyById.keySet().containsAll(row.cells().keySet())) {
                throw new RecordNotFoundException();
            }
            PaperRow target;
            if (row.rowKey() == null) {
                var task = requiredText(row.task(), PaperData.TASK_MAX);
                var existing = rows.findBySectionIdOrderBySortOrderAscIdAsc(section.getId());
                var order = existing.isEmpty() ? 0 : existing.getLast().getSortOrder() + 10;
                target = new PaperRow(section.getId(), PaperContents.newKey(), order, task);
                history.recordChanges(ref(paper), new Snapshot().put("paper.row", null),
                        new Snapshot().put("paper.row", section.getTitle() + ": " + task));
                added++;
            } else {
                target = rows.findBySectionIdAndKey(section.getId(), row.rowKey())
                        .orElseThrow(RecordNotFoundException::new);
            }
            for (var cell : row.cells().entrySet()) {
                var before = target.roles(cell.getKey());
                if (!before.equals(cell.getValue())) {
                    target.setRoles(cell.getKey(), cell.getValue());
                    var where = target.getTask() + " / " + partyLabel(partyById.get(cell.getKey()));
                    history.recordChanges(ref(paper),
                            new Snapshot().put("paper.cell", before.isEmpty() ? where : where + " = " + PaperRole.encode(before)),
                            new Snapshot().put("paper.cell", cell.getValue().isEmpty() ? where
                                    : where + " = " + PaperRole.encode(cell.getValue())));
                    cells++;
                }
            }
            rows.saveAndFlush(target);
        }
        touch(paper, "paper.import", null, "Excel: " + added + " Zeile(n) neu, " + cells + " Zelle(n) geändert");
        return get(paperId, null);
    }

    // ---- adoption ----

    /**
     * The body adopts (beschließt) the draft on a date, maybe in a meeting: it is frozen as version N. Refused while
     * any row breaks the rule, or when there is no draft.
     */
    @Transactional
    public PaperDetail adopt(long paperId, long expectedVersion, LocalDate on, Long meetingId) {
        var paper = readable(paperId);
        if (!canAdopt(paper)) {
            throw new AccessDeniedException("only chair and secretariat adopt");
        }
        paper.checkVersion(expectedVersion);
        if (on == null) {
            throw new UserFacingException("paper.error.adopt-date");
        }
        var latest = versions.findFirstByPaperIdOrderByNumberDesc(paperId).orElseThrow();
        if (latest.isAdopted()) {
            throw new UserFacingException("paper.error.no-draft");
        }
        var content = contents.load(latest);
        if (content.sections().isEmpty()) {
            throw new UserFacingException("paper.error.empty");
        }
        var broken = content.brokenRows();
        if (!broken.isEmpty()) {
            throw new UserFacingException("paper.error.rule-broken", broken.size(),
                    broken.stream().map(r -> r.task().isBlank() ? "–" : r.task()).limit(3)
                            .collect(Collectors.joining(", ")));
        }
        if (meetingId != null) {
            var meeting = meetings.get(meetingId);
            if (meeting.bodyId() != paper.getBodyId()) {
                throw new UserFacingException("paper.error.meeting");
            }
        }
        latest.adopt(on, meetingId);
        versions.saveAndFlush(latest);
        touch(paper, "paper.adopted", null, latest.getNumber() + " (" + on + ")");
        return get(paperId, null);
    }

    // ---- acknowledgement ----

    /** "Gelesen und anerkannt": the signed-in person confirms an adopted version for a party they act for. */
    @Transactional
    public PaperDetail acknowledge(long paperId, int number, long partyId) {
        var paper = readable(paperId);
        var me = personId();
        if (me == null || !partyPeople.existsByPartyIdAndPersonId(partyId, me)) {
            throw new AccessDeniedException("only the people named for a party acknowledge");
        }
        var party = partyOf(paper, partyId);
        var version = versions.findByPaperIdAndNumber(paperId, number).orElseThrow(RecordNotFoundException::new);
        if (!version.isAdopted()) {
            throw new UserFacingException("paper.error.ack-draft");
        }
        if (!acknowledgements.existsByPaperVersionIdAndPartyIdAndPersonId(version.getId(), partyId, me)) {
            acknowledgements.saveAndFlush(new PaperLinks.Acknowledgement(version.getId(), partyId, me,
                    LocalDateTime.now(clock)));
            history.recordChanges(ref(paper), new Snapshot(), new Snapshot().put("paper.acknowledged",
                    number + " / " + partyLabel(party) + ": " + currentUser.actorName()));
        }
        return get(paperId, number);
    }

    /**
     * Records an acknowledgement given outside Lenkwerk (a signed list, the demo data) for a named person;
     * administrators only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void recordAcknowledgement(long paperId, int number, long partyId, long personId, LocalDateTime at) {
        var paper = readable(paperId);
        var party = partyOf(paper, partyId);
        var version = versions.findByPaperIdAndNumber(paperId, number).filter(PaperVersion::isAdopted)
                .orElseThrow(() -> new UserFacingException("paper.error.ack-draft"));
        if (!partyPeople.existsByPartyIdAndPersonId(partyId, personId)) {
            throw new UserFacingException("paper.error.person");
        }
        if (!acknowledgements.existsByPaperVersionIdAndPartyIdAndPersonId(version.getId(), partyId, personId)) {
            acknowledgements.save(new PaperLinks.Acknowledgement(version.getId(), partyId, personId, at));
            history.recordChanges(ref(paper), new Snapshot(), new Snapshot().put("paper.acknowledged",
                    number + " / " + partyLabel(party) + ": " + people.get(personId).map(PersonItem::fullName).orElse("?")));
        }
    }

    /** Per party: who has confirmed this version and who has not yet. */
    public List<AcknowledgementStatus> acknowledgements(long paperId, int number) {
        readable(paperId);
        var version = versions.findByPaperIdAndNumber(paperId, number).orElseThrow(RecordNotFoundException::new);
        var confirmed = acknowledgements.findByPaperVersionId(version.getId());
        var partyList = partyItems(paperId);
        var named = partyPeople.findByPartyIdIn(partyList.stream().map(Party::id).toList());
        var names = new HashMap<Long, String>();
        Function<Long, String> name = id -> names.computeIfAbsent(id,
                k -> people.get(k).map(PersonItem::fullName).orElse("?"));
        var result = new ArrayList<AcknowledgementStatus>();
        for (var party : partyList) {
            var done = confirmed.stream().filter(a -> a.getPartyId() == party.id())
                    .map(a -> new Confirmed(name.apply(a.getPersonId()), a.getAcknowledgedAt())).toList();
            var doneIds = confirmed.stream().filter(a -> a.getPartyId() == party.id())
                    .map(PaperLinks.Acknowledgement::getPersonId).collect(Collectors.toSet());
            var pending = named.stream().filter(n -> n.getPartyId() == party.id() && !doneIds.contains(n.getPersonId()))
                    .map(n -> name.apply(n.getPersonId())).sorted().toList();
            if (!done.isEmpty() || !pending.isEmpty()) {
                result.add(new AcknowledgementStatus(party, done, pending));
            }
        }
        return result;
    }

    // ---- actions from the paper ----

    /**
     * Turns a section, or a row of it ({@code rowKey}), into an action of the paper's body. The action's source
     * names the paper, version and section and links back to it; the paper lists the action with its traffic light.
     */
    @Transactional
    public long createAction(long paperId, int number, String sectionKey, String rowKey, @Valid ActionData data) {
        var paper = readable(paperId);
        bodyAccess.requireManage(paper.getBodyId());
        var content = content(paperId, number);
        var section = content.sections().stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        var row = rowKey == null ? null : section.rows().stream().filter(r -> r.key().equals(rowKey)).findFirst()
                .orElseThrow(RecordNotFoundException::new);
        var reference = sourceReference(paper.getTitle(), number, section.heading(), row == null ? null : row.task());
        var withSource = new ActionData(data.title(), data.description(), data.ownerPersonId(),
                data.ownerOrganisationId(), data.deputyPersonId(), data.contributorIds(), data.startDate(),
                data.deadline(), data.status(), data.progress(), null, null, reference, data.parentId());
        var link = "papiere/" + paperId + "?fassung=" + number + "#abschnitt-" + sectionKey;
        var action = actions.createFromSource(paper.getBodyId(), withSource, link);
        actionLinks.save(new PaperLinks.ActionLink(paperId, number, sectionKey, rowKey, action.id(),
                LocalDateTime.now(clock)));
        history.recordChanges(ref(paper), new Snapshot(), new Snapshot().put("paper.action",
                action.number() + " " + action.title()));
        return action.id();
    }

    static String sourceReference(String paperTitle, int number, String section, String task) {
        var text = paperTitle + ", Fassung " + number + ", Abschnitt " + section + (task == null ? "" : ": " + task);
        return text.length() <= ActionData.SOURCE_MAX ? text : text.substring(0, ActionData.SOURCE_MAX - 1) + "…";
    }

    /** The actions that came from the paper, with their live traffic lights; those the user may not see are left out. */
    public List<PaperAction> actions(long paperId) {
        var paper = readable(paperId);
        var result = new ArrayList<PaperAction>();
        var cache = new HashMap<Integer, PaperContent>();
        for (var link : actionLinks.findByPaperIdOrderByIdAsc(paperId)) {
            try {
                var action = actions.get(link.getActionId());
                var content = canReadDrafts(paper) || versions.findByPaperIdAndNumber(paperId, link.getVersionNumber())
                        .map(PaperVersion::isAdopted).orElse(false)
                        ? cache.computeIfAbsent(link.getVersionNumber(), n -> content(paperId, n)) : null;
                var section = content == null ? null : content.sections().stream()
                        .filter(s -> s.key().equals(link.getSectionKey())).findFirst().orElse(null);
                var task = section == null || link.getRowKey() == null ? null : section.rows().stream()
                        .filter(r -> r.key().equals(link.getRowKey())).map(PaperContent.Row::task).findFirst().orElse(null);
                result.add(new PaperAction(action.id(), action.number(), action.title(), action.trafficLight().colour(),
                        link.getVersionNumber(), section == null ? null : section.heading(), task));
            } catch (RecordNotFoundException notVisible) {
                // an action the user may not see stays out of the list
            }
        }
        return result;
    }

    // ---- templates ----

    /**
     * Copies a paper into another body as the start of its own paper (the way Dresden followed Leipzig): the parties
     * and the latest adopted version (or the draft) become draft 1 of the new paper. The secretariat of the target
     * body does it; the source must be readable.
     */
    @Transactional
    public PaperDetail copyAsTemplate(long sourcePaperId, long targetBodyId, @Valid PaperData data) {
        var source = readable(sourcePaperId);
        bodyAccess.requireRead(targetBodyId);
        if (!bodyAccess.hasRole(targetBodyId, MembershipRole.SECRETARIAT)) {
            throw new AccessDeniedException("only the secretariat writes papers");
        }
        var from = versions.findFirstByPaperIdAndAdoptedTrueOrderByNumberDesc(sourcePaperId)
                .or(() -> canReadDrafts(source) ? versions.findFirstByPaperIdOrderByNumberDesc(sourcePaperId)
                        : java.util.Optional.empty())
                .orElseThrow(RecordNotFoundException::new);
        var paper = papers.saveAndFlush(new Paper(targetBodyId, data, sourcePaperId));
        var draft = versions.save(new PaperVersion(paper.getId(), 1));
        var partyMap = new HashMap<Long, Long>();
        for (var party : parties.findByPaperIdOrderBySortOrderAscIdAsc(sourcePaperId)) {
            var copy = parties.save(new PaperParty(paper.getId(), party.getOrganisationId(), party.getFunctionalLevel(),
                    party.getSortOrder()));
            partyMap.put(party.getId(), copy.getId());
        }
        contents.copy(from.getId(), draft.getId(), partyMap, true);
        history.recordCreated(ref(paper), paper.snapshot().put("paper.template",
                source.getTitle() + ", Fassung " + from.getNumber()));
        return get(paper.getId(), null);
    }

    // ---- across papers ----

    /**
     * For an organisation, across every paper the user may see (its latest adopted version, else its draft): the
     * rows where one of its parties does, is accountable, is consulted or is informed, with whom it informs.
     */
    public List<PaperItems.Duty> duties(long organisationId) {
        var result = new ArrayList<PaperItems.Duty>();
        var visible = visiblePapers();
        var partyByPaper = parties.findByPaperIdIn(visible.stream().map(Paper::getId).toList()).stream()
                .collect(Collectors.groupingBy(PaperParty::getPaperId));
        var organisationNames = new HashMap<Long, OrganisationItem>();
        for (var paper : visible) {
            var paperParties = partyByPaper.getOrDefault(paper.getId(), List.of());
            if (paperParties.stream().noneMatch(p -> p.getOrganisationId() == organisationId)) {
                continue;
            }
            var version = versions.findFirstByPaperIdAndAdoptedTrueOrderByNumberDesc(paper.getId())
                    .or(() -> canReadDrafts(paper) ? versions.findFirstByPaperIdOrderByNumberDesc(paper.getId())
                            : java.util.Optional.empty());
            if (version.isEmpty()) {
                continue;
            }
            var labels = paperParties.stream().collect(Collectors.toMap(PaperParty::getId, p -> label(
                    organisationNames.computeIfAbsent(p.getOrganisationId(), id -> organisations.get(id).orElseThrow()),
                    p.getFunctionalLevel())));
            var bodyName = bodies.nameForAction(paper.getBodyId());
            for (var section : contents.load(version.get()).sections()) {
                for (var row : section.rows()) {
                    for (var party : paperParties) {
                        if (party.getOrganisationId() != organisationId || row.roles(party.getId()).isEmpty()) {
                            continue;
                        }
                        var informed = row.cells().entrySet().stream()
                                .filter(e -> e.getValue().contains(PaperRole.INFORMED) && e.getKey() != party.getId())
                                .map(e -> labels.get(e.getKey())).sorted().toList();
                        var accountable = row.cells().entrySet().stream()
                                .filter(e -> e.getValue().contains(PaperRole.ACCOUNTABLE))
                                .map(e -> labels.get(e.getKey())).sorted().toList();
                        result.add(new PaperItems.Duty(paper.getId(), paper.getTitle(), bodyName,
                                version.get().getNumber(), version.get().isAdopted(), section.heading(), row.task(),
                                labels.get(party.getId()), row.roles(party.getId()), informed, accountable));
                    }
                }
            }
        }
        return result;
    }

    /** The organisations that are a party in any paper the user may see, for choosing in the view across papers. */
    public List<OrganisationItem> partyOrganisations() {
        var ids = parties.findByPaperIdIn(visiblePapers().stream().map(Paper::getId).toList()).stream()
                .map(PaperParty::getOrganisationId).collect(Collectors.toSet());
        return ids.stream().map(id -> organisations.get(id).orElseThrow())
                .sorted(java.util.Comparator.comparing(OrganisationItem::name)).toList();
    }

    // ---- access and helpers ----

    private List<Paper> visiblePapers() {
        var visibility = bodyAccess.visibility();
        var me = personId();
        var acknowledged = new java.util.HashSet<Long>();
        acknowledged.add(-1L);
        if (me != null) {
            var partyIds = partyPeople.findByPersonId(me).stream().map(PaperLinks.PartyPerson::getPartyId).toList();
            parties.findAllById(partyIds).forEach(p -> acknowledged.add(p.getPaperId()));
        }
        return papers.findVisible(visibility.all(), visibility.bodyIdsForQuery(), acknowledged);
    }

    private Paper readable(long paperId) {
        var paper = papers.findById(paperId).orElseThrow(RecordNotFoundException::new);
        if (bodyAccess.canRead(paper.getBodyId()) || isAcknowledger(paper)) {
            return paper;
        }
        throw new RecordNotFoundException();
    }

    private boolean isAcknowledger(Paper paper) {
        var me = personId();
        if (me == null) {
            return false;
        }
        var partyIds = parties.findByPaperIdOrderBySortOrderAscIdAsc(paper.getId()).stream().map(PaperParty::getId)
                .collect(Collectors.toSet());
        return partyPeople.findByPersonId(me).stream().anyMatch(p -> partyIds.contains(p.getPartyId()));
    }

    private boolean canReadDrafts(Paper paper) {
        return bodyAccess.canRead(paper.getBodyId());
    }

    private boolean canEdit(Paper paper) {
        return bodyAccess.canRead(paper.getBodyId()) && bodyAccess.hasRole(paper.getBodyId(), MembershipRole.SECRETARIAT);
    }

    private boolean canAdopt(Paper paper) {
        return bodyAccess.canManage(paper.getBodyId());
    }

    private Paper editable(long paperId, long expectedVersion) {
        var paper = readable(paperId);
        if (!canEdit(paper)) {
            throw new AccessDeniedException("only the secretariat edits drafts");
        }
        paper.checkVersion(expectedVersion);
        return paper;
    }

    /** The draft to edit; editing after an adoption starts draft N+1 as a copy of version N. */
    private PaperVersion draft(Paper paper) {
        var latest = versions.findFirstByPaperIdOrderByNumberDesc(paper.getId()).orElseThrow();
        if (!latest.isAdopted()) {
            return latest;
        }
        var draft = versions.saveAndFlush(new PaperVersion(paper.getId(), latest.getNumber() + 1));
        var identity = parties.findByPaperIdOrderBySortOrderAscIdAsc(paper.getId()).stream()
                .collect(Collectors.toMap(PaperParty::getId, PaperParty::getId));
        contents.copy(latest.getId(), draft.getId(), identity, false);
        sections.flush();
        rows.flush();
        history.recordChanges(ref(paper), new Snapshot(), new Snapshot().put("paper.draft", draft.getNumber()));
        return draft;
    }

    private PaperSection draftSection(Paper paper, String key) {
        return sections.findByPaperVersionIdAndKey(draft(paper).getId(), key).orElseThrow(RecordNotFoundException::new);
    }

    private PaperRow draftRow(Paper paper, String rowKey) {
        var draft = draft(paper);
        for (var section : sections.findByPaperVersionIdOrderBySortOrderAscIdAsc(draft.getId())) {
            var row = rows.findBySectionIdAndKey(section.getId(), rowKey);
            if (row.isPresent()) {
                return row.get();
            }
        }
        throw new RecordNotFoundException();
    }

    private PaperParty partyOf(Paper paper, long partyId) {
        return parties.findById(partyId).filter(p -> p.getPaperId() == paper.getId())
                .orElseThrow(RecordNotFoundException::new);
    }

    private void touch(Paper paper, String field, String before, String after) {
        paper.touch(LocalDateTime.now(clock));
        papers.saveAndFlush(paper);
        if (field != null) {
            history.recordChanges(ref(paper), new Snapshot().put(field, before), new Snapshot().put(field, after));
        }
    }

    private static int lastIndexOfFamily(List<PaperSection> outline, String parentKey) {
        int last = -1;
        for (int i = 0; i < outline.size(); i++) {
            var s = outline.get(i);
            if (s.getKey().equals(parentKey) || parentKey.equals(s.getParentKey())) {
                last = i;
            }
        }
        return last;
    }

    private static String requiredText(String text, int max) {
        if (text == null || text.isBlank()) {
            throw new UserFacingException("validation.required");
        }
        var clean = text.strip();
        if (clean.length() > max) {
            throw new UserFacingException("validation.max-length", max);
        }
        return clean;
    }

    private List<Party> partyItems(long paperId) {
        return parties.findByPaperIdOrderBySortOrderAscIdAsc(paperId).stream().map(p -> {
            var organisation = organisations.get(p.getOrganisationId()).orElseThrow();
            return new Party(p.getId(), p.getOrganisationId(), organisation.name(), organisation.shortName(),
                    p.getFunctionalLevel());
        }).toList();
    }

    /** An adopted version shows the columns it was adopted with, not parties added later for the next draft. */
    private List<Party> partiesOf(long paperId, PaperVersion shown) {
        var all = partyItems(paperId);
        var adoptedAt = shown.getUpdatedAt();
        if (!shown.isAdopted() || adoptedAt == null) {
            return all;
        }
        var created = parties.findByPaperIdOrderBySortOrderAscIdAsc(paperId).stream()
                .collect(Collectors.toMap(PaperParty::getId, PaperParty::getCreatedAt));
        return all.stream().filter(p -> !created.get(p.id()).isAfter(adoptedAt)).toList();
    }

    private String partyLabel(PaperParty party) {
        return label(organisations.get(party.getOrganisationId()).orElseThrow(), party.getFunctionalLevel());
    }

    private static String label(OrganisationItem organisation, String level) {
        return level == null ? organisation.name() : organisation.name() + " – " + level;
    }

    private PaperItem toItem(Paper paper) {
        var all = versions.findByPaperIdOrderByNumberAsc(paper.getId());
        var adopted = all.stream().filter(PaperVersion::isAdopted).reduce((a, b) -> b);
        return new PaperItem(paper.getId(), paper.getBodyId(), bodies.nameForAction(paper.getBodyId()), paper.getTitle(),
                all.getLast().getNumber(), all.getLast().isAdopted(), adopted.map(PaperVersion::getNumber).orElse(null),
                adopted.map(PaperVersion::getAdoptedOn).orElse(null));
    }

    private Version toVersion(PaperVersion version) {
        var meetingTitle = version.getMeetingId() == null ? null : meetingTitle(version.getMeetingId());
        return new Version(version.getNumber(), version.isAdopted(), version.getAdoptedOn(), version.getMeetingId(),
                meetingTitle, version.isAdopted() ? version.getUpdatedBy() : null);
    }

    private String meetingTitle(long meetingId) {
        try {
            return meetings.get(meetingId).title();
        } catch (RecordNotFoundException notVisible) {
            return null;
        }
    }

    private Long personId() {
        return currentUser.get().map(SignedInUser::personId).orElse(null);
    }

    private static RecordRef ref(Paper paper) {
        return new RecordRef(RecordType.PAPER, paper.getId(), paper.getBodyId(), null);
    }
}
