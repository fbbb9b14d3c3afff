import { describe, expect, it } from "vitest";
import type { Cell } from "../../src/core/cells";
import { reportBlocks } from "../../src/core/report/blocks";
import { formatCompact } from "../../src/core/report/format";
import { renderReportHtml } from "../../src/core/report/html";
import { kindsOfRow, type ReportBlock } from "../../src/core/report/table";
import { reportSheetLayout } from "../../src/sheets/reportSheet";
import type { WriteCell } from "../../src/workbook/port";
import { reportFor } from "../core/report/fixtures";
import { LONDON, sheets } from "../core/report/programFixture";

/** One model, two renderers: the sheet and the e-mail show the same figures for every row. */

const report = reportFor(sheets(), LONDON);
const blocks = reportBlocks(report);
const layout = reportSheetLayout(blocks, "USD", "Europe/London");
const html = renderReportHtml(blocks, { currency: "USD" });

const textOf = (cell: WriteCell | undefined) =>
  typeof cell === "object" && cell !== null && "text" in cell ? cell.text : cell;

/** The sheet's data rows of a block: the rows under its title and header. */
function sheetRows(block: ReportBlock): (WriteCell | undefined)[][] {
  const title = layout.cells.findIndex((row) => textOf(row[0]) === block.title);
  return layout.cells.slice(title + 2, title + 2 + block.rows.length);
}

/** The e-mail's cell texts of a block's table, row by row. */
function emailRows(block: ReportBlock): string[][] {
  const start = html.indexOf(`>${block.title}</h2>`);
  const table = html.slice(start, html.indexOf("</table>", start));
  const body = table.slice(table.indexOf("<tbody>"));
  return body
    .split("<tr")
    .slice(1)
    .map((row) =>
      [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) =>
        (m[1] ?? "").replace(/<div.*$/, "").replace(/<[^>]+>/g, ""),
      ),
    );
}

const shown = (block: ReportBlock) =>
  block.columnKinds.map((_, i) => i).filter((i) => !(block.sheetOnly ?? []).includes(i));

describe.each(["plan", "trend", "attention-deliverables", "campaigns", "headline"])("the %s table", (id) => {
  const block = blocks.find((b) => b.id === id) as ReportBlock;

  it("has the model's numbers in the sheet, every column", () => {
    expect(block.rows.length).toBeGreaterThan(0);
    sheetRows(block).forEach((row, r) => {
      block.rows[r]?.forEach((value: Cell, c) => {
        if (typeof value !== "number") return;
        const kind = kindsOfRow(block, r)[c];
        expect(row[c]).toBe(kind === "points" ? value * 100 : value);
      });
    });
  });

  it("has the same numbers in the e-mail, in the columns it shows", () => {
    const rows = emailRows(block);
    expect(rows).toHaveLength(block.rows.length);
    rows.forEach((cells, r) => {
      const kinds = kindsOfRow(block, r);
      const expected = shown(block).map((c) =>
        formatCompact(block.rows[r]?.[c] ?? null, kinds[c] ?? "text", "USD"),
      );
      expect(cells.slice(0, expected.length)).toEqual(expected);
    });
  });
});

describe("the week in brief", () => {
  it("is the same sentence at the top of the sheet and of the e-mail", () => {
    const sheetTexts = layout.cells.slice(0, 12).map((row) => textOf(row[0]));
    expect(sheetTexts).toContain(report.summary);
    const firstTable = html.indexOf('<table role="table"');
    expect(html.indexOf(report.summary)).toBeGreaterThan(0);
    expect(html.indexOf(report.summary)).toBeLessThan(firstTable);
  });
});
