package de.lenkwerk.action.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import de.lenkwerk.action.IndicatorAggregation;
import de.lenkwerk.action.IndicatorBreakdown;
import de.lenkwerk.action.IndicatorData;
import de.lenkwerk.action.IndicatorDirection;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.EnumSelect;
import de.lenkwerk.organisation.OrganisationItem;
import de.lenkwerk.organisation.OrganisationService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an action is measured: from a baseline to a target, with dates and direction. The full form (on the action's
 * indicator tab) also says how values add up, how the indicator is broken down and which milestones it has; the
 * compact one (a new action's first indicator) leaves those at their defaults.
 */
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
    final EnumSelect<IndicatorAggregation> aggregation =
            new EnumSelect<>(getTranslation("indicator.aggregation"), IndicatorAggregation.class, false);
    final EnumSelect<IndicatorBreakdown> breakdown =
            new EnumSelect<>(getTranslation("indicator.breakdown"), IndicatorBreakdown.class, false);
    /** The categories as a comma-separated list; for a breakdown by organisation filled from the picker. */
    final TextField categories = new TextField(getTranslation("indicator.categories"));
    final MultiSelectComboBox<OrganisationItem> organisations =
            new MultiSelectComboBox<>(getTranslation("indicator.categories.organisations"));
    final MilestonesField milestones;

    private final transient Clock clock;

    IndicatorForm(Clock clock) {
        this(clock, null);
    }

    IndicatorForm(Clock clock, OrganisationService organisationService) {
        this.clock = clock;
        var full = organisationService != null;
        baselineDate = DatePickers.create(getTranslation("indicator.baseline-date"), clock);
        targetDate = DatePickers.create(getTranslation("indicator.target-date"), clock);
        milestones = new MilestonesField(getTranslation("indicator.milestones"), clock);
        name.setId("indicator-name");
        unit.setId("indicator-unit");
        target.setId("indicator-target");
        baseline.setId("indicator-baseline");
        aggregation.setId("indicator-aggregation");
        breakdown.setId("indicator-breakdown");
        categories.setId("indicator-categories");
        name.setMaxLength(IndicatorData.NAME_MAX);
        unit.setMaxLength(IndicatorData.UNIT_MAX);
        aggregation.setHelperText(getTranslation("indicator.aggregation.help"));
        categories.setHelperText(getTranslation("indicator.categories.help"));
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
        binder.forField(aggregation).asRequired(required).bind("aggregation");
        binder.forField(breakdown).asRequired(required).bind("breakdown");
        binder.forField(categories)
                .withValidator(text -> breakdown.getValue() == IndicatorBreakdown.NONE || !split(text).isEmpty(),
                        getTranslation("indicator.error.no-categories"))
                .withConverter(new CategoryList()).bind("categories");
        binder.forField(milestones)
                .withValidator(m -> !milestones.hasIncompleteRow(), getTranslation("indicator.error.milestone-incomplete"))
                .withValidator(list -> list.stream().allMatch(m -> baselineDate.getValue() == null
                                || targetDate.getValue() == null || m.dueOn().isAfter(baselineDate.getValue())
                                && m.dueOn().isBefore(targetDate.getValue())),
                        getTranslation("indicator.error.milestone-date"))
                .bind("milestones");
        var layout = getContent();
        layout.add(name, unit, baseline, baselineDate, target, targetDate, direction);
        if (full) {
            organisations.setItemsPageable((p, filter) -> organisationService.search(filter, p),
                    (p, filter) -> organisationService.count(filter));
            organisations.setItemLabelGenerator(OrganisationItem::shortName);
            organisations.setId("indicator-organisations");
            organisations.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    categories.setValue(e.getValue().stream().map(OrganisationItem::shortName).sorted()
                            .collect(Collectors.joining(", ")));
                }
            });
            breakdown.addValueChangeListener(e -> showBreakdown());
            layout.add(aggregation, breakdown, organisations, categories, milestones);
            layout.setColspan(categories, 2);
            layout.setColspan(milestones, 2);
        }
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        read(null);
    }

    private void showBreakdown() {
        var kind = breakdown.getValue();
        organisations.setVisible(kind == IndicatorBreakdown.ORGANISATION);
        categories.setVisible(kind != null && kind != IndicatorBreakdown.NONE);
        categories.setReadOnly(kind == IndicatorBreakdown.ORGANISATION);
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
        showBreakdown();
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

    static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static final class CategoryList implements Converter<String, List<String>> {

        @Override
        public Result<List<String>> convertToModel(String text, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(split(text));
        }

        @Override
        public String convertToPresentation(List<String> list, com.vaadin.flow.data.binder.ValueContext context) {
            return list == null ? "" : String.join(", ", list);
        }
    }
}
