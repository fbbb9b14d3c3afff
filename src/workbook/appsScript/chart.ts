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
      const built = grid.sheet
        .newChart()
        .setChartType(types[chart.kind])
        .addRange(data)
        .setNumHeaders(1)
        .setPosition(chart.anchor.row, chart.anchor.col, 0, 0)
        .setOption("title", chart.title)
        .build();
      grid.sheet.insertChart(built);
    },
  };
}
