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

    PersonService(PersonRepository people, OrganisationRepository organisations,
                  ObjectProvider<PeopleWithoutAccess> withoutAccess) {
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
        return people.saveAndFlush(new Person(data, organisation(data))).toItem();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public PersonItem update(long id, @Valid PersonData data) {
        var person = people.findWithOrganisationById(id).orElseThrow(() -> new UserFacingException("error.record-gone"));
        person.apply(data, organisation(data));
        return people.saveAndFlush(person).toItem();
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
