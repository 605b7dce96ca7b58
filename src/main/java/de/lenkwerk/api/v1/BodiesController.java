package de.lenkwerk.api.v1;

import de.lenkwerk.body.BodyService;
import de.lenkwerk.meeting.MeetingService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bodies (Gremien) the caller may see, their members and their meetings. */
@RestController
@Tag(name = "bodies", description = "Bodies (Gremien), their memberships and meetings")
class BodiesController {

    private final BodyService bodies;
    private final MeetingService meetings;

    BodiesController(BodyService bodies, MeetingService meetings) {
        this.bodies = bodies;
        this.meetings = meetings;
    }

    @GetMapping(ApiV1.BASE + "/bodies")
    @Operation(summary = "The bodies the caller may see, by name; q searches name and short name")
    PageDto<BodyDto> list(@RequestParam(required = false) String q,
                          @RequestParam(defaultValue = "false") boolean archived,
                          @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        return PageDto.of(bodies.search(q, archived, paging.pageable()).stream().map(BodyDto::of).toList(), paging,
                bodies.count(q, archived));
    }

    @GetMapping(ApiV1.BASE + "/bodies/{id}")
    @Operation(summary = "One body; 404 if it does not exist or the caller may not see it")
    ResponseEntity<BodyDto> get(@PathVariable long id) {
        var body = bodies.get(id);
        return ResponseEntity.ok().headers(ETags.header(body.version())).body(BodyDto.of(body));
    }

    @GetMapping(ApiV1.BASE + "/bodies/{id}/memberships")
    @Operation(summary = "The memberships of a body, current and past")
    PageDto<MembershipDto> memberships(@PathVariable long id, @RequestParam(required = false) Integer page,
                                       @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        return PageDto.of(bodies.members(id, paging.pageable()).stream().map(MembershipDto::of).toList(), paging,
                bodies.countMembers(id));
    }

    @GetMapping(ApiV1.BASE + "/bodies/{id}/meetings")
    @Operation(summary = "The meetings of a body, newest first")
    PageDto<MeetingDto> meetings(@PathVariable long id, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        return PageDto.of(meetings.forBody(id, paging.pageable()).stream().map(MeetingDto::of).toList(), paging,
                meetings.countForBody(id));
    }
}
