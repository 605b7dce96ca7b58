package de.lenkwerk.api.v1;

import de.lenkwerk.meeting.MeetingService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "meetings", description = "Meetings with their agenda items")
class MeetingsController {

    private final MeetingService meetings;

    MeetingsController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping(ApiV1.BASE + "/meetings/{id}")
    @Operation(summary = "One meeting with its agenda items (TOP 1, TOP 2 …)")
    ResponseEntity<MeetingWithAgendaDto> get(@PathVariable long id) {
        var meeting = meetings.get(id);
        return ResponseEntity.ok().headers(ETags.header(meeting.version()))
                .body(MeetingWithAgendaDto.of(meeting, meetings.agenda(id)));
    }
}
