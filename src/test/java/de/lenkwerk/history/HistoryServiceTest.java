package de.lenkwerk.history;

import de.lenkwerk.LenkwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** History is written inside the caller's transaction; each test runs in one that is rolled back. */
@LenkwerkTest
@Transactional
class HistoryServiceTest {

    @Autowired
    HistoryService history;

    @Test
    @WithUserDetails("geschaeftsstelle")
    void aNewRecordListsOnlyTheFieldsItFillsNotEmptyBeforeAndAfter() {
        // an id no demo action has, so only this test's entries are read back
        var actionId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        history.recordCreated(new RecordRef(RecordType.ACTION, actionId, null, actionId), new Snapshot()
                .put("action.title", "Lotsendienst")
                .put("action.contributors", List.of())
                .put("action.description", "")
                .put("action.deputy", null));

        var entries = history.forAction(actionId, PageRequest.of(0, 10));
        assertThat(entries).extracting(HistoryEntry::field).containsExactly("action.title");
    }

    @Test
    @WithUserDetails("geschaeftsstelle")
    void emptyingAFieldIsStillAChange() {
        var actionId = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        var ref = new RecordRef(RecordType.ACTION, actionId, null, actionId);
        history.recordChanges(ref, new Snapshot().put("action.contributors", List.of("Jobcenter")),
                new Snapshot().put("action.contributors", List.of()));

        assertThat(history.forAction(actionId, PageRequest.of(0, 10))).singleElement()
                .satisfies(e -> assertThat(e.oldValue()).isEqualTo("Jobcenter"));
    }
}
