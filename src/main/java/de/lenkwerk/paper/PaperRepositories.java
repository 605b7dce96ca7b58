package de.lenkwerk.paper;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PaperRepository extends JpaRepository<Paper, Long> {

    List<Paper> findByBodyIdOrderByTitle(long bodyId);

    @Query("select p from Paper p where :all = true or p.bodyId in :bodyIds or p.id in :paperIds order by p.title")
    List<Paper> findVisible(@Param("all") boolean all, @Param("bodyIds") Collection<Long> bodyIds,
                            @Param("paperIds") Collection<Long> paperIds);
}

interface PaperPartyRepository extends JpaRepository<PaperParty, Long> {

    List<PaperParty> findByPaperIdOrderBySortOrderAscIdAsc(long paperId);

    List<PaperParty> findByPaperIdIn(Collection<Long> paperIds);

    List<PaperParty> findByOrganisationId(long organisationId);
}

interface PaperVersionRepository extends JpaRepository<PaperVersion, Long> {

    List<PaperVersion> findByPaperIdOrderByNumberAsc(long paperId);

    Optional<PaperVersion> findFirstByPaperIdOrderByNumberDesc(long paperId);

    Optional<PaperVersion> findByPaperIdAndNumber(long paperId, int number);

    Optional<PaperVersion> findFirstByPaperIdAndAdoptedTrueOrderByNumberDesc(long paperId);
}

interface PaperSectionRepository extends JpaRepository<PaperSection, Long> {

    List<PaperSection> findByPaperVersionIdOrderBySortOrderAscIdAsc(long paperVersionId);

    Optional<PaperSection> findByPaperVersionIdAndKey(long paperVersionId, String key);
}

interface PaperRowRepository extends JpaRepository<PaperRow, Long> {

    List<PaperRow> findBySectionIdInOrderBySortOrderAscIdAsc(Collection<Long> sectionIds);

    List<PaperRow> findBySectionIdOrderBySortOrderAscIdAsc(long sectionId);

    Optional<PaperRow> findBySectionIdAndKey(long sectionId, String key);
}

interface PartyPersonRepository extends JpaRepository<PaperLinks.PartyPerson, Long> {

    List<PaperLinks.PartyPerson> findByPartyIdIn(Collection<Long> partyIds);

    List<PaperLinks.PartyPerson> findByPersonId(long personId);

    boolean existsByPartyIdAndPersonId(long partyId, long personId);
}

interface AcknowledgementRepository extends JpaRepository<PaperLinks.Acknowledgement, Long> {

    List<PaperLinks.Acknowledgement> findByPaperVersionId(long paperVersionId);

    boolean existsByPaperVersionIdAndPartyIdAndPersonId(long paperVersionId, long partyId, long personId);
}

interface ActionLinkRepository extends JpaRepository<PaperLinks.ActionLink, Long> {

    List<PaperLinks.ActionLink> findByPaperIdOrderByIdAsc(long paperId);
}
