package de.lenkwerk.api.v1;

import de.lenkwerk.action.IndicatorService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "indicators", description = "Indicators of actions and their measurements")
class IndicatorsController {

    private final IndicatorService indicators;

    IndicatorsController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GetMapping(ApiV1.BASE + "/actions/{actionId}/indicators")
    @Operation(summary = "The indicators of an action, with their latest value and achievement")
    List<IndicatorDto> forAction(@PathVariable long actionId) {
        return indicators.forAction(actionId).stream().map(IndicatorDto::of).toList();
    }

    @GetMapping(ApiV1.BASE + "/indicators/{id}/measurements")
    @Operation(summary = "The measurements of an indicator, latest first")
    List<MeasurementDto> measurements(@PathVariable long id, @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        var paging = Paging.of(page, size);
        return indicators.measurements(id, paging.pageable()).stream().map(MeasurementDto::of).toList();
    }

    @PostMapping(ApiV1.BASE + "/indicators/{id}/measurements")
    @Operation(summary = "Adds a measured value (owner, deputy or secretariat); If-Match names the indicator's "
            + "version; the answer is the indicator with its new latest value and ETag")
    ResponseEntity<IndicatorDto> addMeasurement(@PathVariable long id,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                String ifMatch,
                                                @Valid @RequestBody MeasurementWrite measurement) {
        var version = ETags.expectedVersion(ifMatch);
        var indicator = indicators.addMeasurement(id, version, measurement.toData());
        return ResponseEntity.status(HttpStatus.CREATED).headers(ETags.header(indicator.version()))
                .body(IndicatorDto.of(indicator));
    }
}
