package de.lenkwerk.organisation;

import de.lenkwerk.base.UserFacingException;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Optional;

/** People who act for organisations: members of bodies, owners of actions, users. */
@Service
@Validated
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final ObjectProvider<PeopleWithoutAccess> withoutAccess;
    private final org.springframework.context.ApplicationEventPublisher events;

    PersonService(PersonRepository people, OrganisationRepository organisations,
                  ObjectProvider<PeopleWithoutAccess> withoutAccess,
                  org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.organisations = organisations;
        this.withoutAccess = withoutAccess;
    }

    /** Which of these people cannot sign in ("ohne Zugang"); that someone has an account is no secret. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<Long> withoutAccess(java.util.Collection<Long> personIds) {
        var provider = withoutAccess.getIfAvailable();
        return provider == null || personIds.isEmpty() ? java.util.Set.of() : provider.of(personIds);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PersonItem> get(long id) {
        return people.findWithOrganisationById(id).map(Person::toItem);
    }

    /** Finds people by name or organisation, e.g. to pick an owner; the list is a directory, not a secret. */
    @PreAuthorize("isAuthenticated()")
    public List<PersonItem> search(String filter, Pageable pageable) {
        return people.search(normalise(filter), pageable).stream().map(Person::toItem).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(String filter) {
        return people.countSearch(normalise(filter));
    }

    /** Administrators add people with accounts; secretariats add members and owners (their services check which). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public PersonItem create(@Valid PersonData data) {
        var saved = people.saveAndFlush(new Person(data, organisation(data)));
        events.publishEvent(de.lenkwerk.base.RecordChanged.created("PERSON", saved.getId(), saved.auditFields()));
        return saved.toItem();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PersonItem update(long id, @Valid PersonData data) {
        var person = people.findWithOrganisationById(id).orElseThrow(() -> new UserFacingException("error.record-gone"));
        var before = person.auditFields();
        person.apply(data, organisation(data));
        var saved = people.saveAndFlush(person);
        events.publishEvent(new de.lenkwerk.base.RecordChanged("PERSON", id, before, saved.auditFields()));
        return saved.toItem();
    }

    /** Whether the person agreed to show their e-mail address on the OParl interface. */
    @PreAuthorize("isAuthenticated()")
    public boolean isEmailPublic(long personId) {
        return people.findById(personId).map(Person::isEmailPublic).orElse(false);
    }

    /**
     * Records the person's consent to show their e-mail address on the OParl interface, or its withdrawal. The
     * consent is the person's own: callers pass the signed-in person (the OParl profile card does).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setEmailPublic(long personId, boolean emailPublic) {
        var person = people.findById(personId).orElseThrow(() -> new UserFacingException("error.record-gone"));
        var before = person.auditFields();
        person.setEmailPublic(emailPublic);
        people.saveAndFlush(person);
        events.publishEvent(new de.lenkwerk.base.RecordChanged("PERSON", personId, before, person.auditFields()));
    }

    /**
     * These people as the OParl interface shows them: the e-mail address only with their consent. Anyone may ask;
     * callers pass the members of published bodies only.
     */
    @PreAuthorize("permitAll()")
    public List<PublicPerson> publicPeople(java.util.Collection<Long> ids) {
        return people.findAllById(ids).stream().map(Person::toPublic)
                .sorted(java.util.Comparator.comparing(PublicPerson::id)).toList();
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private Organisation organisation(PersonData data) {
        if (data.organisationId() == null) {
            return null;
        }
        return organisations.findById(data.organisationId())
                .orElseThrow(() -> new UserFacingException("organisation.error.unknown"));
    }
}
