package de.lenkwerk.action.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import de.lenkwerk.action.Forecast;
import de.lenkwerk.action.IndicatorAggregation;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.Milestone;
import de.lenkwerk.action.MilestonePath;
import de.lenkwerk.base.ui.DataTable;
import de.lenkwerk.base.ui.EChart;
import de.lenkwerk.base.ui.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An indicator's trajectory: its value over time (as its aggregation rule adds up the measurements) against its
 * path from baseline through its milestones to the target, the forecast as a dashed line (the method on hover), and
 * the original target, faintly, once the target changed. A table with the same values for those who cannot see it.
 */
public class IndicatorChart extends Div {

    public record Point(LocalDate date, BigDecimal value) {
    }

    /** A time axis labelled 17.12. rather than ECharts' English month names. */
    static final Map<String, Object> TIME_AXIS = Map.of("type", "time",
            "axisLabel", Map.of("formatter", "{dd}.{MM}.", "hideOverlap", true));

    /** What the chart draws besides the measured points. Milestones, forecast and original target are optional. */
    public record Plan(String name, String unit, BigDecimal baseline, LocalDate baselineDate, BigDecimal target,
                       LocalDate targetDate, List<Milestone> milestones, Forecast forecast,
                       IndicatorAggregation aggregation, BigDecimal originalTarget, LocalDate originalTargetDate) {

        public static Plan of(IndicatorItem i) {
            return new Plan(i.name(), i.unit(), i.baselineValue(), i.baselineDate(), i.targetValue(), i.targetDate(),
                    i.milestones(), i.forecast(), i.aggregation(), i.originalTargetValue(), i.originalTargetDate());
        }
    }

    public IndicatorChart(String name, String unit, BigDecimal baseline, LocalDate baselineDate, BigDecimal target,
                          LocalDate targetDate, List<Point> points, Locale locale) {
        this(new Plan(name, unit, baseline, baselineDate, target, targetDate, List.of(), null,
                IndicatorAggregation.LEVEL, null, null), points, locale);
    }

    public IndicatorChart(Plan plan, List<Point> points, Locale locale) {
        addClassName("lw-indicator-chart");
        var chart = new EChart(getTranslation("chart.indicator.aria", plan.name()));
        chart.setHeight("16rem");
        var measured = new ArrayList<List<Object>>();
        points.forEach(p -> measured.add(List.of(p.date().toString(), p.value())));
        var path = new ArrayList<List<Object>>();
        MilestonePath.points(plan.baseline(), plan.baselineDate(), plan.milestones(), plan.target(), plan.targetDate())
                .forEach(m -> path.add(List.of(m.dueOn().toString(), m.targetValue())));
        var series = new ArrayList<Map<String, Object>>();
        series.add(Map.of("name", getTranslation(plan.milestones().isEmpty() ? "chart.indicator.plan"
                        : "chart.indicator.plan-milestones"), "type", "line", "data", path,
                "lineStyle", Map.of("type", "dotted", "color", "#5b6b7b"), "itemStyle", Map.of("color", "#5b6b7b"),
                "symbol", plan.milestones().isEmpty() ? "none" : "diamond", "symbolSize", 9));
        series.add(Map.of("name", getTranslation("chart.indicator.measured"), "type", "line", "data", measured,
                "itemStyle", Map.of("color", "#1f4e79"), "symbolSize", 8));
        var forecastText = forecastText(this, plan, locale);
        if (hasLine(plan.forecast()) && !points.isEmpty()) {
            var last = points.getLast();
            var line = List.of(List.<Object>of(last.date().toString(), last.value()),
                    List.<Object>of(plan.targetDate().toString(), plan.forecast().value()));
            var colour = plan.forecast().misses() ? "#b35c00" : "#2e7d32";
            series.add(Map.of("name", getTranslation("chart.indicator.forecast"), "type", "line", "data", line,
                    "lineStyle", Map.of("type", "dashed", "width", 2, "color", colour),
                    "itemStyle", Map.of("color", colour), "symbol", "circle", "symbolSize", 6,
                    "tooltip", Map.of("formatter", forecastText + "<br/>" + forecastMethod(this, plan))));
        }
        if (plan.originalTarget() != null) {
            var original = List.of(List.<Object>of(plan.baselineDate().toString(), plan.baseline()),
                    List.<Object>of(plan.originalTargetDate().toString(), plan.originalTarget()));
            series.add(Map.of("name", getTranslation("chart.indicator.original-target"), "type", "line",
                    "data", original, "lineStyle", Map.of("type", "dashed", "color", "#9aa5b1", "opacity", 0.45),
                    "itemStyle", Map.of("color", "#9aa5b1", "opacity", 0.45), "symbol", "emptyCircle"));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 56, "right", 24, "top", 44, "bottom", 32));
        option.put("legend", Map.of("top", 0));
        // item tooltips, so that the forecast's own tooltip can explain its method
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("xAxis", TIME_AXIS);
        option.put("yAxis", Map.of("type", "value", "name", plan.unit()));
        option.put("series", series);
        chart.setOption(option);

        var table = new DataTable(null, getTranslation("measurement.date"),
                getTranslation("measurement.value") + " (" + plan.unit() + ")");
        table.addRow(getTranslation("indicator.baseline") + " · " + Formats.date(plan.baselineDate(), locale),
                Formats.number(plan.baseline(), locale));
        points.forEach(p -> table.addRow(Formats.date(p.date(), locale), Formats.number(p.value(), locale)));
        plan.milestones().forEach(m -> table.addRow(getTranslation("indicator.milestone") + " · "
                + Formats.date(m.dueOn(), locale), Formats.number(m.targetValue(), locale)));
        table.addRow(getTranslation("indicator.target") + " · " + Formats.date(plan.targetDate(), locale),
                Formats.number(plan.target(), locale));
        if (hasLine(plan.forecast())) {
            table.addRow(getTranslation("chart.indicator.forecast") + " · " + Formats.date(plan.targetDate(), locale),
                    Formats.number(plan.forecast().value(), locale));
        }
        if (plan.originalTarget() != null) {
            table.addRow(getTranslation("chart.indicator.original-target") + " · "
                    + Formats.date(plan.originalTargetDate(), locale), Formats.number(plan.originalTarget(), locale));
        }
        add(chart, new Details(getTranslation("chart.as-table"), table));
    }

    private static boolean hasLine(Forecast forecast) {
        return forecast != null && (forecast.outcome() == Forecast.Outcome.ON_COURSE
                || forecast.outcome() == Forecast.Outcome.MISS);
    }

    /** "bei gleichem Tempo 281 von 300 Teilnehmende bis 30.04." or why there is no forecast. */
    static String forecastText(com.vaadin.flow.component.Component t, Plan plan, Locale locale) {
        var forecast = plan.forecast();
        if (forecast == null || forecast.outcome() == Forecast.Outcome.NONE) {
            return t.getTranslation("indicator.forecast.none");
        }
        if (forecast.outcome() == Forecast.Outcome.REACHED) {
            return t.getTranslation("indicator.forecast.reached");
        }
        return t.getTranslation("indicator.forecast.text", Formats.number(forecast.value(), locale),
                Formats.number(plan.target(), locale), plan.unit(),
                plan.targetDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.")));
    }

    /** How the forecast is made, in one sentence for the tooltip. */
    static String forecastMethod(com.vaadin.flow.component.Component t, Plan plan) {
        var points = plan.forecast() == null || plan.forecast().points() == 0 ? Forecast.WINDOW : plan.forecast().points();
        return t.getTranslation(plan.aggregation() == IndicatorAggregation.PERIOD_SUM
                ? "indicator.forecast.method.periods" : "indicator.forecast.method.values", points);
    }
}
