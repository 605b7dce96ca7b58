package de.lenkwerk.action.ui;

import com.vaadin.flow.component.html.Div;
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
 * An indicator's trajectory: its measurements over time against the straight line from baseline to target, with a
 * table of the same values for those who cannot see the chart.
 */
public class IndicatorChart extends Div {

    public record Point(LocalDate date, BigDecimal value) {
    }

    public IndicatorChart(String name, String unit, BigDecimal baseline, LocalDate baselineDate, BigDecimal target,
                          LocalDate targetDate, List<Point> points, Locale locale) {
        addClassName("lw-indicator-chart");
        var chart = new EChart(getTranslation("chart.indicator.aria", name));
        chart.setHeight("16rem");
        var measured = new ArrayList<List<Object>>();
        points.forEach(p -> measured.add(List.of(p.date().toString(), p.value())));
        var plan = List.of(List.<Object>of(baselineDate.toString(), baseline), List.<Object>of(targetDate.toString(), target));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 56, "right", 24, "top", 36, "bottom", 32));
        option.put("legend", Map.of("top", 0));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", Map.of("type", "time"));
        option.put("yAxis", Map.of("type", "value", "name", unit));
        option.put("series", List.of(
                Map.of("name", getTranslation("chart.indicator.plan"), "type", "line", "data", plan,
                        "lineStyle", Map.of("type", "dashed", "color", "#5b6b7b"), "itemStyle", Map.of("color", "#5b6b7b"),
                        "symbol", "none"),
                Map.of("name", getTranslation("chart.indicator.measured"), "type", "line", "data", measured,
                        "itemStyle", Map.of("color", "#1f4e79"), "symbolSize", 8)));
        chart.setOption(option);

        var table = new DataTable(null, getTranslation("measurement.date"),
                getTranslation("measurement.value") + " (" + unit + ")");
        table.addRow(getTranslation("indicator.baseline") + " · " + Formats.date(baselineDate, locale),
                Formats.number(baseline, locale));
        points.forEach(p -> table.addRow(Formats.date(p.date(), locale), Formats.number(p.value(), locale)));
        table.addRow(getTranslation("indicator.target") + " · " + Formats.date(targetDate, locale),
                Formats.number(target, locale));
        var details = new com.vaadin.flow.component.details.Details(getTranslation("chart.as-table"), table);
        add(chart, details);
    }
}
