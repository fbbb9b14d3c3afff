import { describe, expect, it } from "vitest";
import { reportSheetLayout } from "../../src/sheets/reportSheet";
import { extentOf } from "../../src/workbook/trim";

describe("extentOf, the grid a written block and its charts need", () => {
  it("keeps every row and column the last chart covers, below a short block of cells", () => {
    const cells = [["Weekly report"], ["Posts", 3]];
    const data = { row: 1, col: 12, numRows: 3, numCols: 2 };
    const extent = extentOf(cells, [{ kind: "line", title: "Posts", data, anchor: { row: 62, col: 4 } }]);
    // Drawn at its default size the chart spans 20 rows and 7 columns from its anchor.
    expect(extent).toEqual({ rows: 81, cols: 13 });
  });

  it("a short report's grid reaches the bottom of its lowest chart", () => {
    const block = (id: string, header: string[], row: (string | number)[]) => ({
      id,
      title: id,
      header,
      rows: [row],
      columnKinds: header.map(() => "text" as const),
    });
    const layout = reportSheetLayout(
      [
        block("campaigns", ["Campaign", "EMV"], ["Spring", 10]),
        block("daily", ["Day", "Engagements"], ["2026-11-16", 5]),
        block("platforms", ["Platform", "Posts"], ["TikTok", 1]),
        block("trend", ["Week of", "Posts", "Engagements", "EMV"], ["2026-11-16", 1, 5, 10]),
      ],
      "USD",
      "UTC",
    );
    expect(layout.charts).toHaveLength(4);
    expect(layout.cells.length).toBeLessThan(30);
    const lowest = Math.max(...layout.charts.map((chart) => chart.anchor.row));
    expect(extentOf(layout.cells, layout.charts).rows).toBe(lowest + 19);
  });
});
