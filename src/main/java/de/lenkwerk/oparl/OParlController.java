package de.lenkwerk.oparl;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Optional;

/**
 * {@code /oparl/v1}: the OParl 1.1 interface of the published bodies, for council information systems and open-data
 * portals. Read only, no sign-in, {@code Access-Control-Allow-Origin: *}. Every address of a body that is not
 * published, or of anything in it, answers 404 exactly like an address that never existed.
 */
@RestController
@RequestMapping(OParlUrls.PREFIX)
class OParlController {

    private static final MediaType JSON = new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8);

    private final OParlService oparl;

    OParlController(OParlService oparl) {
        this.oparl = oparl;
    }

    @GetMapping("/system")
    ResponseEntity<String> system() {
        return ok(oparl.system());
    }

    @GetMapping("/bodies")
    ResponseEntity<String> bodies(@RequestParam Map<String, String> params) {
        return answer(oparl.bodies(OParlFilter.of(params)));
    }

    @GetMapping("/body/{id}")
    ResponseEntity<String> body(@PathVariable String id) {
        return answer(id(id).flatMap(oparl::body));
    }

    @GetMapping("/body/{id}/{list:organizations|people|memberships|meetings|papers|actions}")
    ResponseEntity<String> list(@PathVariable String id, @PathVariable String list,
                                @RequestParam Map<String, String> params) {
        var filter = OParlFilter.of(params);
        return answer(id(id).flatMap(bodyId -> oparl.list(bodyId, list, filter)));
    }

    @GetMapping("/body/{id}/organization/{organisation}")
    ResponseEntity<String> organisation(@PathVariable String id, @PathVariable String organisation) {
        if (OParlUrls.COMMITTEE.equals(organisation)) {
            return answer(id(id).flatMap(oparl::committee));
        }
        return answer(id(id).flatMap(bodyId -> id(organisation).flatMap(org -> oparl.organisation(bodyId, org))));
    }

    @GetMapping("/body/{id}/person/{person}")
    ResponseEntity<String> person(@PathVariable String id, @PathVariable String person) {
        return answer(id(id).flatMap(bodyId -> id(person).flatMap(p -> oparl.person(bodyId, p))));
    }

    @GetMapping("/membership/{id}")
    ResponseEntity<String> membership(@PathVariable String id) {
        return answer(id(id).flatMap(oparl::membership));
    }

    @GetMapping("/meeting/{id}")
    ResponseEntity<String> meeting(@PathVariable String id) {
        return answer(id(id).flatMap(oparl::meeting));
    }

    @GetMapping("/agendaitem/{id}")
    ResponseEntity<String> agendaItem(@PathVariable String id) {
        return answer(id(id).flatMap(oparl::agendaItem));
    }

    @GetMapping("/action/{id}")
    ResponseEntity<String> action(@PathVariable String id) {
        return answer(id(id).flatMap(oparl::action));
    }

    /** Any other address under the interface: a plain 404, never the login page. */
    @GetMapping({"", "/", "/**"})
    ResponseEntity<String> unknown() {
        return notFound();
    }

    @ExceptionHandler(OParlFilter.BadFilterException.class)
    ResponseEntity<String> badFilter(OParlFilter.BadFilterException e) {
        return error(HttpStatus.BAD_REQUEST, "Der Parameter „" + e.parameter()
                + "“ ist ungültig: erwartet wird ein Zeitpunkt nach RFC 3339 (z. B. 2026-12-01T00:00:00+01:00)"
                + " oder bei „page“ eine Seitenzahl ab 1.");
    }

    private ResponseEntity<String> answer(Optional<ObjectNode> node) {
        return node.map(this::ok).orElseGet(this::notFound);
    }

    private ResponseEntity<String> ok(ObjectNode node) {
        return ResponseEntity.ok().headers(headers()).body(oparl.write(node));
    }

    private ResponseEntity<String> notFound() {
        return error(HttpStatus.NOT_FOUND, "Nicht gefunden.");
    }

    private ResponseEntity<String> error(HttpStatus status, String message) {
        var node = oparl.newObject();
        node.put("status", status.value());
        node.put("message", message);
        return ResponseEntity.status(status).headers(headers()).body(oparl.write(node));
    }

    private static HttpHeaders headers() {
        var headers = new HttpHeaders();
        headers.setContentType(JSON);
        headers.setAccessControlAllowOrigin("*");
        return headers;
    }

    private static Optional<Long> id(String text) {
        return text.matches("[1-9]\\d{0,17}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
