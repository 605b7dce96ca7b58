package de.lenkwerk.action.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.EnumSelect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** How an action is measured: from a baseline to a target, with dates and direction. */
class IndicatorForm extends Composite<FormLayout> {

    private final Binder<IndicatorData> binder = new Binder<>(IndicatorData.class);
    final TextField name = new TextField(getTranslation("indicator.name"));
    final TextField unit = new TextField(getTranslation("indicator.unit"));
    final BigDecimalField baseline = new BigDecimalField(getTranslation("indicator.baseline"));
    final DatePicker baselineDate;
    final BigDecimalField target = new BigDecimalField(getTranslation("indicator.target"));
    final DatePicker targetDate;
    final EnumSelect<IndicatorDirection> direction =
            new EnumSelect<>(getTranslation("indicator.direction"), IndicatorDirection.class, false);

    private final transient Clock clock;

    IndicatorForm(Clock clock) {
        this.clock = clock;
        baselineDate = DatePickers.create(getTranslation("indicator.baseline-date"), clock);
        targetDate = DatePickers.create(getTranslation("indicator.target-date"), clock);
        name.setId("indicator-name");
        target.setId("indicator-target");
        name.setMaxLength(IndicatorData.NAME_MAX);
        unit.setMaxLength(IndicatorData.UNIT_MAX);
        var required = getTranslation("validation.required");
        binder.forField(name).asRequired(required)
                .withValidator(new StringLengthValidator(getTranslation("validation.max-length", IndicatorData.NAME_MAX), 0,
                        IndicatorData.NAME_MAX))
                .bind("name");
        binder.forField(unit).asRequired(required).bind("unit");
        binder.forField(baseline).asRequired(getTranslation("validation.number")).bind("baselineValue");
        binder.forField(baselineDate).asRequired(getTranslation("validation.date")).bind("baselineDate");
        binder.forField(target).asRequired(getTranslation("validation.number")).bind("targetValue");
        binder.forField(targetDate).asRequired(getTranslation("validation.date"))
                .withValidator(d -> baselineDate.getValue() == null || d.isAfter(baselineDate.getValue()),
                        getTranslation("indicator.error.dates"))
                .bind("targetDate");
        binder.forField(direction).asRequired(required).bind("direction");
        var layout = getContent();
        layout.add(name, unit, baseline, baselineDate, target, targetDate, direction);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        read(null);
    }

    void read(IndicatorData data) {
        if (data == null) {
            binder.readRecord(new IndicatorData("", "", java.math.BigDecimal.ZERO, LocalDate.now(clock), null,
                    LocalDate.now(clock).plusMonths(6), IndicatorDirection.UP));
            name.clear();
            unit.clear();
            target.clear();
        } else {
            binder.readRecord(data);
        }
    }

    /** True when the user typed anything that asks for an indicator (the first indicator is optional). */
    boolean isTouched() {
        return !name.isEmpty() || !unit.isEmpty() || target.getValue() != null;
    }

    Optional<IndicatorData> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }
}
