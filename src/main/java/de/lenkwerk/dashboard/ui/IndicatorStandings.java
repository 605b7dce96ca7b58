package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import de.lenkwerk.action.ui.ActionView;
import de.lenkwerk.base.ui.DataTable;
import de.lenkwerk.base.ui.EChart;
import de.lenkwerk.base.ui.Formats;
import de.lenkwerk.action.ActionFigures.IndicatorStanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Indicators against their targets, worst first: achievement next to what the straight line expects by now. */
class IndicatorStandings extends Div {

    IndicatorStandings(List<IndicatorStanding> standings, Locale locale) {
        addClassName("lw-card");
        add(new H2(getTranslation("dashboard.indicators.title")));
        if (standings.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        var reversed = standings.reversed();
        var chart = new EChart(getTranslation("dashboard.indicators.aria"));
        chart.setHeight(Math.max(160, 56 + standings.size() * 40) + "px");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        option.put("legend", Map.of("top", 0));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("xAxis", Map.of("type", "value", "name", "%"));
        option.put("yAxis", Map.of("type", "category",
                "data", reversed.stream().map(s -> s.actionNumber() + " · " + s.name()).toList()));
        option.put("series", List.of(
                Map.of("name", getTranslation("dashboard.indicators.achieved"), "type", "bar",
                        "data", reversed.stream().map(s -> Map.of("value", s.achievementPercent(),
                                "itemStyle", Map.of("color", s.behind() ? "#d08c00" : "#1e7b34"))).toList(),
                        "label", Map.of("show", true, "position", "right", "formatter", "{c} %")),
                Map.of("name", getTranslation("dashboard.indicators.expected"), "type", "bar",
                        "itemStyle", Map.of("color", "#c9d2dc"),
                        "data", reversed.stream().map(IndicatorStanding::expectedPercent).toList())));
        chart.setOption(option);
        chart.onClick((series, index) -> UI.getCurrent().navigate(ActionView.class, reversed.get(index).actionId()));

        // the table beside the chart is made when opened: most visitors never open it
        add(chart, new de.lenkwerk.base.ui.LazyDetails(getTranslation("chart.as-table"), () -> table(standings, locale)));
    }

    private DataTable table(List<IndicatorStanding> standings, Locale locale) {
        var table = new DataTable(null, getTranslation("indicator.name"), getTranslation("action.number"),
                getTranslation("indicator.latest"), getTranslation("indicator.target"),
                getTranslation("dashboard.indicators.achieved"), getTranslation("dashboard.indicators.expected"),
                getTranslation("indicator.plan"), getTranslation("chart.indicator.forecast"));
        for (var s : standings) {
            table.addRow(s.name(), new Anchor("massnahmen/" + s.actionId(), s.actionNumber()),
                    s.latestValue() == null ? getTranslation("none") : Formats.number(s.latestValue(), locale) + " " + s.unit(),
                    Formats.number(s.targetValue(), locale) + " " + s.unit() + " · " + Formats.date(s.targetDate(), locale),
                    s.achievementPercent() + " %", s.expectedPercent() + " %",
                    getTranslation(s.behind() ? "indicator.behind" : "indicator.on-track"), forecast(s, locale));
        }
        return table;
    }

    /** "281 (Ziel wird verfehlt)" or the outcome alone. */
    private String forecast(IndicatorStanding s, Locale locale) {
        var outcome = getTranslation(de.lenkwerk.base.EnumLabels.key(s.forecast().outcome()));
        return s.forecast().outcome() == de.lenkwerk.action.Forecast.Outcome.ON_COURSE
                || s.forecast().outcome() == de.lenkwerk.action.Forecast.Outcome.MISS
                ? Formats.number(s.forecast().value(), locale) + " " + s.unit() + " (" + outcome + ")" : outcome;
    }
}
