package de.lenkwerk.paper;

import de.lenkwerk.base.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A task or process step of a matrix, with the roles of each party (stored as letters, see {@link PaperRole}). */
@Entity
@Table(name = "paper_row")
class PaperRow extends AuditedEntity {

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(name = "skey", nullable = false, length = 36)
    private String key;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = PaperData.TASK_MAX)
    private String task;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    @CollectionTable(name = "paper_cell", joinColumns = @JoinColumn(name = "row_id"))
    @MapKeyColumn(name = "party_id")
    @Column(name = "roles", nullable = false, length = 8)
    private Map<Long, String> cells = new HashMap<>();

    protected PaperRow() {
    }

    PaperRow(long sectionId, String key, int sortOrder, String task) {
        this.sectionId = sectionId;
        this.key = key;
        this.sortOrder = sortOrder;
        this.task = task;
    }

    PaperRow copyInto(long sectionId) {
        var copy = new PaperRow(sectionId, key, sortOrder, task);
        copy.cells.putAll(cells);
        return copy;
    }

    void rename(String task) {
        this.task = task;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    void setRoles(long partyId, Set<PaperRole> roles) {
        if (roles.isEmpty()) {
            cells.remove(partyId);
        } else {
            cells.put(partyId, PaperRole.encode(roles));
        }
    }

    Set<PaperRole> roles(long partyId) {
        return PaperRole.decode(cells.get(partyId));
    }

    Map<Long, Set<PaperRole>> roleMap() {
        var result = new LinkedHashMap<Long, Set<PaperRole>>();
        cells.forEach((party, codes) -> result.put(party, PaperRole.decode(codes)));
        return result;
    }

    long getSectionId() { return sectionId; }
    String getKey() { return key; }
    int getSortOrder() { return sortOrder; }
    String getTask() { return task; }
}
