package de.lenkwerk.api.v1;

import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;
import de.lenkwerk.report.StatusReportRequest;
import de.lenkwerk.report.StatusReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The Excel status report for the same filters as {@code GET /actions}, written by the report module. */
@RestController
@Tag(name = "report", description = "The status report (Statusbericht) as xlsx")
class StatusReportApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatusReportService reports;
    private final ApiProblems problems;

    StatusReportApiController(StatusReportService reports, ApiProblems problems) {
        this.reports = reports;
        this.problems = problems;
    }

    @GetMapping(value = ApiV1.BASE + "/status-report", produces = XLSX)
    @Operation(summary = "The status report of the actions a filter selects (as GET /actions), or of a meeting; "
            + "in the language of Accept-Language",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX,
                    schema = @Schema(type = "string", format = "binary"))))
    void report(@RequestParam(required = false) Long bodyId, @RequestParam(required = false) Long organisationId,
                @RequestParam(required = false) Long ownerPersonId, @RequestParam(required = false) ActionStatus status,
                @RequestParam(required = false) Rag rag,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean mine,
                @RequestParam(required = false) Long meetingId,
                @RequestParam(required = false) ActionFilter.Scope selection,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate changesSince,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        var filter = new ActionFilter(bodyId, organisationId, ownerPersonId, status, rag, deadlineFrom, deadlineTo, q,
                mine, null, selection);
        var report = new StatusReportRequest(filter, meetingId, changesSince, problems.locale(request));
        // the name first: it checks that the body or meeting is there for the caller before anything is written
        var name = reports.fileName(report);
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        reports.write(report, response.getOutputStream());
    }
}
