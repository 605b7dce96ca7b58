package de.lenkwerk.organisation;

import de.lenkwerk.base.UserFacingException;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Organisations: everyone signed in may read them (they are named on every action); administrators edit. */
@Service
@Validated
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final org.springframework.context.ApplicationEventPublisher events;

    OrganisationService(OrganisationRepository organisations,
                        org.springframework.context.ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    public List<OrganisationItem> search(String filter, Pageable pageable) {
        return organisations.search(normalise(filter), pageable).stream().map(Organisation::toItem).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long count(String filter) {
        return organisations.countSearch(normalise(filter));
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<OrganisationItem> get(long id) {
        return organisations.findById(id).map(Organisation::toItem);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationItem create(@Valid OrganisationData data) {
        if (organisations.existsByNameIgnoreCase(data.name().strip())) {
            throw new UserFacingException("organisation.error.duplicate-name", data.name().strip());
        }
        var saved = organisations.saveAndFlush(new Organisation(data));
        events.publishEvent(de.lenkwerk.base.RecordChanged.created("ORGANISATION", saved.getId(), saved.auditFields()));
        return saved.toItem();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationItem update(long id, long expectedVersion, @Valid OrganisationData data) {
        var organisation = organisations.findById(id)
                .orElseThrow(() -> new UserFacingException("error.record-gone"));
        organisation.checkVersion(expectedVersion);
        if (organisations.existsByNameIgnoreCaseAndIdNot(data.name().strip(), id)) {
            throw new UserFacingException("organisation.error.duplicate-name", data.name().strip());
        }
        var before = organisation.auditFields();
        organisation.apply(data);
        var saved = organisations.saveAndFlush(organisation);
        events.publishEvent(new de.lenkwerk.base.RecordChanged("ORGANISATION", id, before, saved.auditFields()));
        return saved.toItem();
    }

    /** These organisations with their timestamps, for the OParl interface; callers pass those of published bodies. */
    @PreAuthorize("permitAll()")
    public List<PublicOrganisation> publicOrganisations(java.util.Collection<Long> ids) {
        return organisations.findAllById(ids).stream().map(Organisation::toPublic)
                .sorted(java.util.Comparator.comparing(PublicOrganisation::id)).toList();
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
