package de.lenkwerk.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import de.lenkwerk.action.Rag;
import de.lenkwerk.action.ui.ActionListView;
import de.lenkwerk.base.EnumLabels;
import de.lenkwerk.base.ui.DataTable;
import de.lenkwerk.base.ui.EChart;
import de.lenkwerk.dashboard.DashboardFilter;
import de.lenkwerk.action.ActionFigures.BodyLights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Open actions per body by traffic light, as stacked bars and as a table; a click opens exactly those actions. */
class LightsByBody extends Div {

    static final List<Rag> ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN, Rag.GREY);
    static final Map<Rag, String> COLOURS = Map.of(Rag.RED, "#b3261e", Rag.AMBER, "#d08c00", Rag.GREEN, "#1e7b34",
            Rag.GREY, "#8a96a3");

    LightsByBody(List<BodyLights> lights, DashboardFilter filter) {
        addClassName("lw-card");
        add(new H2(getTranslation("dashboard.lights.title")));
        if (lights.isEmpty()) {
            add(new com.vaadin.flow.component.html.Paragraph(getTranslation("dashboard.empty")));
            return;
        }
        var chart = new EChart(getTranslation("dashboard.lights.aria"));
        chart.setHeight(Math.max(140, 48 + lights.size() * 34) + "px");
        var reversed = lights.reversed();
        var series = new ArrayList<Map<String, Object>>();
        for (var rag : ORDER) {
            series.add(Map.of("name", getTranslation(EnumLabels.key(rag)), "type", "bar", "stack", "all",
                    "itemStyle", Map.of("color", COLOURS.get(rag)),
                    // white on red and green, dark on amber and grey: at least 4.5:1 either way
                    "label", Map.of("show", true, "color", rag == Rag.RED || rag == Rag.GREEN ? "#ffffff" : "#1b2a3a",
                            "fontWeight", "bold"),
                    "data", reversed.stream().map(b -> b.count(rag) == 0 ? null : b.count(rag)).toList()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("grid", Map.of("left", 8, "right", 16, "top", 32, "bottom", 8, "containLabel", true));
        option.put("legend", Map.of("top", 0));
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("xAxis", Map.of("type", "value", "minInterval", 1));
        option.put("yAxis", Map.of("type", "category", "data", reversed.stream().map(BodyLights::bodyShortName).toList()));
        option.put("series", series);
        chart.setOption(option);
        chart.onClick((seriesIndex, dataIndex) -> {
            var body = reversed.get(dataIndex);
            UI.getCurrent().navigate(ActionListView.location(body.filter(filter.toActionFilter(), ORDER.get(seriesIndex))).getPathWithQueryParameters());
        });

        // the table beside the chart is made when opened: most visitors never open it
        var details = new de.lenkwerk.base.ui.LazyDetails(getTranslation("chart.as-table"), () -> table(lights, filter));
        add(chart, details);
    }

    private DataTable table(List<BodyLights> lights, DashboardFilter filter) {
        var headers = new ArrayList<String>();
        headers.add(getTranslation("action.body"));
        ORDER.forEach(rag -> headers.add(getTranslation(EnumLabels.key(rag))));
        var table = new DataTable(null, headers.toArray(String[]::new));
        for (var body : lights) {
            var cells = new ArrayList<Object>();
            cells.add(body.bodyShortName());
            for (var rag : ORDER) {
                var link = new Anchor(ActionListView.location(body.filter(filter.toActionFilter(), rag)).getPathWithQueryParameters(),
                        String.valueOf(body.count(rag)));
                cells.add(link);
            }
            table.addRow(cells.toArray());
        }
        return table;
    }
}
