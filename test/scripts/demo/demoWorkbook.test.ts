import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { demoWorkbook } from "../../../scripts/demo/demoWorkbook";
import { setUpSheets } from "../../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../../src/addon/memoryContext";
import type { Cell } from "../../../src/core/cells";
import { AYZENBERG_RATES, emvOf } from "../../../src/core/functions/emv";
import { ALL_SHEETS } from "../../../src/sheets/refresh";
import type { MemorySheet } from "../../../src/workbook/memory/memoryWorkbook";
import { exportXlsx } from "../../../src/workbook/memory/xlsxExport";
import { importXlsx } from "../../../src/workbook/memory/xlsxImport";

const NOW = new Date(Date.UTC(2026, 10, 18, 9));
let demo: ReturnType<typeof demoWorkbook>;

beforeAll(() => {
  demo = demoWorkbook(NOW);
});

/** The sample rows of a sheet as objects by header, exactly as the demo typed them. */
function typedRows(sheet: keyof ReturnType<typeof demoWorkbook>["data"]["sheets"]): Record<string, Cell>[] {
  const [header = [], ...rows] = demo.data.sheets[sheet];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function sheetRows(name: string): Record<string, Cell>[] {
  const [header = [], ...rows] = demo.workbook.sheet(name)?.read().values ?? [];
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

describe("the demo workbook", () => {
  it("evaluates every formula the add-on wrote without an error value", () => {
    const errors: string[] = [];
    for (const name of demo.workbook.sheetNames()) {
      const sheet = demo.workbook.sheet(name) as MemorySheet;
      const { values, formulas } = sheet.read();
      values.forEach((row, r) => {
        row.forEach((value, c) => {
          const hasFormula = (formulas[r]?.[c] ?? "") !== "";
          if (typeof value === "string" && /^#(NAME\?|VALUE!|REF!|DIV\/0!|ERROR!|N\/A|NUM!)/.test(value)) {
            errors.push(
              `${name}!R${r + 1}C${c + 1} ${hasFormula ? formulas[r]?.[c] : "(spilled)"}: ${value} ${JSON.stringify(sheet.errorAt(r + 1, c + 1))}`,
            );
          }
        });
      });
    }
    expect(errors).toEqual([]);
  });

  it("computes EMV and disclosure per post as the core does", () => {
    const posts = sheetRows("Posts");
    const typed = typedRows("Posts");
    expect(posts.length).toBeGreaterThanOrEqual(typed.length);
    typed.forEach((post, i) => {
      const counts = {
        impressions: post.Impressions as number,
        views: post.Views as number,
        likes: post.Likes as number,
        comments: post.Comments as number,
        shares: post.Shares as number,
        saves: post.Saves as number,
        linkClicks: post["Link clicks"] as number,
      };
      expect(posts[i]?.EMV, `post ${i + 2}`).toBeCloseTo(emvOf(counts, AYZENBERG_RATES), 2);
    });
    const disclosures = new Set(posts.slice(0, typed.length).map((p) => p.Disclosure));
    expect([...disclosures].sort()).toEqual(["Disclosed", "Missing", "Not up front", "Unclear"]);
  });

  it("ROI per campaign matches totals recomputed from the sample rows", () => {
    const roi = sheetRows("ROI").filter((r) => r.Handle === "All creators");
    const posts = typedRows("Posts");
    const budget = typedRows("Budget");
    expect(roi.map((r) => r.Campaign)).toEqual([
      "Spring Trail Launch",
      "Hydration Habits",
      "Creator Reviews",
    ]);
    for (const row of roi) {
      const mine = posts.filter((p) => p.Campaign === row.Campaign);
      const spend = budget
        .filter((b) => b.Campaign === row.Campaign)
        .reduce((s, b) => s + (b.Actual as number), 0);
      const revenue = mine.reduce((s, p) => s + (p.Revenue as number), 0);
      const impressions = mine.reduce((s, p) => s + (p.Impressions as number), 0);
      const engagements = mine.reduce(
        (s, p) =>
          s +
          (p.Likes as number) +
          (p.Comments as number) +
          (p.Shares as number) +
          (p.Saves as number) +
          (p["Link clicks"] as number),
        0,
      );
      const emv = mine.reduce(
        (s, p) =>
          s +
          emvOf(
            {
              impressions: p.Impressions as number,
              views: p.Views as number,
              likes: p.Likes as number,
              comments: p.Comments as number,
              shares: p.Shares as number,
              saves: p.Saves as number,
              linkClicks: p["Link clicks"] as number,
            },
            AYZENBERG_RATES,
          ),
        0,
      );
      expect(row.Spend).toBe(spend);
      expect(row.Revenue).toBe(revenue);
      expect(row.Impressions).toBe(impressions);
      expect(row.Engagements).toBe(engagements);
      expect(row.EMV as number).toBeCloseTo(round2(emv), 2);
      expect(row.ROI as number).toBeCloseTo((revenue - spend) / spend, 10);
      expect(row.CPM as number).toBeCloseTo((spend / impressions) * 1000, 10);
    }
  });

  it("Budget's per-campaign summary matches the budget lines and campaign budgets", () => {
    const values = demo.workbook.sheet("Budget by campaign")?.read().values ?? [];
    const at = 0;
    expect(values[0]?.[at]).toBe("Campaign");
    expect(demo.workbook.sheet("Budget")?.read().values[0]).not.toContain("Budget by campaign");
    const budget = typedRows("Budget");
    const campaigns = typedRows("Campaigns");
    const summary = values.slice(1).filter((r) => r[at] !== "" && r[at] !== undefined);
    expect(summary.map((r) => r[at])).toEqual(campaigns.map((c) => c.Campaign));
    for (const row of summary) {
      const lines = budget.filter((b) => b.Campaign === row[at]);
      const planned = lines.reduce((s, b) => s + (b.Planned as number), 0);
      const actual = lines.reduce((s, b) => s + (b.Actual as number), 0);
      const total = campaigns.find((c) => c.Campaign === row[at])?.Budget as number;
      expect(row.slice(at + 1, at + 6)).toEqual([planned, actual, total, total - actual, actual / total]);
    }
  });

  it("tiers and engagement rates on Roster follow the sample followers", () => {
    const roster = sheetRows("Roster");
    const typed = typedRows("Roster");
    typed.forEach((creator, i) => {
      const followers = creator.Followers as number;
      const tier =
        followers >= 100_000
          ? "Macro"
          : followers >= 10_000
            ? "Micro"
            : followers >= 1_000
              ? "Nano"
              : "Below Nano";
      expect(roster[i]?.Tier).toBe(tier);
      const rate =
        ((creator["Avg comments"] as number) +
          (creator["Avg shares"] as number) +
          (creator["Avg link clicks"] as number)) /
        followers;
      expect(roster[i]?.["Engagement rate by followers"] as number).toBeCloseTo(rate, 12);
    });
    expect(new Set(typed.map((c) => c.Platform))).toEqual(new Set(["Instagram", "TikTok", "YouTube"]));
    expect(typed.length).toBe(40);
  });

  it("round-trips through .xlsx: the actions run on the exported file change nothing", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "demo-roundtrip-")), "demo.xlsx");
    await exportXlsx(demo.workbook, path);
    const again = await importXlsx(path);
    again.resetCalls();
    expect(setUpSheets(memoryContext(again), ALL_SHEETS)).toBe(
      "Everything was already up to date; nothing changed.",
    );
    expect(again.calls.filter((call) => /^(write|add|set|clear|remove|rename)/.test(call))).toEqual([]);
  });

  it("exports an .xlsx with formulas and their results, frozen headers, dropdowns and conditional formats", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "demo-xlsx-")), "demo.xlsx");
    await exportXlsx(demo.workbook, path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const roi = book.getWorksheet("ROI");
    const spend = roi?.getCell("C2").value as { formula?: string; result?: unknown };
    expect(spend.formula).toMatch(/^SUMIFS\(Budget!/);
    expect(typeof spend.result).toBe("number");
    const roster = book.getWorksheet("Roster");
    if (!roster) throw new Error("no Roster sheet in the export");
    expect(roster.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const status = (roster.getRow(1).values as unknown[]).indexOf("Status");
    expect(roster.getCell(2, status).dataValidation).toMatchObject({ type: "list" });
    // exceljs reads conditional formats back but its typings omit the property.
    const posts = book.getWorksheet("Posts") as unknown as {
      conditionalFormattings: { rules: { formulae?: string[] }[] }[];
    };
    const formulas = posts.conditionalFormattings.flatMap((c) => c.rules.flatMap((r) => r.formulae ?? []));
    expect(formulas.some((f) => f.includes('"Disclosed"'))).toBe(true);
  });
});
