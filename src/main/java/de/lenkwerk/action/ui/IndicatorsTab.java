package de.lenkwerk.action.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import de.lenkwerk.action.ActionDetail;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.IndicatorService;
import de.lenkwerk.action.MeasurementData;
import de.lenkwerk.action.MeasurementItem;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.DatePickers;
import de.lenkwerk.base.ui.FormErrors;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.base.ui.Notifications;
import de.lenkwerk.organisation.OrganisationService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Indicators with achievement, plan status and forecast; choosing one shows its trajectory, its breakdown per
 * category, its measurements and the form to report one (a value per category for a broken-down indicator).
 */
class IndicatorsTab extends Div {

    final Grid<IndicatorItem> grid = new Grid<>();
    final Grid<MeasurementItem> measurementGrid = new Grid<>();
    final DatePicker date;
    final BigDecimalField value = new BigDecimalField(getTranslation("measurement.value"));
    final TextField comment = new TextField(getTranslation("measurement.comment"));
    final List<BigDecimalField> categoryValues = new ArrayList<>();
    final FormErrors errors = new FormErrors();
    final Button report;
    private final Div measurements = new Div();
    private final transient Clock clock;
    private final transient OrganisationService organisations;
    /** The indicator whose card is shown: the report goes to it, whatever the grid's selection does meanwhile. */
    IndicatorItem shown;

    IndicatorsTab(ActionView view, ActionDetail action, IndicatorService indicators, OrganisationService organisations,
                  Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        date = DatePickers.compact(getTranslation("measurement.date"), clock);
        date.setId("measurement-date");
        addClassName("lw-section");
        var locale = UI.getCurrent().getLocale();
        // long names and labels wrap rather than being cut off at the card's edge
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IndicatorItem::name).setHeader(getTranslation("indicator.name")).setWidth("10em").setFlexGrow(3);
        grid.addColumn(i -> Formats.number(i.baselineValue(), locale) + " " + i.unit())
                .setHeader(getTranslation("indicator.baseline")).setAutoWidth(true);
        grid.addColumn(i -> Formats.number(i.targetValue(), locale) + " " + i.unit() + " · " + Formats.date(i.targetDate(), locale))
                .setHeader(getTranslation("indicator.target")).setAutoWidth(true);
        grid.addColumn(i -> i.latestValue() == null ? getTranslation("none")
                        : Formats.number(i.latestValue(), locale) + " " + i.unit() + " · " + Formats.date(i.latestDate(), locale))
                .setHeader(getTranslation("indicator.current")).setAutoWidth(true);
        grid.addColumn(i -> i.achievementPercent() + " %").setHeader(getTranslation("indicator.achievement")).setAutoWidth(true);
        grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<IndicatorItem>of(
                        "<span class=\"lw-pill ${item.variant}\">${item.plan}</span>")
                .withProperty("variant", i -> i.behind() ? "lw-pill-warning" : "lw-pill-success")
                .withProperty("plan", i -> getTranslation(i.behind() ? "indicator.behind" : "indicator.on-track"))).setHeader(getTranslation("indicator.plan")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(EnumLabels.key(i.direction()))).setHeader(getTranslation("indicator.direction"))
                .setAutoWidth(true).setFlexGrow(0);
        var items = indicators.forAction(action.id());
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("indicator.empty"));
        // clicking the shown indicator again would deselect the row while its card stays: keep it selected
        ((GridSingleSelectionModel<IndicatorItem>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(i -> showMeasurements(view, action, i, indicators)));

        var add = new Button(getTranslation("indicator.add"), VaadinIcon.PLUS.create(),
                e -> openIndicatorDialog(view, action, indicators, null));
        add.setId("indicator-add");
        add.setVisible(action.canEdit());
        var bar = new Div(add);
        bar.addClassName("lw-toolbar");
        add(bar, grid, measurements);

        date.setValue(LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        value.setId("measurement-value");
        comment.setMaxLength(MeasurementData.COMMENT_MAX);
        comment.setWidth("24em");
        report = new Button(getTranslation("measurement.add"), e -> java.util.Optional.ofNullable(shown).ifPresent(i -> {
            var byCategory = new LinkedHashMap<String, BigDecimal>();
            for (int c = 0; c < categoryValues.size(); c++) {
                if (categoryValues.get(c).getValue() != null) {
                    byCategory.put(i.categories().get(c), categoryValues.get(c).getValue());
                }
            }
            var missing = i.isBrokenDown() ? byCategory.isEmpty() : value.getValue() == null;
            value.setInvalid(!i.isBrokenDown() && missing);
            value.setErrorMessage(getTranslation("validation.number"));
            categoryValues.forEach(f -> {
                f.setInvalid(missing);
                f.setErrorMessage(getTranslation("measurement.error.no-category-value"));
            });
            date.setInvalid(date.getValue() == null);
            if (!missing && date.getValue() != null && errors.attempt(() -> indicators.addMeasurement(i.id(),
                    new MeasurementData(date.getValue(), i.isBrokenDown() ? null : value.getValue(), comment.getValue(),
                            byCategory)))) {
                Notifications.saved(getTranslation("measurement.saved"));
                view.reload(1);
            }
        }));
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        report.setId("measurement-save");
        report.setVisible(action.canReport());
        if (!items.isEmpty()) {
            grid.select(items.getFirst());
        }
    }

    private void showMeasurements(ActionView view, ActionDetail action, IndicatorItem indicator,
                                  IndicatorService indicators) {
        shown = indicator;
        measurements.removeAll();
        var locale = UI.getCurrent().getLocale();
        var all = indicators.allMeasurements(indicator.id());
        measurementGrid.removeAllColumns();
        measurementGrid.addColumn(m -> Formats.date(m.measuredOn(), locale)).setHeader(getTranslation("measurement.date"))
                .setAutoWidth(true).setFlexGrow(0);
        for (var category : indicator.categories()) {
            measurementGrid.addColumn(m -> m.byCategory().containsKey(category)
                    ? Formats.number(m.byCategory().get(category), locale) : "–").setHeader(category);
        }
        measurementGrid.addColumn(m -> Formats.number(m.value(), locale) + " " + indicator.unit())
                .setHeader(getTranslation(indicator.isBrokenDown() ? "report.category.total" : "measurement.value"));
        measurementGrid.addColumn(m -> m.comment() == null ? "" : m.comment()).setHeader(getTranslation("measurement.comment"))
                .setFlexGrow(3);
        measurementGrid.addColumn(MeasurementItem::reportedBy).setHeader(getTranslation("measurement.reported-by"))
                .setAutoWidth(true);
        measurementGrid.setItems(all.reversed());
        measurementGrid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        var running = indicator.aggregation().running(all.stream().map(MeasurementItem::value).toList());
        var points = new ArrayList<IndicatorChart.Point>();
        for (int i = 0; i < all.size(); i++) {
            points.add(new IndicatorChart.Point(all.get(i).measuredOn(), running.get(i)));
        }
        var plan = IndicatorChart.Plan.of(indicator);
        var chart = new IndicatorChart(plan, points, locale);
        measurementGrid.setAllRowsVisible(true);
        measurementGrid.setEmptyStateText(getTranslation("list.empty"));

        var forecast = new Span(IndicatorChart.forecastText(this, plan, locale));
        forecast.setId("indicator-forecast");
        forecast.addClassNames("lw-pill", indicator.forecast().misses() ? "lw-pill-warning" : "lw-pill-neutral");
        // the method, explained on hover (and to screen readers)
        var method = IndicatorChart.forecastMethod(this, plan);
        forecast.setTitle(method);
        forecast.getElement().setAttribute("aria-description", method);
        var reasons = new Span(indicator.reasons().isEmpty() ? getTranslation("rag.reason.on-track")
                : TrafficLightBadge.reasonsText(this, indicator.reasons()));
        reasons.setId("indicator-reasons");
        reasons.addClassName("lw-rag-reason");
        var counting = new Span(getTranslation("indicator.aggregation") + ": " + getTranslation(EnumLabels.key(indicator.aggregation()))
                + (indicator.isBrokenDown() ? " · " + getTranslation("indicator.breakdown") + ": "
                + String.join(", ", indicator.categories()) : ""));
        counting.addClassName("lw-muted");
        var status = new Div(forecast, reasons, counting);
        status.addClassName("lw-toolbar");
        var header = new Div(new H2(indicator.name()));
        header.addClassName("lw-toolbar");
        if (action.canEdit()) {
            var edit = new Button(getTranslation("indicator.edit"), VaadinIcon.EDIT.create(),
                    e -> openIndicatorDialog(view, action, indicators, indicator));
            edit.setId("indicator-edit");
            header.add(edit);
        }
        var card = new Div(header, status);
        if (indicator.originalTargetValue() != null) {
            card.add(new Paragraph(getTranslation("indicator.original-target", Formats.number(indicator.originalTargetValue(),
                    locale), indicator.unit(), Formats.date(indicator.originalTargetDate(), locale))));
        }
        card.add(errors, measurementForm(indicator), chart);
        if (indicator.isBrokenDown()) {
            card.add(new BreakdownChart(indicator, all, locale));
        }
        card.add(measurementGrid);
        card.addClassName("lw-card");
        card.setId("indicator-card");
        measurements.add(card);
    }

    /** Date, then a value (or one value per category), comment and the button. */
    private Div measurementForm(IndicatorItem indicator) {
        categoryValues.clear();
        var form = new Div(date);
        if (indicator.isBrokenDown()) {
            for (int c = 0; c < indicator.categories().size(); c++) {
                var field = new BigDecimalField(indicator.categories().get(c));
                field.setId("measurement-category-" + c);
                field.setWidth("8em");
                categoryValues.add(field);
                form.add(field);
            }
        } else {
            form.add(value);
        }
        form.add(comment, report);
        form.addClassName("lw-toolbar");
        form.setVisible(report.isVisible());
        return form;
    }

    /** A new indicator, or changes to one; a changed target or target date asks for a reason, which history keeps. */
    private void openIndicatorDialog(ActionView view, ActionDetail action, IndicatorService indicators,
                                     IndicatorItem existing) {
        var dialog = new Dialog(getTranslation(existing == null ? "indicator.add" : "indicator.edit"));
        dialog.setWidth("46em");
        var form = new IndicatorForm(clock, organisations);
        var dialogErrors = new FormErrors();
        dialog.add(dialogErrors, form);
        var reason = new TextField(getTranslation("indicator.target-reason"));
        reason.setId("indicator-target-reason");
        reason.setWidthFull();
        reason.setMaxLength(IndicatorService.TARGET_REASON_MAX);
        reason.setHelperText(getTranslation("indicator.target-reason.help"));
        if (existing != null) {
            form.read(existing.toData());
            dialog.add(reason);
        }
        var save = new Button(getTranslation("action.save"), e -> form.write().ifPresent(data -> {
            if (dialogErrors.attempt(() -> {
                if (existing == null) {
                    indicators.add(action.id(), data);
                } else {
                    indicators.update(existing.id(), existing.version(), data, reason.getValue());
                }
            })) {
                dialog.close();
                view.reload(1);
            }
        }));
        save.setId("indicator-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
