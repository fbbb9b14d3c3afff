import type { SheetPort } from "../port";
import type { Grid } from "./grid";

export function sheetCharts(grid: Grid): Pick<SheetPort, "addChart"> {
  return {
    addChart(chart) {
      const data = grid.range(chart.data);
      const types = {
        column: Charts.ChartType.COLUMN,
        line: Charts.ChartType.LINE,
        pie: Charts.ChartType.PIE,
      };
      const builder = grid.sheet
        .newChart()
        .setChartType(types[chart.kind])
        .addRange(data)
        .setNumHeaders(1)
        .setPosition(chart.anchor.row, chart.anchor.col, 0, 0)
        .setOption("title", chart.title);
      // A series on the right axis: the chart option "series" with targetAxisIndex 1, which
      // EmbeddedChartBuilder.setOption passes to the chart (developers.google.com/apps-script/reference/
      // spreadsheet/embedded-chart-builder#setOption(String,Object); the option is in
      // developers.google.com/chart/interactive/docs/gallery/linechart#configuration-options).
      if (chart.rightAxis && chart.rightAxis.length > 0) {
        const series: Record<number, { targetAxisIndex: number }> = {};
        for (const index of chart.rightAxis) series[index] = { targetAxisIndex: 1 };
        builder.setOption("series", series);
      }
      grid.sheet.insertChart(builder.build());
    },
  };
}
