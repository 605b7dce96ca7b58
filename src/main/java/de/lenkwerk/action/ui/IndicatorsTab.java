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
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.LocalDate;

/** Indicators with achievement and plan status; choosing one shows its measurements and the form to report one. */
class IndicatorsTab extends Div {

    final Grid<IndicatorItem> grid = new Grid<>();
    final Grid<MeasurementItem> measurementGrid = new Grid<>();
    final DatePicker date;
    final BigDecimalField value = new BigDecimalField(getTranslation("measurement.value"));
    final TextField comment = new TextField(getTranslation("measurement.comment"));
    final FormErrors errors = new FormErrors();
    final Button report;
    private final Div measurements = new Div();
    private final transient Clock clock;
    /** The indicator whose card is shown: the report goes to it, whatever the grid's selection does meanwhile. */
    IndicatorItem shown;

    IndicatorsTab(ActionView view, ActionDetail action, IndicatorService indicators, Clock clock) {
        this.clock = clock;
        date = DatePickers.compact(getTranslation("measurement.date"), clock);
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
                .setHeader(getTranslation("indicator.latest")).setAutoWidth(true);
        grid.addColumn(i -> i.achievementPercent() + " %").setHeader(getTranslation("indicator.achievement")).setAutoWidth(true);
        grid.addComponentColumn(i -> {
            var pill = new Span(getTranslation(i.behind() ? "indicator.behind" : "indicator.on-track"));
            pill.addClassNames("lw-pill", i.behind() ? "lw-pill-warning" : "lw-pill-success");
            return pill;
        }).setHeader(getTranslation("indicator.plan")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation(EnumLabels.key(i.direction()))).setHeader(getTranslation("indicator.direction"))
                .setAutoWidth(true).setFlexGrow(0);
        var items = indicators.forAction(action.id());
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("indicator.empty"));
        // clicking the shown indicator again would deselect the row while its card stays: keep it selected
        ((GridSingleSelectionModel<IndicatorItem>) grid.getSelectionModel()).setDeselectAllowed(false);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(i -> showMeasurements(i, indicators)));

        var add = new Button(getTranslation("indicator.add"), VaadinIcon.PLUS.create(), e -> openIndicatorDialog(view, action, indicators));
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
            value.setInvalid(value.getValue() == null);
            value.setErrorMessage(getTranslation("validation.number"));
            date.setInvalid(date.getValue() == null);
            if (value.getValue() != null && date.getValue() != null && errors.attempt(() ->
                    indicators.addMeasurement(i.id(), new MeasurementData(date.getValue(), value.getValue(), comment.getValue())))) {
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

    private void showMeasurements(IndicatorItem indicator, IndicatorService indicators) {
        shown = indicator;
        measurements.removeAll();
        var locale = UI.getCurrent().getLocale();
        measurementGrid.removeAllColumns();
        measurementGrid.addColumn(m -> Formats.date(m.measuredOn(), locale)).setHeader(getTranslation("measurement.date"));
        measurementGrid.addColumn(m -> Formats.number(m.value(), locale) + " " + indicator.unit())
                .setHeader(getTranslation("measurement.value"));
        measurementGrid.addColumn(m -> m.comment() == null ? "" : m.comment()).setHeader(getTranslation("measurement.comment"))
                .setFlexGrow(3);
        measurementGrid.addColumn(MeasurementItem::reportedBy).setHeader(getTranslation("measurement.reported-by"));
        var values = indicators.measurements(indicator.id(), PageRequest.of(0, 100));
        measurementGrid.setItems(values);
        var points = values.reversed().stream()
                .map(m -> new IndicatorChart.Point(m.measuredOn(), m.value())).toList();
        var chart = new IndicatorChart(indicator.name(), indicator.unit(), indicator.baselineValue(),
                indicator.baselineDate(), indicator.targetValue(), indicator.targetDate(), points, locale);
        measurementGrid.setAllRowsVisible(true);
        measurementGrid.setEmptyStateText(getTranslation("list.empty"));
        var form = new Div(date, value, comment, report);
        form.addClassName("lw-toolbar");
        var card = new Div(new H2(indicator.name()), errors, form, chart, measurementGrid);
        card.addClassName("lw-card");
        measurements.add(card);
    }

    private void openIndicatorDialog(ActionView view, ActionDetail action, IndicatorService indicators) {
        var dialog = new Dialog(getTranslation("indicator.add"));
        dialog.setWidth("40em");
        var form = new IndicatorForm(clock);
        var dialogErrors = new FormErrors();
        dialog.add(dialogErrors, form);
        var save = new Button(getTranslation("action.save"), e -> form.write().ifPresent(data -> {
            if (dialogErrors.attempt(() -> indicators.add(action.id(), data))) {
                dialog.close();
                view.reload(1);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
