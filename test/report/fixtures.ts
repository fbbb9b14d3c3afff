import type { Cell } from "../../src/core/cells";
import { applyPlan } from "../../src/sheets/apply";
import { POSTS } from "../../src/sheets/layouts/posts";
import { defaultSettings } from "../../src/sheets/refresh";
import { planSettings } from "../../src/sheets/settings";
import { MemoryWorkbook, type MemoryWorkbookOptions } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

/** Tuesday 2026-11-24: "last week" is Monday 2026-11-16 to Sunday 2026-11-22. */
export const NOW = new Date("2026-11-24T10:00:00Z");

export const POST_HEADERS = POSTS.columns.map((c) => c.header);

/** A Posts row in our column order, blank where not given. */
export function post(fields: Partial<Record<string, Cell>>): Cell[] {
  return POSTS.columns.map((c) => fields[c.key] ?? "");
}

/** Text cells stay text (a caption starting with "=" is typed as text, as a person would with a leading '). */
function typed(rows: Cell[][]): WriteCell[][] {
  return rows.map((row) =>
    row.map((cell): WriteCell => {
      if (cell === null || cell === undefined) return "";
      if (typeof cell === "string" && /^[=+\-@]/.test(cell)) return { text: cell };
      return cell;
    }),
  );
}

export function addSheet(book: MemoryWorkbook, name: string, rows: Cell[][]): void {
  book.addSheet(name).write(1, 1, typed(rows));
}

/** Adds the Settings sheet exactly as "Set up one sheet › Settings" lays it out. */
export function addSettings(book: MemoryWorkbook): void {
  applyPlan(book, planSettings(null, defaultSettings(book)).plan);
}

/** Types a value next to a Settings label. */
export function setSetting(book: MemoryWorkbook, label: string, value: string | number): void {
  const sheet = book.sheet("Settings");
  if (!sheet) throw new Error("no Settings sheet");
  const row = sheet.read().values.findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`no setting ${label}`);
  sheet.write(row + 1, 2, [[typeof value === "string" ? { text: value } : value]]);
}

/*
 * Glow Skincare, Europe/London (UTC in November). Report week 2026-11-16 to 2026-11-22, the week
 * before 2026-11-09 to 2026-11-15. Engagements = likes + comments + shares + saves + link clicks.
 */
export const GLOW_POSTS: Cell[][] = [
  POST_HEADERS,
  // row 2: engagements 400+50+20+30+0 = 500, EMV 200 from the sheet; "#ad" up front: disclosed
  post({
    date: "2026-11-16",
    handle: "@maya",
    campaign: "Winter Glow",
    platform: "Instagram",
    postUrl: "https://instagram.com/p/one",
    caption: "#ad love this serum",
    impressions: 10_000,
    views: 0,
    likes: 400,
    comments: 50,
    shares: 20,
    saves: 30,
    linkClicks: 0,
    promoRedemptions: 2,
    revenue: 100,
    emv: 200,
  }),
  // row 3: engagements 1000+100+50+50+100 = 1300; EMV blank, so from the Settings rate card (Default row,
  // Ayzenberg): 20000×0.00482 + 15000×0.09 + 1000×0.21 + 100×3.17 + 50×2.14 + 50×0 + 100×2.28 = 2308.40
  post({
    date: "2026-11-18",
    handle: "@leo",
    campaign: "Winter Glow",
    platform: "TikTok",
    postUrl: "https://tiktok.com/@leo/video/1",
    caption: "great stuff",
    impressions: 20_000,
    views: 15_000,
    likes: 1000,
    comments: 100,
    shares: 50,
    saves: 50,
    linkClicks: 100,
    promoRedemptions: 3,
    revenue: 300,
  }),
  // row 4: engagements 80+10+5+5+0 = 100, EMV 20; the caption looks like a formula and has no disclosure
  post({
    date: "2026-11-21",
    handle: "@vic",
    campaign: "Spring Drop",
    platform: "Instagram",
    postUrl: "https://instagram.com/p/three",
    caption: "=1+1 check this out",
    impressions: 4000,
    likes: 80,
    comments: 10,
    shares: 5,
    saves: 5,
    emv: 20,
  }),
  // row 5, the week before: engagements 200+20+10+10+10 = 250, EMV 100
  post({
    date: "2026-11-10",
    handle: "@maya",
    campaign: "Winter Glow",
    platform: "Instagram",
    postUrl: "https://instagram.com/p/zero",
    caption: "#ad morning routine",
    impressions: 5000,
    likes: 200,
    comments: 20,
    shares: 10,
    saves: 10,
    linkClicks: 10,
    promoRedemptions: 1,
    revenue: 50,
    emv: 100,
  }),
  // row 6: this week (23 Nov) is not in the report
  post({
    date: "2026-11-23",
    handle: "@maya",
    campaign: "Winter Glow",
    impressions: 999,
    likes: 999,
    emv: 999,
  }),
];

export interface GlowOptions extends MemoryWorkbookOptions {
  settings?: boolean;
  posts?: Cell[][] | null;
}

/** The Glow Skincare program in a MemoryWorkbook, with our headers and a few rows per sheet. */
export function glowWorkbook(options: GlowOptions = {}): MemoryWorkbook {
  const book = new MemoryWorkbook({
    name: "Glow Skincare Creators",
    timeZone: "Europe/London",
    locale: "en_GB",
    ...options,
  });
  if (options.settings !== false) addSettings(book);
  addSheet(book, "Roster", [
    ["Creator", "Handle", "Platform", "Followers"],
    ["Maya Chen", "@maya", "Instagram", 12_000],
    ["Leo Park", "@leo", "TikTok", 100_000],
    // 100 engagements on one post ÷ 50,000 = 0.2%, under a third of the 20K–100K band's 1.62%
    ["Vic Stone", "@vic", "Instagram", 50_000],
  ]);
  addSheet(book, "Campaigns", [
    ["Campaign", "Objective", "Start", "End", "Budget"],
    ["Winter Glow", "Awareness", "2026-11-01", "2026-12-15", 1200],
    ["Spring Drop", "Sales", "2026-11-15", "2026-12-31", ""],
  ]);
  addSheet(book, "Deliverables", [
    ["Campaign", "Handle", "Deliverable", "Due date", "Posted on", "Post URL", "Status"],
    ["Winter Glow", "@maya", "Reel", "2026-11-20", "", "", "Planned"],
    ["Winter Glow", "@leo", "Story", "2026-11-12", "2026-11-12", "https://tiktok.com/@leo/video/0", "Posted"],
  ]);
  if (options.posts !== null) addSheet(book, "Posts", options.posts ?? GLOW_POSTS);
  addSheet(book, "Budget", [
    ["Campaign", "Handle", "Item", "Planned", "Actual", "Paid on"],
    // Paid this week 1000, the week before 400; committed by due date the other way round.
    // Winter Glow has used 1400 of its 1200 by the week's end.
    ["Winter Glow", "@leo", "Creator fee", 1000, 1000, "2026-11-17"],
    ["Winter Glow", "@maya", "Creator fee", 400, 400, "2026-11-11"],
  ]);
  book.resetCalls();
  return book;
}

/** Values of a sheet, or fails the test. */
export function valuesOf(book: MemoryWorkbook, name: string): Cell[][] {
  const sheet = book.allSheets().find((s) => s.name === name);
  if (!sheet)
    throw new Error(
      `no sheet "${name}"; sheets: ${book
        .allSheets()
        .map((s) => s.name)
        .join(", ")}`,
    );
  return sheet.read().values;
}

/** The 1-based row whose column A is `label`, after `from` rows. */
export function rowOf(values: Cell[][], label: string, from = 0): number {
  const index = values.findIndex((row, i) => i >= from && row[0] === label);
  if (index < 0) throw new Error(`no row labelled "${label}"`);
  return index + 1;
}

/** Everything a person could see of a sheet: cells, formulas, formats and charts. */
export function sheetState(book: MemoryWorkbook, name: string) {
  const sheet = book.allSheets().find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}"`);
  const raw = sheet.rawSnapshot();
  return {
    values: raw.values,
    formulas: raw.formulas,
    formats: sheet.numberFormatAreas.map((f) => ({ ...f })),
    charts: sheet.charts.map((c) => ({ ...c })),
  };
}
