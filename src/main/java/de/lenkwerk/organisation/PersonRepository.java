package de.lenkwerk.organisation;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "organisation")
    Optional<Person> findWithOrganisationById(Long id);
}
