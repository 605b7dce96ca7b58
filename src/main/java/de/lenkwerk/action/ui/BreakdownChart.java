package de.lenkwerk.action.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import de.lenkwerk.action.IndicatorItem;
import de.lenkwerk.action.MeasurementItem;
import de.lenkwerk.base.ui.DataTable;
import de.lenkwerk.base.ui.EChart;
import de.lenkwerk.base.ui.Formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A broken-down indicator per category: one line per category (its value as the aggregation rule adds it up), and a
 * table with the current value per category and the values of every measurement.
 */
class BreakdownChart extends Div {

    BreakdownChart(IndicatorItem indicator, List<MeasurementItem> oldestFirst, Locale locale) {
        addClassName("lw-indicator-chart");
        setId("indicator-breakdown-chart");
        var chart = new EChart(getTranslation("chart.breakdown.aria", indicator.name()));
        chart.setHeight("16rem");
        var series = new ArrayList<Map<String, Object>>();
        var current = new LinkedHashMap<String, BigDecimal>();
        for (var category : indicator.categories()) {
            var measured = oldestFirst.stream().filter(m -> m.byCategory().containsKey(category)).toList();
            var running = indicator.aggregation().running(measured.stream().map(m -> m.byCategory().get(category)).toList());
            var data = new ArrayList<List<Object>>();
            for (int i = 0; i < measured.size(); i++) {
                data.add(List.of(measured.get(i).measuredOn().toString(), running.get(i)));
            }
            current.put(category, running.isEmpty() ? null : running.getLast());
            series.add(Map.of("name", category, "type", "line", "data", data, "symbolSize", 7));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 56, "right", 24, "top", 44, "bottom", 32));
        option.put("legend", Map.of("top", 0));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("xAxis", IndicatorChart.TIME_AXIS);
        option.put("yAxis", Map.of("type", "value", "name", indicator.unit()));
        option.put("series", series);
        chart.setOption(option);

        var headers = new ArrayList<String>();
        headers.add(getTranslation("indicator.category"));
        headers.add(getTranslation("indicator.current"));
        var summary = new DataTable(getTranslation("indicator.breakdown.current"), headers.toArray(String[]::new));
        summary.setId("indicator-breakdown-table");
        current.forEach((category, value) -> summary.addRow(category,
                value == null ? getTranslation("none") : Formats.number(value, locale) + " " + indicator.unit()));
        var perMeasurement = new ArrayList<String>();
        perMeasurement.add(getTranslation("measurement.date"));
        perMeasurement.addAll(indicator.categories());
        perMeasurement.add(getTranslation("report.category.total"));
        var values = new DataTable(null, perMeasurement.toArray(String[]::new));
        for (var m : oldestFirst) {
            var cells = new ArrayList<Object>();
            cells.add(Formats.date(m.measuredOn(), locale));
            indicator.categories().forEach(c -> cells.add(m.byCategory().containsKey(c)
                    ? Formats.number(m.byCategory().get(c), locale) : "–"));
            cells.add(Formats.number(m.value(), locale));
            values.addRow(cells.toArray());
        }
        add(summary, chart, new Details(getTranslation("chart.as-table"), values));
    }
}
