// Draws an ECharts chart into a Vaadin element and reports clicks back to the server.
window.lenkwerkChart = function (element, optionJson, clickable) {
  if (!window.echarts) {
    return;
  }
  let chart = window.echarts.getInstanceByDom(element);
  if (!chart) {
    chart = window.echarts.init(element, null, { renderer: 'svg' });
    new ResizeObserver(() => chart.resize()).observe(element);
  }
  chart.setOption(JSON.parse(optionJson), true);
  chart.off('click');
  if (clickable) {
    chart.on('click', (p) => element.$server.chartClicked(p.seriesIndex ?? 0, p.dataIndex ?? 0));
    element.style.cursor = 'pointer';
  }
};
