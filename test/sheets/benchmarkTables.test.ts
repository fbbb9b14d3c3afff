import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { lastWeeksReport } from "../../src/addon/actions/weeklyReport";
import { memoryContext } from "../../src/addon/memoryContext";
import type { Cell } from "../../src/core/cells";
import { DEFAULT_BENCHMARKS, HYPEAUDITOR_2018 } from "../../src/core/report/benchmark";
import { readReportConfig } from "../../src/sheets/reportSources";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { glowWorkbook, NOW, rowOf, setSetting } from "../fixtures/reportWorkbook";

const OLD_NOTE =
  "Average engagement rate by followers. The weekly report warns when a creator is under a third of their band.";

function settingsValues(book: MemoryWorkbook): Cell[][] {
  return book.sheet("Settings")?.read().values ?? [];
}

/** The rows under a table's header, up to the first blank row. */
function tableRows(book: MemoryWorkbook, title: string): Cell[][] {
  const values = settingsValues(book);
  const rows: Cell[][] = [];
  for (let r = rowOf(values, title); r < values.length && values[r]?.[0] !== ""; r++) {
    rows.push((values[r] ?? []).slice(0, 2));
  }
  return rows;
}

/** A Settings sheet as earlier versions left it: one "Engagement benchmark" table of 2018 rows. */
function oldSettings(edit?: (rows: Cell[][]) => void) {
  const book = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
  const context = memoryContext(book);
  setUpSheets(context, ["Settings"]);
  const sheet = book.sheet("Settings");
  const title = rowOf(settingsValues(book), "Instagram engagement benchmark");
  const rows: Cell[][] = HYPEAUDITOR_2018.bands.map((b) => [b.minFollowers, b.engagementRate]);
  edit?.(rows);
  sheet?.write(title, 1, [["Engagement benchmark", OLD_NOTE]]);
  sheet?.write(title + 2, 1, rows as (string | number)[][]);
  setSetting(book, "Benchmark source", "HypeAuditor (2018), about 37,000 Instagram accounts");
  return { book, context };
}

describe("engagement benchmark tables in Settings", () => {
  it("a new Settings sheet has one table per platform, Instagram's seeded with the cited 2026 figures", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    setUpSheets(memoryContext(book), ["Settings"]);
    expect(tableRows(book, "Instagram engagement benchmark")).toEqual([
      ["Minimum followers", "Average engagement rate"],
      [1_000, 0.0178],
      [10_000, 0.0054],
      // HypeAuditor's 2026 summary gives no 50K–1M figure: blank, so not checked.
      [50_000, ""],
      [1_000_000, 0.0033],
    ]);
    for (const platform of ["TikTok", "YouTube"]) {
      expect(tableRows(book, `${platform} engagement benchmark`)).toEqual([
        ["Minimum followers", "Average engagement rate"],
      ]);
    }
    const values = settingsValues(book);
    const note = values[rowOf(values, "Instagram engagement benchmark") - 1]?.[1];
    expect(note).toContain("HypeAuditor, State of Influencer Marketing 2026");
    expect(note).toContain("likes + comments per post ÷ followers");
    expect(readReportConfig(book).benchmarks).toEqual(Object.values(DEFAULT_BENCHMARKS));
  });

  it("an untouched 2018 table is read as today's default, and the set-up brings it up to date once", () => {
    const { book, context } = oldSettings();
    expect(readReportConfig(book).benchmarks[0]).toEqual(DEFAULT_BENCHMARKS.Instagram);
    setUpSheets(context, ["Settings"]);
    expect(tableRows(book, "Instagram engagement benchmark")).toEqual([
      ["Minimum followers", "Average engagement rate"],
      [1_000, 0.0178],
      [10_000, 0.0054],
      [50_000, ""],
      [1_000_000, 0.0033],
    ]);
    expect(settingsValues(book).some((row) => row[0] === "Engagement benchmark")).toBe(false);
    const after = settingsValues(book);
    expect(setUpSheets(context, ["Settings"])).toBe("Everything was already up to date; nothing changed.");
    expect(settingsValues(book)).toEqual(after);
  });

  it("a 2018 table the team edited stays as they typed it, and is used for Instagram under their source", () => {
    const { book, context } = oldSettings((rows) => {
      (rows[0] as Cell[])[1] = 0.05;
    });
    setUpSheets(context, ["Settings"]);
    expect(tableRows(book, "Engagement benchmark").slice(1, 3)).toEqual([
      [1_000, 0.05],
      [5_000, 0.0228],
    ]);
    const [instagram, tiktok] = readReportConfig(book).benchmarks;
    expect(instagram?.source).toBe("your own figures (Settings › Instagram engagement benchmark)");
    expect(instagram?.bands[0]).toEqual({
      label: "1K–5K",
      minFollowers: 1_000,
      maxFollowers: 5_000,
      engagementRate: 0.05,
    });
    expect(tiktok).toEqual(DEFAULT_BENCHMARKS.TikTok);
  });

  it("a 2018 table whose figures come from the team's formulas stays, formulas and all", () => {
    const rate = HYPEAUDITOR_2018.bands[0]?.engagementRate;
    const { book, context } = oldSettings((rows) => {
      (rows[0] as Cell[])[1] = `=${rate}*1`;
    });
    const before = book.sheet("Settings")?.read();
    setUpSheets(context, ["Settings"]);
    const after = book.sheet("Settings")?.read();
    const title = rowOf(settingsValues(book), "Engagement benchmark");
    expect(after?.formulas[title + 1]?.[1]).toBe(`=${rate}*1`);
    expect(after?.values.slice(title - 1, title + 8)).toEqual(before?.values.slice(title - 1, title + 8));
  });

  it("updates an untouched 2018 table's rows and title but keeps the team's own note beside it", () => {
    const { book, context } = oldSettings();
    const title = rowOf(settingsValues(book), "Engagement benchmark");
    book.sheet("Settings")?.write(title, 2, [["Checked by Dana, March"]]);
    setUpSheets(context, ["Settings"]);
    expect(settingsValues(book)[title - 1]?.slice(0, 2)).toEqual([
      "Instagram engagement benchmark",
      "Checked by Dana, March",
    ]);
    expect(tableRows(book, "Instagram engagement benchmark")[1]).toEqual([1_000, 0.0178]);
  });

  it("checks each creator against their own platform's table: TikTok only once the team fills its table", () => {
    const book = glowWorkbook();
    const flagged = () =>
      lastWeeksReport(memoryContext(book, () => NOW)).report.attention.lowEngagement.map((r) => [
        r.handle,
        r.platform,
        r.benchmark,
        r.band,
      ]);
    // Leo (TikTok, 100K followers, 1.1%) has no TikTok table to be checked against.
    expect(flagged()).toEqual([]);
    const settings = book.sheet("Settings");
    const title = rowOf(settings?.read().values ?? [], "TikTok engagement benchmark");
    settings?.write(title + 2, 1, [[10_000, 0.05]]);
    setSetting(book, "Benchmark source", "Our TikTok program, 2025");
    expect(flagged()).toEqual([["@leo", "TikTok", 0.05, "over 10K"]]);
    const { report } = lastWeeksReport(memoryContext(book, () => NOW));
    expect(report.benchmarks.map((b) => [b.platform, b.source])).toEqual([
      ["Instagram", DEFAULT_BENCHMARKS.Instagram.source],
      ["TikTok", "Our TikTok program, 2025"],
      ["YouTube", DEFAULT_BENCHMARKS.YouTube.source],
    ]);
  });
});
