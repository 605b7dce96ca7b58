package de.lenkwerk.report;

import de.lenkwerk.action.ActionFilterParams;
import de.lenkwerk.base.RecordNotFoundException;
import de.lenkwerk.base.SupportedLocales;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /statusbericht?gremium=3&ampel=RED…} downloads the report for the same filter as the actions list
 * ({@code sitzung=7} for a meeting's report, {@code seit} for the changes, {@code sprache=en}). A plain download
 * request: the browser shows its progress and the application stays usable meanwhile.
 */
@Controller
class StatusReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Logger log = LoggerFactory.getLogger(StatusReportController.class);

    private final StatusReportService reports;

    StatusReportController(StatusReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/statusbericht")
    void download(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        var locale = SupportedLocales.resolve(ActionFilterParams.value(params, "sprache").orElse("de"));
        var request = new StatusReportRequest(ActionFilterParams.fromParams(params), ActionFilterParams.id(params, "sitzung"),
                ActionFilterParams.date(params, "seit"), locale);
        var name = reports.fileName(request);
        var started = System.nanoTime();
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        reports.write(request, response.getOutputStream());
        log.info("Status report {} written in {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }

    @ExceptionHandler(RecordNotFoundException.class)
    @ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    void notFound() {
        // same answer as for an unknown address: nothing reveals that the body exists
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
    void forbidden() {
        // not signed in, or not allowed
    }
}
