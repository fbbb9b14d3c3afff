import { describe, expect, it } from "vitest";
import { buildLastWeeksReport, REPORT_TITLE } from "../../../src/addon/actions/weeklyReport";
import { memoryContext } from "../../../src/addon/memoryContext";
import { runMenuAction } from "../../../src/addon/run";
import type { Cell } from "../../../src/core/cells";
import { glowWorkbook, NOW, rowOf, sheetState, valuesOf } from "../../fixtures/reportWorkbook";

const REPORT = "Report 2026-11-16";

function built() {
  const book = glowWorkbook();
  const context = memoryContext(book, () => NOW);
  const message = buildLastWeeksReport(context);
  return { book, context, message, values: valuesOf(book, REPORT) };
}

/** The cells of the row labelled `label` in column A, from column B on. */
function rowAfter(values: Cell[][], label: string, width: number, from = 0): Cell[] {
  return (values[rowOf(values, label, from) - 1] ?? []).slice(1, 1 + width);
}

function tableUnder(values: Cell[][], title: string, width: number): Cell[][] {
  const start = rowOf(values, title); // 0-based index of the header row, under the title
  const rows: Cell[][] = [];
  for (let r = start; r < values.length && values[r]?.[0] !== ""; r++) {
    const row = (values[r] ?? []).slice(0, width);
    // A block's note sits alone in column A under its table.
    if (row.slice(1).some((cell) => cell !== "")) rows.push(row);
  }
  return rows;
}

describe("the weekly report sheet", () => {
  it("is named for the week's first day, opens, and says what it holds", () => {
    const { book, message, values } = built();
    // Vic (Instagram, 50K) is not checked: the default benchmark gives no figure for 50K–1M.
    expect(message).toBe(
      'Built sheet "Report 2026-11-16" for 2026-11-16 to 2026-11-22: 3 posts, 4 items needing attention.',
    );
    expect(book.activeSheetName).toBe(REPORT);
    expect(values[0]?.[0]).toBe("Weekly report: Glow Skincare Creators");
    expect(rowAfter(values, "Week", 1)).toEqual(["2026-11-16 to 2026-11-22"]);
    expect(rowAfter(values, "Compared with", 1)).toEqual(["2026-11-09 to 2026-11-15"]);
    expect(rowAfter(values, "Time zone", 1)).toEqual(["Europe/London"]);
    expect(rowAfter(values, "Built", 1)).toEqual(["2026-11-24 10:00"]);
  });

  it("shows this week's totals beside the week before, with the change and the change in %", () => {
    const { values } = built();
    // Posts: rows 2–4 this week, row 5 the week before; row 6 (23 Nov) is in neither.
    expect(rowAfter(values, "Posts published", 4)).toEqual([3, 1, 2, 2]);
    // 10,000 + 20,000 + 4,000 vs 5,000
    expect(rowAfter(values, "Impressions", 4)).toEqual([34_000, 5_000, 29_000, 5.8]);
    // The week before had no views: no % change.
    expect(rowAfter(values, "Views", 4)).toEqual([15_000, 0, 15_000, ""]);
    // 500 + 1,300 + 100 vs 250
    expect(rowAfter(values, "Engagements", 4)).toEqual([1_900, 250, 1_650, 6.6]);
    const rate = rowAfter(values, "Engagements per impression", 4) as number[];
    expect(rate[0]).toBeCloseTo(1_900 / 34_000, 10);
    expect(rate[1]).toBeCloseTo(250 / 5_000, 10);
    // EMV 200 + 2,308.40 (rate card) + 20 vs 100
    const emv = rowAfter(values, "EMV", 4) as number[];
    expect(emv[0]).toBeCloseTo(2_528.4, 6);
    expect(emv[1]).toBe(100);
    expect(emv[2]).toBeCloseTo(2_428.4, 6);
    expect(emv[3]).toBeCloseTo(24.284, 6);
    // Spend by deliverable due date: Maya's fee (Reel due 2026-11-20) this week, Leo's (Story due
    // 2026-11-12) the week before; Paid follows the invoices the other way round
    expect(rowAfter(values, "Spend", 4)).toEqual([400, 1_000, -600, -0.6]);
    expect(rowAfter(values, "Paid", 4)).toEqual([1_000, 400, 600, 1.5]);
    expect(rowAfter(values, "Revenue", 4)).toEqual([400, 50, 350, 7]);
    // No weekly ROI: it is shown to date per campaign
    expect(() => rowOf(values, "ROI")).toThrow();
  });

  it("breaks the week down by campaign, platform, creator and best post, with links", () => {
    const { values } = built();
    const campaigns = tableUnder(values, "By campaign", 11);
    expect(campaigns[0]).toEqual([
      "Campaign",
      "Objective",
      "Posts",
      "EMV",
      "Spend",
      "Paid",
      "Revenue",
      "ROI to date",
      "Budget",
      "Used to date",
      "Budget used",
    ]);
    // ROI to date: revenue 50 + 400 against the 1,400 committed by the week's end
    expect(campaigns[1]?.slice(0, 7)).toEqual(["Winter Glow", "Awareness", 2, 2_508.4, 400, 1_000, 400]);
    expect(campaigns[1]?.[7]).toBeCloseTo((450 - 1_400) / 1_400, 10);
    expect(campaigns[1]?.slice(8, 10)).toEqual([1_200, 1_400]);
    expect(campaigns[1]?.[10]).toBeCloseTo(1_400 / 1_200, 10);
    expect(campaigns[2]).toEqual(["Spring Drop", "Sales", 1, 20, 0, 0, 0, "", "", 0, ""]);
    const platforms = tableUnder(values, "By platform", 6);
    expect(platforms.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
      ["Instagram", 2, 14_000, 600, 220],
      ["TikTok", 1, 20_000, 1_300, 2_308.4],
    ]);
    const creators = tableUnder(values, "Top creators by EMV", 9);
    expect(creators.slice(1).map((r) => [r[1], r[4], r[6], r[8]])).toEqual([
      ["@leo", 100_000, 1_300, 2_308.4],
      ["@maya", 12_000, 500, 200],
      ["@vic", 50_000, 100, 20],
    ]);
    const posts = tableUnder(values, "Best posts by EMV", 7);
    expect(posts.slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([
      ["@leo", 2_308.4, "https://tiktok.com/@leo/video/1"],
      ["@maya", 200, "https://instagram.com/p/one"],
      ["@vic", 20, "https://instagram.com/p/three"],
    ]);
    expect((posts[1]?.[0] as Date | undefined)?.toISOString()).toBe("2026-11-18T00:00:00.000Z");
  });

  it("lists what needs attention: disclosure, deliverables, low engagement, over budget", () => {
    const book = glowWorkbook();
    // The team's own Instagram benchmark: one band from 20K at 1.62% (the default has no 50K–1M figure).
    const settings = book.sheet("Settings");
    const title = rowOf(settings?.read().values ?? [], "Instagram engagement benchmark");
    settings?.write(title + 2, 1, [[20_000, 0.0162], ...Array.from({ length: 3 }, () => ["", ""])]);
    buildLastWeeksReport(memoryContext(book, () => NOW));
    const values = valuesOf(book, REPORT);
    expect(
      tableUnder(values, "Needs attention: FTC disclosure", 6)
        .slice(1)
        .map((r) => r.slice(1, 5)),
    ).toEqual([
      ["@leo", "TikTok", "Missing", "great stuff"],
      ["@vic", "Instagram", "Missing", "=1+1 check this out"],
    ]);
    expect(
      tableUnder(values, "Needs attention: deliverables not posted", 6)
        .slice(1)
        .map((r) => r.slice(1)),
    ).toEqual([["Due this week", "Winter Glow", "@maya", "Reel", "Planned"]]);
    expect(tableUnder(values, "Needs attention: engagement far below benchmark", 8).slice(1)).toEqual([
      // the benchmark's own measure: likes + comments (90) per post ÷ followers
      ["Vic Stone", "@vic", "Instagram", 50_000, 1, 0.0018, 0.0162, "over 20K"],
    ]);
    expect(tableUnder(values, "Needs attention: campaigns over budget", 4).slice(1)).toEqual([
      ["Winter Glow", 1_200, 1_400, 200],
    ]);
  });

  it("writes a caption that looks like a formula as text, never as a formula", () => {
    const { book } = built();
    const state = sheetState(book, REPORT);
    expect(state.formulas.flat().filter((f) => f !== "")).toEqual([]);
    expect(state.values.flat()).toContain("=1+1 check this out");
  });

  it("formats numbers by what they are: counts, money, rates, changes and dates", () => {
    const { book, values } = built();
    const sheet = book.allSheets().find((s) => s.name === REPORT);
    const format = (label: string, col: number) => sheet?.numberFormatAt(rowOf(values, label), col);
    expect(format("Posts published", 2)).toBe("#,##0");
    expect(format("EMV", 2)).toBe('"$"#,##0.00');
    expect(format("EMV", 4)).toBe('"$"#,##0.00');
    expect(format("Engagements per impression", 3)).toBe("0.00%");
    expect(format("EMV", 5)).toBe("+0.0%;-0.0%;0.0%");
    expect(format("Mon", 2)).toBe("yyyy-mm-dd");
    expect(format("Winter Glow", 4)).toBe('"$"#,##0.00');
  });

  it("draws EMV by campaign as columns, engagements by day as a line, the platform mix as a pie and six weeks as lines", () => {
    const { book, values } = built();
    const charts = sheetState(book, REPORT).charts;
    expect(charts.map((c) => [c.kind, c.title])).toEqual([
      ["column", "EMV by campaign"],
      ["line", "Engagements by day"],
      ["pie", "Platform mix (posts)"],
      ["line", "Last six weeks: posts, engagements, EMV"],
    ]);
    const data = charts.map(({ data }) =>
      values
        .slice(data.row - 1, data.row - 1 + data.numRows)
        .map((r) => r.slice(data.col - 1, data.col - 1 + data.numCols)),
    );
    expect(data[0]).toEqual([
      ["Campaign", "EMV"],
      ["Winter Glow", 2_508.4],
      ["Spring Drop", 20],
    ]);
    expect(data[1]).toEqual([
      ["Day", "Engagements"],
      ["Mon", 500],
      ["Tue", 0],
      ["Wed", 1_300],
      ["Thu", 0],
      ["Fri", 0],
      ["Sat", 100],
      ["Sun", 0],
    ]);
    expect(data[2]).toEqual([
      ["Platform", "Posts"],
      ["Instagram", 2],
      ["TikTok", 1],
    ]);
    // Posts are on the right axis: tens beside thousands would draw a flat line.
    expect(data[3]?.[0]).toEqual(["Week of", "Posts", "Engagements", "EMV"]);
    expect(data[3]).toHaveLength(7);
    expect(charts[3]?.rightAxis).toEqual([0]);
  });

  it("writes every cell in one batch, then a fixed handful of format and chart calls", () => {
    const book = glowWorkbook();
    buildLastWeeksReport(memoryContext(book, () => NOW));
    const calls = book.calls;
    expect(calls.filter((c) => c === "write")).toHaveLength(1);
    expect(calls.filter((c) => c === "read")).toHaveLength(6); // Settings, Roster, Campaigns, Deliverables, Posts, Budget
    expect(calls.filter((c) => c === "addChart")).toHaveLength(4);
    expect(calls.filter((c) => c === "setNumberFormats").length).toBeLessThanOrEqual(40);
  });
});

describe("a failure while building", () => {
  type Failing = "write" | "addChart";

  function failOn(book: ReturnType<typeof glowWorkbook>, method: Failing): void {
    const addSheet = book.addSheet.bind(book);
    book.addSheet = (name: string) => {
      const sheet = addSheet(name);
      sheet[method] = () => {
        throw new Error("Service Spreadsheets failed while accessing document.");
      };
      return sheet;
    };
  }

  it.each<Failing>(["write", "addChart"])(
    "in %s leaves no half-written sheet and says what failed",
    (method) => {
      const book = glowWorkbook();
      const before = book.allSheets().map((s) => s.name);
      failOn(book, method);
      const context = memoryContext(book, () => NOW);
      runMenuAction(context, REPORT_TITLE, buildLastWeeksReport);
      expect(book.allSheets().map((s) => s.name)).toEqual(before);
      expect(context.ui.shown).toEqual([
        {
          kind: "alert",
          title: REPORT_TITLE,
          message: "Service Spreadsheets failed while accessing document.",
        },
      ]);
    },
  );

  it("while replacing a report leaves the old report exactly as it was", () => {
    const book = glowWorkbook();
    const context = memoryContext(book, () => NOW);
    buildLastWeeksReport(context);
    const names = book.allSheets().map((s) => s.name);
    const old = sheetState(book, REPORT);
    failOn(book, "addChart");
    runMenuAction(context, REPORT_TITLE, buildLastWeeksReport);
    expect(context.ui.shown.map((d) => d.kind)).toEqual(["confirm", "alert"]);
    expect(book.allSheets().map((s) => s.name)).toEqual(names);
    expect(sheetState(book, REPORT)).toEqual(old);
  });

  it("a sheet left half-built by a run that was cut off is cleared by the next build", () => {
    const book = glowWorkbook();
    book.addSheet("Report 2026-11-16 (building)").write(1, 1, [["half"]]);
    buildLastWeeksReport(memoryContext(book, () => NOW));
    expect(book.allSheets().map((s) => s.name)).not.toContain("Report 2026-11-16 (building)");
    expect(valuesOf(book, REPORT)[0]?.[0]).toBe("Weekly report: Glow Skincare Creators");
  });
});

describe("the report sheet's size", () => {
  it("is trimmed to the rows and columns the report uses, not a new sheet's 1000 × 26", () => {
    const { book, values } = built();
    const used = { rows: values.length, cols: Math.max(...values.map((row) => row.length)) };
    expect(used.rows).toBeLessThan(1000);
    expect(book.sheet(REPORT)?.gridSize()).toEqual(used);
  });

  it("a rebuilt report is trimmed again to what it now uses", () => {
    const book = glowWorkbook();
    const context = memoryContext(book, () => NOW);
    buildLastWeeksReport(context);
    context.ui.confirms.push(true);
    buildLastWeeksReport(context);
    const values = valuesOf(book, REPORT);
    const used = { rows: values.length, cols: Math.max(...values.map((row) => row.length)) };
    expect(book.sheet(REPORT)?.gridSize()).toEqual(used);
  });
});
