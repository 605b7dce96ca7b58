package de.lenkwerk.oparl;

import de.lenkwerk.body.PublicBody;
import de.lenkwerk.body.PublicMembership;
import de.lenkwerk.organisation.PublicOrganisation;
import de.lenkwerk.organisation.PublicPerson;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What OParl shows of one published body: its memberships (removed ones included, for "deleted"), the people and
 * the organisations of those memberships. A person or organisation whose every membership was removed is deleted.
 */
record PublishedBody(PublicBody body, List<PublicMembership> memberships, Map<Long, PublicPerson> people,
                     Map<Long, PublicOrganisation> organisations) {

    static PublishedBody of(PublicBody body, List<PublicMembership> memberships, List<PublicPerson> people,
                            List<PublicOrganisation> organisations) {
        return new PublishedBody(body, List.copyOf(memberships),
                people.stream().collect(Collectors.toMap(PublicPerson::id, Function.identity())),
                organisations.stream().collect(Collectors.toMap(PublicOrganisation::id, Function.identity())));
    }

    long id() {
        return body.id();
    }

    List<PublicMembership> membershipsOf(long personId) {
        return memberships.stream().filter(m -> m.membership().personId() == personId).toList();
    }

    List<PublicMembership> membershipsFor(long organisationId) {
        return memberships.stream().filter(m -> Objects.equals(m.membership().organisationId(), organisationId))
                .toList();
    }

    List<PublicPerson> peopleInOrder() {
        return people.values().stream().sorted(Comparator.comparing(PublicPerson::id)).toList();
    }

    List<PublicOrganisation> organisationsInOrder() {
        return organisations.values().stream().sorted(Comparator.comparing(PublicOrganisation::id)).toList();
    }

    static boolean allRemoved(List<PublicMembership> memberships) {
        return !memberships.isEmpty() && memberships.stream().allMatch(PublicMembership::isRemoved);
    }

    /** The latest of the record's own time and its memberships' times: a removed membership changes its person. */
    static LocalDateTime latest(LocalDateTime own, List<PublicMembership> memberships) {
        return Stream.concat(Stream.of(own), memberships.stream().map(PublishedBody::modified))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(own);
    }

    static LocalDateTime modified(PublicMembership membership) {
        var modified = membership.modified();
        return membership.removed() != null && (modified == null || membership.removed().isAfter(modified))
                ? membership.removed() : modified;
    }
}
