package de.lenkwerk.action;

import de.lenkwerk.ServiceTest;
import de.lenkwerk.TestData;
import de.lenkwerk.body.MembershipRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secretaries capturing at the same moment, the first numbers of a body's year included: every capture is saved
 * and gets a number of its own (H2 and PostgreSQL alike, {@code -Ppostgres}).
 */
@ServiceTest
class ActionNumberingConcurrencyTest {

    private static final int CAPTURES = 20;

    @Autowired
    ActionService actions;
    @Autowired
    TestData fixture;

    @Test
    void twentyCapturesStartingANewBodysYearAtOnceAllGetDistinctNumbers() throws Exception {
        var today = fixture.today();
        var committee = fixture.committee("Parallelgremium", MembershipRole.SECRETARIAT);
        var body = committee.body();
        var secretariat = committee.secretariat();
        // The secretariat owns the captures itself: nobody is told, so no mail goes out after a commit. The mailer
        // takes a second connection while the committed one is still held, and 20 of them at once would drain the
        // pool of 10 (the service context has a mail server set, the demo context has none).
        var ownerId = secretariat.personId();
        var start = new CountDownLatch(1);

        var results = new ArrayList<Future<String>>();
        try (var pool = Executors.newFixedThreadPool(CAPTURES)) {
            for (int i = 0; i < CAPTURES; i++) {
                var title = "Gleichzeitig " + i;
                // Each thread signs in before the start, so that only the captures themselves run at once.
                results.add(pool.submit(() -> fixture.as(secretariat, () -> {
                    awaitQuietly(start);
                    return actions.create(body.id(), new ActionData(title, null, ownerId, null, null, Set.of(),
                            null, today.plusDays(30), ActionStatus.PLANNED, 0, null, null, null, null),
                            null).number();
                })));
            }
            start.countDown();
        }

        var numbers = new ArrayList<String>();
        for (var result : results) {
            numbers.add(result.get());
        }
        var prefix = body.actionPrefix() + "-" + today.getYear() + "-";
        assertThat(numbers).doesNotHaveDuplicates().hasSize(CAPTURES)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CAPTURES)
                        .mapToObj(n -> prefix + "%02d".formatted(n)).toList());
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the start", e);
        }
    }
}
