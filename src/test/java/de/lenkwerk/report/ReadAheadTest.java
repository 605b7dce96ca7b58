package de.lenkwerk.report;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRowArrivesOnceAndInOrderAcrossManyBatches() {
        var rows = 3 * ReadAhead.BATCH + 7;
        ReportContent.RowSource<Integer> source = out -> IntStream.range(0, rows).forEach(out::accept);
        var seen = new ArrayList<Integer>();

        ReadAhead.of(source).forEach(seen::add);

        assertThat(seen).hasSize(rows).isSorted().startsWith(0).endsWith(rows - 1);
    }

    @Test
    void anEmptySourceGivesNoRows() {
        var seen = new ArrayList<Object>();
        ReadAhead.of(out -> { }).forEach(seen::add);
        assertThat(seen).isEmpty();
    }

    @Test
    void theReaderActsAsTheCallerOnAThreadOfItsOwn() {
        var caller = SecurityContextHolder.createEmptyContext();
        caller.setAuthentication(new TestingAuthenticationToken("leser", null));
        SecurityContextHolder.setContext(caller);
        var names = new ArrayList<String>();
        ReportContent.RowSource<String> source = out -> out.accept(
                SecurityContextHolder.getContext().getAuthentication().getName() + "@" + Thread.currentThread().getName());

        ReadAhead.of(source).forEach(names::add);

        assertThat(names).containsExactly("leser@report-read-ahead");
    }

    @Test
    void aFailureWhileReadingReachesTheWriter() {
        ReportContent.RowSource<Integer> source = out -> {
            out.accept(1);
            throw new IllegalStateException("database gone");
        };

        assertThatThrownBy(() -> ReadAhead.of(source).forEach(r -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("database gone");
    }

    @Test
    void whenTheWriterFailsTheReaderStopsInsteadOfReadingOn() throws Exception {
        var produced = new AtomicInteger();
        ReportContent.RowSource<Integer> endless = out -> {
            while (produced.get() < 1_000_000) {
                out.accept(produced.incrementAndGet());
            }
        };

        assertThatThrownBy(() -> ReadAhead.of(endless).forEach(r -> {
            throw new IllegalArgumentException("download cancelled");
        })).hasMessage("download cancelled");
        Thread.sleep(500);
        var afterStop = produced.get();
        Thread.sleep(300);

        assertThat(produced.get()).isEqualTo(afterStop).isLessThan(1_000_000);
    }
}
