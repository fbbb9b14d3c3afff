import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../../src/addon/memoryContext";
import { DEFAULT_ROWS } from "../../../src/core/disclosure";
import { DEFINITIONS, REACH_DEFINED } from "../../../src/core/report/definitionTexts";
import { readReportSheets } from "../../../src/sheets/reportSources";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";

const CAPTIONS = ["#ad trail day", "#광고 새 신발", "Anzeige | Neue Schuhe", "#adventure time"];

/** A Posts sheet of captions, set up (Settings too, since the Disclosure formula reads it). */
function postsBook(): MemoryWorkbook {
  const book = new MemoryWorkbook({ name: "Team", timeZone: "America/New_York" });
  book
    .addSheet("Posts")
    .write(1, 1, [
      ["Handle", "Platform", "Caption"],
      ...CAPTIONS.map((caption) => ["@maya", "Instagram", caption]),
    ]);
  setUpSheets(memoryContext(book), ["Posts"]);
  return book;
}

function disclosures(book: MemoryWorkbook): unknown[] {
  const values = book.sheet("Posts")?.read().values ?? [];
  const col = (values[0] ?? []).indexOf("Disclosure");
  return values.slice(1, CAPTIONS.length + 1).map((row) => row[col]);
}

/** The 1-based row of a term in Settings' Disclosure terms table. */
function termRow(book: MemoryWorkbook, term: string): number {
  const values = book.sheet("Settings")?.read().values ?? [];
  const header = values.findIndex((row) => row[0] === "Disclosure terms") + 1;
  const index = values.findIndex((row, i) => i > header && row[0] === term);
  expect(index, term).toBeGreaterThan(header);
  return index + 1;
}

describe("the Posts Disclosure column", () => {
  it("calls FTC_CHECK with the Settings disclosure terms", () => {
    const book = postsBook();
    const values = book.sheet("Posts")?.read();
    const col = (values?.values[0] ?? []).indexOf("Disclosure");
    expect(values?.formulas[0]?.[col]).toMatch(
      /^=\{"Disclosure";FTC_CHECK\(C2:C,Settings!\$A\$\d+:\$E\$\d+\)\}$/,
    );
    expect(disclosures(book)).toEqual(["Disclosed", "Missing", "Missing", "Missing"]);
  });

  it("follows the team's edits: a row added, a market switched on, a default row switched off", () => {
    const book = postsBook();
    const settings = book.sheet("Settings");
    const below = termRow(book, DEFAULT_ROWS[DEFAULT_ROWS.length - 1]?.term ?? "") + 1;
    settings?.write(below, 1, [["#광고", "Clear", "Korea", "Yes", "KFTC"]]);
    expect(disclosures(book)).toEqual(["Disclosed", "Disclosed", "Missing", "Missing"]);
    settings?.write(termRow(book, "Anzeige:"), 4, [["Yes"]]);
    expect(disclosures(book)).toEqual(["Disclosed", "Disclosed", "Disclosed", "Missing"]);
    settings?.write(termRow(book, "#ad"), 4, [["No"]]);
    expect(disclosures(book)).toEqual(["Missing", "Disclosed", "Disclosed", "Missing"]);
  });
});

describe("Instagram's views as its reach", () => {
  it("reads a Posts column named Instagram views as Impressions, and the report says which count each platform's reach is", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    book.addSheet("Posts").write(1, 1, [
      ["Date", "Handle", "Platform", "Instagram views", "Likes"],
      ["2026-11-16", "@maya", "Instagram", 4_000, 120],
    ]);
    const [post] = readReportSheets(book).sheets.posts ?? [];
    expect(post?.values.impressions).toBe(4_000);
    expect(post?.values.views).toBeUndefined();
    expect(DEFINITIONS.filter((line) => line.startsWith("Reach: "))).toEqual([REACH_DEFINED]);
    expect(REACH_DEFINED).toContain("Instagram's is its Views since 2025");
  });
});

describe("a team's Reach column", () => {
  it("is not read as Impressions: reach counts accounts, not times a post was shown", () => {
    const book = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    book.addSheet("Posts").write(1, 1, [
      ["Date", "Handle", "Platform", "Reach", "Likes"],
      ["2026-11-16", "@maya", "Instagram", 3_000, 120],
    ]);
    const [post] = readReportSheets(book).sheets.posts ?? [];
    expect(post?.values.impressions).toBeUndefined();
    expect(post?.values.likes).toBe(120);
  });
});
