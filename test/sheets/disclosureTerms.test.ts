import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { lastWeek } from "../../src/addon/actions/weeklyReport";
import { memoryContext } from "../../src/addon/memoryContext";
import { DEFAULT_ROWS, vocabularyTable } from "../../src/core/disclosure";
import { DEFINITIONS } from "../../src/core/report/definitionTexts";
import { readDisclosureTerms } from "../../src/sheets/disclosureTerms";
import { readReportConfig, weeklyReportFor } from "../../src/sheets/reportSources";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { glowWorkbook, NOW, POST_HEADERS, post } from "../fixtures/reportWorkbook";

/** The 1-based row of the Disclosure terms header in Settings. */
function headerRow(book: MemoryWorkbook): number {
  const values = book.sheet("Settings")?.read().values ?? [];
  const title = values.findIndex((row) => row[0] === "Disclosure terms");
  expect(title, "Settings has a Disclosure terms table").toBeGreaterThanOrEqual(0);
  return title + 2;
}

/** The table's filled rows, header first, as the sheet shows them. */
function table(book: MemoryWorkbook): unknown[][] {
  const values = book.sheet("Settings")?.read().values ?? [];
  const rows: unknown[][] = [];
  for (let r = headerRow(book) - 1; values[r]?.[0] !== undefined && values[r]?.[0] !== ""; r++) {
    rows.push((values[r] ?? []).slice(0, 5));
  }
  return rows;
}

/** Sets Use to `use` on every row of a market. */
function switchMarket(book: MemoryWorkbook, market: string, use: "Yes" | "No"): void {
  const sheet = book.sheet("Settings");
  const first = headerRow(book) + 1;
  table(book)
    .slice(1)
    .forEach((row, i) => {
      if (row[2] === market) sheet?.write(first + i, 4, [[use]]);
    });
}

describe("the Disclosure terms table in Settings", () => {
  it("is seeded with the FTC's rows on and the other markets' rows off, each with its source", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "America/New_York" });
    setUpSheets(memoryContext(book), ["Settings"]);
    const rows = table(book);
    expect(rows).toEqual(vocabularyTable(DEFAULT_ROWS));
    expect(rows[0]).toEqual(["Term", "Kind", "Market", "Use", "Source"]);
    const markets = new Map<unknown, Set<unknown>>();
    for (const row of rows.slice(1)) {
      markets.set(row[2], (markets.get(row[2]) ?? new Set()).add(row[3]));
      expect(String(row[4]).trim(), `source of ${row[0]}`).not.toBe("");
    }
    expect(markets).toEqual(
      new Map([
        ["US", new Set(["Yes"])],
        ["UK", new Set(["No"])],
        ["Germany", new Set(["No"])],
        ["France", new Set(["No"])],
        ["Spain", new Set(["No"])],
      ]),
    );
  });

  it("a second set-up changes nothing, and keeps the team's edits", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "America/New_York" });
    setUpSheets(memoryContext(book), ["Settings"]);
    switchMarket(book, "Germany", "Yes");
    const own = headerRow(book) + DEFAULT_ROWS.length + 1;
    book.sheet("Settings")?.write(own, 1, [["#광고", "Clear", "Korea", "Yes", "KFTC"]]);
    const before = book.sheet("Settings")?.read();
    expect(setUpSheets(memoryContext(book), ["Settings"])).toBe(
      "Everything was already up to date; nothing changed.",
    );
    expect(book.sheet("Settings")?.read()).toEqual(before);
  });

  it("reads as the FTC's terms when there is no Settings sheet", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "America/New_York" });
    expect(readDisclosureTerms(book)).toEqual({ rows: null, problem: null });
  });
});

describe("the weekly report reads the team's disclosure terms", () => {
  const captions = ["#Werbung Neue Schuhe für den Winter", "#ad love this serum", "great stuff"];
  const book = () =>
    glowWorkbook({
      posts: [
        POST_HEADERS,
        ...captions.map((caption, i) =>
          post({ date: `2026-11-1${7 + i}`, handle: `@p${i}`, platform: "Instagram", caption }),
        ),
      ],
    });
  const flagged = (workbook: MemoryWorkbook) => {
    const config = readReportConfig(workbook);
    const report = weeklyReportFor(workbook, config, lastWeek(config, NOW), NOW, DEFINITIONS);
    return { notices: report.notices, flagged: report.attention.disclosure.map((row) => row.caption) };
  };

  it("flags a German post under the FTC's terms, and not once the team switches Germany on", () => {
    const workbook = book();
    expect(flagged(workbook).flagged).toEqual([captions[0], captions[2]]);
    switchMarket(workbook, "Germany", "Yes");
    expect(flagged(workbook)).toEqual({ notices: [], flagged: [captions[2]] });
  });

  it("names a bad row and checks every post with the FTC's terms until it is fixed", () => {
    const workbook = book();
    switchMarket(workbook, "Germany", "Yes");
    const row = headerRow(workbook) + 1;
    workbook.sheet("Settings")?.write(row, 2, [["Clearly"]]);
    const result = flagged(workbook);
    expect(result.flagged).toEqual([captions[0], captions[2]]);
    expect(result.notices[0]).toBe(
      `Settings › Disclosure terms row ${row} (Ad:): kind must be Clear or Unclear, got "Clearly". ` +
        "Until it is fixed, the weekly report and the brief check use the FTC's terms only.",
    );
  });
});
