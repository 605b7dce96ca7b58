package de.lenkwerk.api.v1;

import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.ActionFilter;
import de.lenkwerk.action.ActionService;
import de.lenkwerk.action.ActionStatus;
import de.lenkwerk.action.Rag;
import de.lenkwerk.base.Translations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Actions through the same service and scope as the actions list: the same filters, the same visibility, the same
 * rights. Writes name the version they were based on in If-Match.
 */
@RestController
@Tag(name = "actions", description = "Agreed actions, their progress updates; the same filters as the actions list")
class ActionsController {

    static final Set<String> SORTABLE = Set.of("number", "title", "body", "owner", "deadline", "status", "progress",
            "rag");

    private final ActionService actions;
    private final ApiProblems problems;

    ActionsController(ActionService actions, ApiProblems problems) {
        this.actions = actions;
        this.problems = problems;
    }

    @GetMapping(ApiV1.BASE + "/actions")
    @Operation(summary = "The actions the caller may see, filtered as in the actions list, paged and sorted",
            parameters = @Parameter(name = "sort", in = ParameterIn.QUERY, array = @ArraySchema(schema = @Schema(
                    type = "string")), description = "property[,asc|desc], repeatable: number, title, body, owner, "
                    + "deadline, status, progress, rag"))
    PageDto<ActionSummaryDto> list(
            @Parameter(description = "only this body's actions") @RequestParam(required = false) Long bodyId,
            @Parameter(description = "owned by this organisation or with it contributing")
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) Long ownerPersonId,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) Rag rag,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
            @Parameter(description = "words in number, title or description") @RequestParam(required = false) String q,
            @Parameter(description = "only the caller's own actions (owner or deputy)")
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Long meetingId,
            @Parameter(description = "a dashboard figure: OPEN, OVERDUE, DUE_SOON (14 days), DONE_RECENTLY (90 days)")
            @RequestParam(required = false) ActionFilter.Scope selection,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            HttpServletRequest request) {
        var filter = new ActionFilter(bodyId, organisationId, ownerPersonId, status, rag, deadlineFrom, deadlineTo, q,
                mine, meetingId, selection);
        // read raw: Spring would split "deadline,desc" into two values
        var sort = request.getParameterValues("sort");
        var paging = Paging.of(page, size, sort == null ? List.of() : List.of(sort), SORTABLE);
        return PageDto.of(actions.list(filter, paging.pageable()).stream().map(ActionSummaryDto::of).toList(), paging,
                actions.count(filter));
    }

    @GetMapping(ApiV1.BASE + "/actions/{id}")
    @Operation(summary = "One action with its live traffic light; the ETag is its version")
    ResponseEntity<ActionDto> get(@PathVariable long id, HttpServletRequest request) {
        return ok(actions.get(id), request, HttpStatus.OK);
    }

    @PostMapping(ApiV1.BASE + "/bodies/{bodyId}/actions")
    @Operation(summary = "Records a new action in a body (its secretariat only); it gets the body's next number")
    ResponseEntity<ActionDto> create(@PathVariable long bodyId, @Valid @RequestBody ActionWrite action,
                                     HttpServletRequest request) {
        var created = actions.create(bodyId, action.toData(), null);
        return ResponseEntity.created(URI.create(ApiV1.BASE + "/actions/" + created.id()))
                .headers(ETags.header(created.version())).body(dto(created, request));
    }

    @PutMapping(ApiV1.BASE + "/actions/{id}")
    @Operation(summary = "Replaces what was agreed (secretariat only); If-Match must name the version it is based on")
    ResponseEntity<ActionDto> update(@PathVariable long id,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody ActionWrite action, HttpServletRequest request) {
        var version = ETags.expectedVersion(ifMatch);
        return ok(actions.update(id, version, action.toData()), request, HttpStatus.OK);
    }

    @GetMapping(ApiV1.BASE + "/actions/{id}/progress-updates")
    @Operation(summary = "The progress updates of an action, newest first")
    List<ProgressUpdateDto> progressUpdates(@PathVariable long id, @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        return actions.timeline(id, paging.pageable()).stream().map(ProgressUpdateDto::of).toList();
    }

    @PostMapping(ApiV1.BASE + "/actions/{id}/progress-updates")
    @Operation(summary = "Reports progress (owner, deputy or secretariat); If-Match names the action's version")
    ResponseEntity<ActionDto> addProgressUpdate(@PathVariable long id,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch,
                                                @Valid @RequestBody ProgressUpdateWrite update,
                                                HttpServletRequest request) {
        var version = ETags.expectedVersion(ifMatch);
        return ok(actions.report(id, version, update.toReport()), request, HttpStatus.CREATED);
    }

    private ResponseEntity<ActionDto> ok(ActionDetail detail, HttpServletRequest request, HttpStatus status) {
        return ResponseEntity.status(status).headers(ETags.header(detail.version())).body(dto(detail, request));
    }

    private ActionDto dto(ActionDetail detail, HttpServletRequest request) {
        var locale = problems.locale(request);
        var reasons = detail.trafficLight().reasons().stream()
                .map(r -> problems.text(locale, r.key(),
                        Translations.storedArguments(problems.text(locale, r.key()), r.args())))
                .toList();
        return ActionDto.of(detail, reasons);
    }
}
