import type { Cell } from "../../../src/core/cells";
import { previousWeek, weekContaining } from "../../../src/core/dates";
import type { Post } from "../../../src/core/records";
import { HYPEAUDITOR_2018 } from "../../../src/core/report/benchmark";
import { buildWeeklyReport } from "../../../src/core/report/build";
import { DEFINITIONS } from "../../../src/core/report/definitionTexts";
import { type ReportSheets, readReportData } from "../../../src/core/report/read";
import type { KeyedRow } from "../../../src/core/report/records";
import type { SpendBasis } from "../../../src/core/report/spend";
import type { ReportSettings, WeeklyReport } from "../../../src/core/report/types";

/** Rows as the sheets layer hands them over: header keys, then one array per sheet row from row 2. */
export function keyed(keys: string[], rows: Cell[][], firstRow = 2): KeyedRow[] {
  return rows.map((cells, i) => {
    const values: Record<string, Cell> = {};
    keys.forEach((key, k) => {
      values[key] = cells[k] ?? "";
    });
    return { row: firstRow + i, values };
  });
}

export const POST_KEYS = [
  "date",
  "handle",
  "campaign",
  "platform",
  "postUrl",
  "caption",
  "impressions",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "linkClicks",
  "promoRedemptions",
  "revenue",
  "emv",
  "disclosure",
];
export const ROSTER_KEYS = ["creator", "handle", "platform", "followers", "tier"];
export const CAMPAIGN_KEYS = ["campaign", "objective", "start", "end", "budget"];
export const BUDGET_KEYS = ["campaign", "handle", "item", "planned", "actual", "paidOn"];
export const DELIVERABLE_KEYS = [
  "campaign",
  "handle",
  "deliverable",
  "dueDate",
  "postedOn",
  "postUrl",
  "status",
];

/** A stand-in rate card: 0.50 per like, 2.00 per comment. */
export const emvOf = (post: Post): number => post.likes * 0.5 + post.comments * 2;
/** A stand-in FTC check: "#ad" anywhere counts as disclosed. */
export const disclosureOf = (caption: string): string =>
  /#ad\b/i.test(caption) ? "Disclosed" : "Missing #ad";

/** Spend by the budget line's own date (Paid on) unless a test asks for deliverable due dates. */
export function settings(
  timeZone: string,
  firstDayOfWeek = 1,
  spendBasis: SpendBasis = "paid",
): ReportSettings {
  return {
    timeZone,
    firstDayOfWeek,
    currency: "USD",
    // The 2018 table keeps these cases' figures; the defaults are tested in test/sheets/benchmarkTables.test.ts.
    benchmarks: [HYPEAUDITOR_2018],
    spreadsheetName: "Glow Skincare Creators",
    spendBasis,
  };
}

/** Reads the sheets and builds the report of the week containing `inWeek`, the way the add-on does. */
export function reportFor(
  sheets: ReportSheets,
  options: {
    timeZone: string;
    firstDay?: number;
    inWeek: Date;
    today?: Date;
    dayFirst?: boolean;
    spendBasis?: SpendBasis;
  },
): WeeklyReport {
  const { timeZone, firstDay = 1, inWeek } = options;
  const data = readReportData(sheets, { dayFirst: options.dayFirst ?? true, timeZone });
  const week = weekContaining(inWeek, timeZone, firstDay);
  return buildWeeklyReport({
    ...data,
    week,
    previousWeek: previousWeek(week, timeZone),
    settings: settings(timeZone, firstDay, options.spendBasis),
    builtAt: options.today ?? new Date("2026-11-23T09:00:00Z"),
    today: options.today ?? new Date("2026-11-23T09:00:00Z"),
    emvOf,
    disclosureOf,
    definitions: DEFINITIONS,
  });
}

/** One post row with only what a test cares about; the rest blank (a blank count reads as 0). */
export function postRow(fields: Record<string, Cell>): Cell[] {
  return POST_KEYS.map((key) => fields[key] ?? "");
}
