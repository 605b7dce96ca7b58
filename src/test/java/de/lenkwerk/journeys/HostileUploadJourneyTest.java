package de.lenkwerk.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.lenkwerk.HostileCorpus;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19 in Chromium: raw posts of 64 MB and 400 MB to the import's upload address leave the heap bounded, a 6 MB
 * file gets "zu groß", a long list is read in the background with a progress bar and can be cancelled, and a list
 * of 600 rows with hostile titles shows in the lazy preview as literal text: no dialog, no injected element.
 */
class HostileUploadJourneyTest extends BrowserJourney {

    private static final long MAX_HEAP_GROWTH_MB = 256;

    @Test
    void hostileUploadsAreRefusedOrShownAsTextAndTheServerStaysWell() throws Exception {
        var page = browser.newPage();
        var dialogs = new ArrayList<String>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        signIn(page, "geschaeftsstelle");
        page.navigate(url("/gremien"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("AG Sprachförderung und Qualifizierung Dresden")).first().click();
        page.getByText("Excel importieren").click();
        assertThat(page.locator("h1")).containsText("Maßnahmen aus Excel importieren");

        var target = page.locator("vaadin-upload").evaluate("u => new URL(u.target, document.baseURI).href").toString();
        var cookies = page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        var figures = new ArrayList<String>();
        figures.add(rawPost(target, cookies, 64, true));
        figures.add(rawPost(target, cookies, 400, false));
        System.out.println("[hostile upload journey] " + figures);

        var big = Files.createTempFile("sechs", ".xlsx");
        Files.write(big, new byte[6 * 1024 * 1024]);
        page.setInputFiles("vaadin-upload input[type=file]", big);
        assertThat(page.locator(".lw-form-errors")).containsText("zu groß");
        BrowserSession.screenshot(page, "90-import-zu-gross");

        // a long list: read in the background, with a progress bar that can cancel it
        // every row names another (unknown) owner, so that each is looked up: long enough to press the button
        var long_ = list(5_000, List.of(), true);
        page.setInputFiles("vaadin-upload input[type=file]", long_);
        page.locator("#import-cancel").click();
        assertThat(page.locator(".lw-form-errors")).containsText("abgebrochen");
        assertThat(page.locator("#import-progress")).isHidden();
        BrowserSession.screenshot(page, "91-import-abgebrochen");

        var hostile = list(600, HostileCorpus.VALUES.stream().filter(v -> v.strip().length() <= 300).toList(), false);
        page.setInputFiles("vaadin-upload input[type=file]", hostile);
        assertThat(page.getByText("Neu: 600 · Geändert: 0 · Unverändert: 0 · Fehler: 0")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        var grid = page.locator("#import-grid");
        assertThat(grid).containsText(HostileCorpus.SCRIPT);
        assertThat(grid).containsText(HostileCorpus.IMAGE);
        grid.evaluate("g => g.scrollToIndex(599)");
        assertThat(grid).containsText("Zeile 600");
        BrowserSession.screenshot(page, "92-import-600-zeilen");

        assertThat(page.getByText("Etwas ist schiefgegangen")).hasCount(0);
        assertThat(page.locator("img[src='x'], svg[onload]")).hasCount(0);
        assertThat(page.evaluate("() => window.lwHacked === undefined")).isEqualTo(true);
        assertThat(dialogs).isEmpty();
        for (var file : List.of(big, long_, hostile)) {
            Files.deleteIfExists(file);
        }
        page.context().close();
    }

    /** A list in the demo's body: every row valid, the hostile titles first, then "Zeile n". */
    private static Path list(int rows, List<String> titles, boolean unknownOwners) throws IOException {
        var file = Files.createTempFile("liste", ".xlsx");
        try (var workbook = new XSSFWorkbook(); var out = new FileOutputStream(file.toFile())) {
            var sheet = workbook.createSheet("Liste");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Titel");
            header.createCell(1).setCellValue("Verantwortlich");
            header.createCell(2).setCellValue("Frist");
            for (int i = 1; i <= rows; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue(i <= titles.size() ? titles.get(i - 1) : "Zeile " + i);
                row.createCell(1).setCellValue(unknownOwners ? "Unbekannte Person " + i : "Markus Lehmann");
                row.createCell(2).setCellValue("31.03.2027");
            }
            workbook.write(out);
        }
        return file;
    }

    /**
     * Posts {@code megabytes} of zeros to the upload address as Vaadin's upload does (the raw body), with or without
     * a Content-Length, and returns the time and the growth of the heap's peak while it ran (the whole JVM, server
     * and this client, which reuses one small buffer).
     */
    private static String rawPost(String target, String cookies, int megabytes, boolean withLength) throws Exception {
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        long before = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long size = megabytes * 1024L * 1024L;
        var body = withLength
                ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(size)), size)
                : HttpRequest.BodyPublishers.ofInputStream(() -> zeros(size));
        var request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookies).header("Content-Type", "application/octet-stream")
                .header("X-Filename", "gross.xlsx").POST(body).build();
        String outcome;
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            outcome = "HTTP " + response.statusCode() + " " + response.body();
            assertThat(response.statusCode()).as(outcome).isNotEqualTo(200);
        } catch (IOException e) {
            // the server stopped reading and closed the connection: the client could not send the rest
            outcome = "connection closed by the server (" + e.getClass().getSimpleName() + ")";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long growth = (pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before) / (1024 * 1024);
        var figure = "%d MB raw post%s: %s, %d ms, peak heap +%d MB".formatted(megabytes,
                withLength ? " with Content-Length" : " chunked", outcome, millis, Math.max(0, growth));
        assertThat(growth).as(figure).isLessThan(MAX_HEAP_GROWTH_MB);
        assertThat(millis).as(figure).isLessThan(60_000);
        return figure;
    }

    private static InputStream zeros(long size) {
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
