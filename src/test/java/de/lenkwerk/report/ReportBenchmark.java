package de.lenkwerk.report;

import de.lenkwerk.BenchmarkData;
import de.lenkwerk.OneSecurityContextPerTest;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.security.SystemActor;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test but a benchmark: writes the status report for 20,000 actions and 100,000 measurements and compares
 * it with a bare SXSSF loop writing the same number of cells. Run it with a 256 MB heap to prove the limit:
 *
 * <pre>
 * ./mvnw test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m
 * </pre>
 */
@ExtendWith(OneSecurityContextPerTest.class)
@SpringBootTest(properties = "lenkwerk.traffic-light.refresh-cron=-")
class ReportBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkData.database(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatusReportService reports;
    @Autowired
    ActionService actions;
    @Autowired
    Clock clock;

    @Test
    void reportAgainstABareStreamingLoop() throws Exception {
        var data = new BenchmarkData(jdbc);
        if (!data.present()) {
            data.generate();
            SystemActor.run(actions::refreshAllTrafficLights);
        }
        var request = new StatusReportRequest(ActionFilter.NONE, null, LocalDate.now(clock).minusYears(1), Locale.GERMAN);
        var file = Files.createTempFile("statusbericht", ".xlsx");
        // warm-up, then measure
        SystemActor.run(() -> write(request, file));
        System.gc();
        resetPeaks();
        var start = System.nanoTime();
        SystemActor.run(() -> write(request, file));
        var reportNanos = System.nanoTime() - start;
        var peakHeap = peakHeapBytes();
        var size = Files.size(file);

        var phases = new ArrayList<String>();
        var readNanos = SystemActor.call(() -> {
            var begin = System.nanoTime();
            var content = reports.content(request);
            var rows = new long[1];
            var t0 = System.nanoTime();
            content.actions().forEach(r -> rows[0]++);
            var t1 = System.nanoTime();
            content.indicators().forEach(r -> rows[0]++);
            var t2 = System.nanoTime();
            content.measurements().forEach(r -> rows[0]++);
            var t3 = System.nanoTime();
            content.changes().forEach(r -> rows[0]++);
            var t4 = System.nanoTime();
            phases.add("  reading: selecting the actions %d ms, action rows %d ms, indicators %d ms, measurements %d ms, changes %d ms"
                    .formatted((t0 - begin) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                            (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000));
            return System.nanoTime() - begin;
        });
        var cells = countCells(file);
        bareLoop(cells, file);
        start = System.nanoTime();
        bareLoop(cells, file);
        var bareNanos = System.nanoTime() - start;
        Files.deleteIfExists(file);

        var report = new ArrayList<String>();
        report.add("Lenkwerk status report benchmark, " + LocalDateTime.now(clock).withNano(0) + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        report.add("report: %d actions, %d rows, %d cells, file %.1f MB".formatted(BenchmarkData.ACTIONS, cells.rows(),
                cells.cells(), size / 1024.0 / 1024.0));
        report.add("status report:     %.2f s".formatted(reportNanos / 1e9));
        report.add("bare SXSSF loop:   %.2f s (same rows and cells, constant values)".formatted(bareNanos / 1e9));
        report.add("of the report, reading and preparing the rows from the database: %.2f s".formatted(readNanos / 1e9));
        report.addAll(phases);
        report.add("overhead ratio, whole report / bare loop:        %.2f (target at most 1.5)"
                .formatted((double) reportNanos / bareNanos));
        report.add("overhead ratio, writing only (report - reading) / bare loop: %.2f"
                .formatted((double) (reportNanos - readNanos) / bareNanos));
        report.add("peak heap used while writing (all heap pools, whole JVM): %d MB (target under 256 MB)"
                .formatted(peakHeap / (1024 * 1024)));
        var out = Path.of("target", "benchmarks", "report.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(System.out::println);
        assertThat(cells.rows()).isGreaterThan(BenchmarkData.ACTIONS);
    }

    private void write(StatusReportRequest request, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            reports.write(request, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Cells(int rows, long cells, int[] columnsPerSheet, int[] rowsPerSheet) {
    }

    /** Counts what the report wrote, so the bare loop writes exactly as many rows and cells. */
    private static Cells countCells(Path file) throws Exception {
        // the benchmark's own report is far larger than an upload may be (ExcelListReader's zip guards are global)
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(1L << 31);
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            var reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            var rows = new ArrayList<Integer>();
            var columns = new ArrayList<Integer>();
            long cells = 0;
            while (sheets.hasNext()) {
                try (var in = new java.io.BufferedInputStream(sheets.next())) {
                    // counted while streaming: the sheet's XML as one string does not fit into the 256 MB heap
                    var counts = countTags(in);
                    var rowCount = counts[0];
                    var cellCount = counts[1];
                    rows.add(rowCount);
                    columns.add(rowCount == 0 ? 0 : Math.max(1, cellCount / rowCount));
                    cells += cellCount;
                }
            }
            return new Cells(rows.stream().mapToInt(Integer::intValue).sum(), cells,
                    columns.stream().mapToInt(Integer::intValue).toArray(), rows.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** How many {@code <row } and {@code <c } tags the XML holds, read byte by byte. */
    private static int[] countTags(java.io.InputStream in) throws java.io.IOException {
        int rows = 0;
        int cells = 0;
        int previous2 = -1;
        int previous1 = -1;
        int b;
        // "<row " and "<c ": look at the byte after '<' and the one after that
        while ((b = in.read()) != -1) {
            if (previous2 == '<' && previous1 == 'c' && b == ' ') {
                cells++;
            } else if (previous1 == '<' && b == 'r') {
                in.mark(3);
                if (in.read() == 'o' && in.read() == 'w' && in.read() == ' ') {
                    rows++;
                } else {
                    in.reset();
                }
            }
            previous2 = previous1;
            previous1 = b;
        }
        return new int[] {rows, cells};
    }

    private static void bareLoop(Cells cells, Path file) throws Exception {
        try (var workbook = new SXSSFWorkbook(StatusReportWriter.ROWS_IN_MEMORY); OutputStream out = Files.newOutputStream(file)) {
            for (int s = 0; s < cells.rowsPerSheet().length; s++) {
                var sheet = workbook.createSheet("S" + s);
                for (int r = 0; r < cells.rowsPerSheet()[s]; r++) {
                    var row = sheet.createRow(r);
                    for (int c = 0; c < cells.columnsPerSheet()[s]; c++) {
                        if (c % 2 == 0) {
                            row.createCell(c).setCellValue("Text " + c);
                        } else {
                            row.createCell(c).setCellValue(r + c);
                        }
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static java.util.List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
