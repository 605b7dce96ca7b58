package de.lenkwerk.organisation;

import de.lenkwerk.base.UserFacingException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.Optional;

/** People who act for organisations. For now only administrators maintain them, together with user accounts. */
@Service
@Validated
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository people;
    private final OrganisationRepository organisations;

    PersonService(PersonRepository people, OrganisationRepository organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PersonItem> get(long id) {
        return people.findWithOrganisationById(id).map(Person::toItem);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
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

    private Organisation organisation(PersonData data) {
        if (data.organisationId() == null) {
            return null;
        }
        return organisations.findById(data.organisationId())
                .orElseThrow(() -> new UserFacingException("organisation.error.unknown"));
    }
}
