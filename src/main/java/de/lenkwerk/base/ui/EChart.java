package de.lenkwerk.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A chart drawn by ECharts (free, from the WebJar). The option is the ECharts option object as nested maps and
 * lists; a click reports series and data index. Charts never stand alone: every view puts a table with the
 * same data next to them (WCAG 1.1.1).
 */
@JavaScript("context://webjars/echarts/5.5.0/echarts.min.js")
@JavaScript("context://js/lenkwerk-charts.js")
public class EChart extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private String optionJson = "{}";
    private transient BiConsumer<Integer, Integer> clickListener;

    public EChart(String ariaLabel) {
        addClassName("lw-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
    }

    public void setOption(Map<String, Object> option) {
        this.optionJson = JSON.writeValueAsString(option);
        draw();
    }

    /** Called with (series index, data index) when a bar or point is clicked. */
    public void onClick(BiConsumer<Integer, Integer> listener) {
        this.clickListener = listener;
        draw();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        draw();
    }

    private void draw() {
        if (isAttached()) {
            getElement().executeJs("window.lenkwerkChart(this, $0, $1)", optionJson, clickListener != null);
        }
    }

    @ClientCallable
    private void chartClicked(int seriesIndex, int dataIndex) {
        if (clickListener != null) {
            clickListener.accept(seriesIndex, dataIndex);
        }
    }
}
