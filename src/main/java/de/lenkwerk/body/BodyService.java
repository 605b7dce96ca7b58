package de.lenkwerk.body;

import java.time.Clock;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.UserFacingException;
import de.lenkwerk.history.HistoryService;
import de.lenkwerk.history.RecordRef;
import de.lenkwerk.history.RecordType;
import de.lenkwerk.history.Snapshot;
import de.lenkwerk.organisation.PersonData;
import de.lenkwerk.organisation.PersonItem;
import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Bodies and their members. Reading needs a role in the body; managing needs chair or secretariat. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BodyService {

    private final BodyRepository bodies;
    private final MembershipRepository memberships;
    private final BodyAccess access;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final HistoryService history;
    private final Clock clock;
    private final de.lenkwerk.organisation.OrganisationService organisations;

    BodyService(BodyRepository bodies, MembershipRepository memberships, BodyAccess access, PersonService people,
                CurrentUser currentUser, HistoryService history, Clock clock,
                de.lenkwerk.organisation.OrganisationService organisations) {
        this.organisations = organisations;
        this.bodies = bodies;
        this.memberships = memberships;
        this.access = access;
        this.people = people;
        this.currentUser = currentUser;
        this.history = history;
        this.clock = clock;
    }

    public List<BodyItem> search(String filter, boolean includeArchived, Pageable pageable) {
        var visibility = access.visibility();
        var page = bodies.search(visibility.all(), visibility.bodyIdsForQuery(), includeArchived, normalise(filter), pageable);
        // parent names in one query for the whole page
        var parentIds = page.stream().map(Body::getParentId).filter(java.util.Objects::nonNull).distinct().toList();
        var names = bodies.findAllById(parentIds).stream()
                .collect(java.util.stream.Collectors.toMap(Body::getId, Body::getName));
        return page.stream().map(b -> b.toItem(b.getParentId() == null ? null : names.get(b.getParentId()))).toList();
    }

    public long count(String filter, boolean includeArchived) {
        var visibility = access.visibility();
        return bodies.countSearch(visibility.all(), visibility.bodyIdsForQuery(), includeArchived, normalise(filter));
    }

    public BodyItem get(long id) {
        access.requireRead(id);
        return bodies.findById(id).map(this::toItem).orElseThrow(RecordNotFoundException::new);
    }

    /**
     * The name of a body, for showing an action to its owner who may not be a member of the body. Callers have
     * already checked access to that action.
     */
    /** The history of the body itself: its fields, memberships, status rounds and imports, newest first. */
    public List<de.lenkwerk.history.HistoryEntry> history(long bodyId, Pageable pageable) {
        access.requireRead(bodyId);
        return history.forBody(bodyId, pageable);
    }

    public long countHistory(long bodyId) {
        access.requireRead(bodyId);
        return history.countForBody(bodyId);
    }

    /**
     * Notes an applied import in the body's history: which file, how many records it added and changed (each of
     * them has its own entries too). Called by the import inside its transaction.
     */
    @Transactional
    public void recordImport(long bodyId, String kindKey, String fileName, int added, int changed) {
        access.requireManage(bodyId);
        history.recordChanges(new RecordRef(RecordType.IMPORT, bodyId, bodyId, null), new Snapshot(),
                new Snapshot().put(kindKey, fileName).put("import.history.added", added)
                        .put("import.history.changed", changed));
    }

    private Snapshot snapshot(Membership membership) {
        return membership.snapshot(
                id -> people.get(id).map(de.lenkwerk.organisation.PersonItem::fullName).orElse("#" + id),
                id -> organisations.get(id).map(de.lenkwerk.organisation.OrganisationItem::name).orElse("#" + id));
    }

    public String nameForAction(long bodyId) {
        return bodies.findNameById(bodyId);
    }

    public boolean canManage(long bodyId) {
        return access.canManage(bodyId);
    }

    public boolean canCreateBodies() {
        return access.canCreateBodies();
    }

    /** A new body; whoever sets it up becomes its secretariat, so they can go on managing it. Not published. */
    @Transactional
    public BodyItem create(@Valid BodyData data) {
        return create(data, false);
    }

    /** As {@link #create(BodyData)}, published over OParl ("öffentlich") from the start if asked. */
    @Transactional
    public BodyItem create(@Valid BodyData data, boolean oparlPublic) {
        if (!access.canCreateBodies()) {
            throw new AccessDeniedException("may not create bodies");
        }
        checkUnique(data, -1L);
        checkParent(data, null);
        var created = new Body(data);
        created.publish(oparlPublic);
        var body = bodies.saveAndFlush(created);
        history.recordCreated(ref(body), body.snapshot());
        currentUser.get().ifPresent(user -> {
            var person = people.get(user.personId()).orElseThrow();
            var membership = memberships.saveAndFlush(new Membership(body.getId(), user.personId(),
                    new MembershipData(person.organisationId(), MembershipRole.SECRETARIAT, LocalDate.now(clock), null)));
            history.recordCreated(ref(membership), snapshot(membership));
        });
        return toItem(body);
    }

    @Transactional
    public BodyItem update(long id, long expectedVersion, @Valid BodyData data) {
        return update(id, expectedVersion, data, null);
    }

    /**
     * As {@link #update(long, long, BodyData)}, and publishes the body over OParl or withdraws it ("öffentlich");
     * {@code null} keeps it as it is.
     */
    @Transactional
    public BodyItem update(long id, long expectedVersion, @Valid BodyData data, Boolean oparlPublic) {
        access.requireManage(id);
        var body = bodies.findById(id).orElseThrow(RecordNotFoundException::new);
        body.checkVersion(expectedVersion);
        checkUnique(data, id);
        checkParent(data, id);
        var before = body.snapshot();
        body.apply(data);
        if (oparlPublic != null) {
            body.publish(oparlPublic);
        }
        bodies.saveAndFlush(body);
        history.recordChanges(ref(body), before, body.snapshot());
        return toItem(body);
    }

    public List<MembershipItem> members(long bodyId, Pageable pageable) {
        access.requireRead(bodyId);
        return memberships.findItems(bodyId, pageable);
    }

    public long countMembers(long bodyId) {
        access.requireRead(bodyId);
        return memberships.countByBodyId(bodyId);
    }

    /** Today's members, e.g. the participants of a new meeting. */
    public List<MembershipItem> activeMembers(long bodyId) {
        access.requireRead(bodyId);
        var today = LocalDate.now(clock);
        return memberships.findItems(bodyId, Pageable.unpaged()).stream().filter(m -> m.activeOn(today)).toList();
    }

    /**
     * The bodies a person sits in today, in any role but reader, e.g. for the meetings in their calendar;
     * administrators (the calendar feed acts as one) only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<BodyItem> activeBodiesOf(long personId) {
        var ids = memberships.findActiveRoles(personId, LocalDate.now(clock)).stream()
                .filter(row -> row.getRole() != MembershipRole.READER)
                .map(MembershipRepository.BodyRoleRow::getBodyId).distinct().toList();
        return bodies.findAllById(ids).stream().map(this::toItem).toList();
    }

    /** Adds an existing person, or a new one typed in by the secretariat, as a member. */
    @Transactional
    public MembershipItem addMember(long bodyId, Long personId, PersonData newPerson, @Valid MembershipData data) {
        access.requireManage(bodyId);
        checkDates(data);
        PersonItem person;
        if (personId != null) {
            person = people.get(personId).orElseThrow(() -> new UserFacingException("membership.error.person-required"));
        } else if (newPerson != null && newPerson.fullName() != null && !newPerson.fullName().isBlank()) {
            person = people.create(newPerson);
        } else {
            throw new UserFacingException("membership.error.person-required");
        }
        var organisationId = data.organisationId() != null ? data.organisationId() : person.organisationId();
        var membership = memberships.saveAndFlush(new Membership(bodyId, person.id(),
                new MembershipData(organisationId, data.role(), data.validFrom(), data.validTo())));
        history.recordCreated(ref(membership), snapshot(membership));
        return memberships.findItem(membership.getId()).orElseThrow();
    }

    @Transactional
    public MembershipItem updateMember(long membershipId, long expectedVersion, @Valid MembershipData data) {
        var membership = memberships.findById(membershipId).filter(m -> !m.isRemoved())
                .orElseThrow(RecordNotFoundException::new);
        access.requireManage(membership.getBodyId());
        membership.checkVersion(expectedVersion);
        checkDates(data);
        var before = snapshot(membership);
        membership.apply(data);
        memberships.saveAndFlush(membership);
        history.recordChanges(ref(membership), before, snapshot(membership));
        return memberships.findItem(membershipId).orElseThrow();
    }

    /**
     * Removes a membership entered by mistake. It leaves the member list and every access it gave, and stays in the
     * database marked as removed, so that the history and OParl clients can tell (issue 14). An ended membership is
     * different: it keeps its end date and stays in the list.
     */
    @Transactional
    public void removeMember(long membershipId, long expectedVersion) {
        var membership = memberships.findById(membershipId).filter(m -> !m.isRemoved())
                .orElseThrow(RecordNotFoundException::new);
        access.requireManage(membership.getBodyId());
        membership.checkVersion(expectedVersion);
        var before = snapshot(membership);
        membership.remove(java.time.LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        memberships.saveAndFlush(membership);
        history.recordChanges(ref(membership), before, snapshot(membership));
    }

    /** The bodies their secretariat has published over OParl; anyone may ask, signed in or not. */
    @PreAuthorize("permitAll()")
    public List<PublicBody> publicBodies() {
        return bodies.findByOparlPublicTrueOrderById().stream().map(b -> b.toPublic(parentName(b))).toList();
    }

    /** A published body, or empty for one that does not exist or is not published: the same to every caller. */
    @PreAuthorize("permitAll()")
    public java.util.Optional<PublicBody> publicBody(long id) {
        return bodies.findById(id).filter(Body::isOparlPublic).map(b -> b.toPublic(parentName(b)));
    }

    @PreAuthorize("permitAll()")
    public boolean isPublic(long id) {
        return bodies.findById(id).map(Body::isOparlPublic).orElse(false);
    }

    /**
     * The memberships of a published body, without its readers (they only read, they are not members), and with the
     * removed ones marked; nothing for a body that is not published.
     */
    @PreAuthorize("permitAll()")
    public List<PublicMembership> publicMemberships(long bodyId) {
        if (!isPublic(bodyId)) {
            return List.of();
        }
        return memberships.findPublishable(bodyId).stream()
                .map(row -> ((Membership) row[0]).toPublic((String) row[1], (String) row[2])).toList();
    }

    private String parentName(Body body) {
        return body.getParentId() == null ? null : bodies.findNameById(body.getParentId());
    }

    private void checkDates(MembershipData data) {
        if (data.validFrom() != null && data.validTo() != null && data.validTo().isBefore(data.validFrom())) {
            throw new UserFacingException("membership.error.dates");
        }
    }

    private void checkUnique(BodyData data, Long id) {
        if (bodies.existsByNameIgnoreCaseAndIdNot(data.name().strip(), id)) {
            throw new UserFacingException("body.error.duplicate-name", data.name().strip());
        }
        if (bodies.existsByActionPrefixIgnoreCaseAndIdNot(data.actionPrefix().strip(), id)) {
            throw new UserFacingException("body.error.duplicate-prefix", data.actionPrefix().strip());
        }
    }

    /** The parent must be visible to the user and must not be the body itself or one of its descendants. */
    private void checkParent(BodyData data, Long id) {
        if (data.parentId() == null) {
            return;
        }
        access.requireRead(data.parentId());
        var current = data.parentId();
        while (current != null) {
            if (current.equals(id)) {
                throw new UserFacingException("body.error.parent-cycle");
            }
            current = bodies.findById(current).map(Body::getParentId).orElse(null);
        }
    }

    private BodyItem toItem(Body body) {
        var parentName = body.getParentId() == null ? null : bodies.findNameById(body.getParentId());
        return body.toItem(parentName);
    }

    private static RecordRef ref(Body body) {
        return new RecordRef(RecordType.BODY, body.getId(), body.getId(), null);
    }

    private static RecordRef ref(Membership membership) {
        return new RecordRef(RecordType.MEMBERSHIP, membership.getId(), membership.getBodyId(), null);
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
