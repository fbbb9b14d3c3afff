import { columnLetter } from "../../core/a1";
import { ENGAGEMENT_METRICS } from "../../core/metrics";
import { sheetRef } from "../a1";
import { type BlockColumn, ownedBlockColumns } from "../keyedBlock";
import type { LetterIn } from "../spec";
import type { ColumnKey, TableName } from "../tables";

export const ROI_SHEET = "ROI" as const;
/** The Handle cell of a campaign's total row. */
export const ALL_CREATORS = "All creators";

export const ROI_KEY_HEADERS = ["Campaign", "Handle"];

/** ROI's own columns after the key columns, in sheet order; its ratios find their inputs by these keys. */
const ROI_KEYS = [
  "spend",
  "impressions",
  "engagements",
  "emv",
  "promoRedemptions",
  "revenue",
  "roi",
  "emvPerSpend",
  "costPerEngagement",
  "cpm",
] as const;
export type RoiKey = (typeof ROI_KEYS)[number];

/** Column letter of one of ROI's own columns, e.g. "I" for roi. */
export function roiLetter(key: RoiKey): string {
  return columnLetter(ROI_KEY_HEADERS.length + ROI_KEYS.indexOf(key) + 1);
}

/**
 * A SUMIFS criterion that matches the cell's text itself: without the "=", a campaign named "<3 Days"
 * or ">Spring" would be read as a comparison. (Wildcards * ? ~ in names still act as wildcards.)
 */
export function exactly(cellRef: string): string {
  return `"="&${cellRef}`;
}

type KeyRef = (index: number) => string;

/**
 * Live formulas over Posts and Budget. Whole-column ranges (Posts!$G:$G) keep counting the rows a
 * team adds later; a campaign's total row sums every creator, a creator row adds a Handle criterion.
 */
export function roiColumns(
  letterIn: LetterIn,
  currencyFormat: string,
  tabOf: (sheet: TableName) => string = (sheet) => sheet,
): BlockColumn[] {
  return ownedBlockColumns(
    (letters: LetterIn) => roiTemplates(letters, currencyFormat, tabOf),
    letterIn,
    (letter) => () => letter,
    [
      ["campaign", ALL_CREATORS],
      ["campaign", "creator"],
    ],
  );
}

type Template = Omit<BlockColumn, "owns">;

function roiTemplates(
  letterIn: LetterIn,
  currencyFormat: string,
  tabOf: (sheet: TableName) => string,
): Template[] {
  const posts = sheetRef(tabOf("Posts"));
  const budget = sheetRef(tabOf("Budget"));
  const criteria = (
    sheet: string,
    letter: (k: "campaign" | "handle") => string,
    keys: string[],
    ref: KeyRef,
  ) =>
    `${sheet}!$${letter("campaign")}:$${letter("campaign")},${exactly(ref(0))}` +
    (keys[1] === ALL_CREATORS
      ? ""
      : `,${sheet}!$${letter("handle")}:$${letter("handle")},${exactly(ref(1))}`);
  const inPosts = (key: ColumnKey<"Posts">) => letterIn("Posts", key);
  const inBudget = (key: ColumnKey<"Budget">) => letterIn("Budget", key);
  const postSum = (key: ColumnKey<"Posts">, keys: string[], ref: KeyRef) =>
    `SUMIFS(${posts}!$${inPosts(key)}:$${inPosts(key)},${criteria(posts, inPosts, keys, ref)})`;
  const sumOf = (header: string, key: ColumnKey<"Posts">, format: string): Template => ({
    header,
    format,
    formula: (_row, keys, ref) => `=${postSum(key, keys, ref)}`,
  });
  // A ratio of ROI's own cells in the same row; blank rather than an error while its divisor is zero.
  const ratio = (
    header: string,
    format: string,
    over: RoiKey,
    expr: (cell: (key: RoiKey) => string) => string,
  ): Template => ({
    header,
    format,
    formula: (row) => {
      const cell = (key: RoiKey) => `${roiLetter(key)}${row}`;
      return `=IF(${cell(over)}>0,${expr(cell)},"")`;
    },
  });
  const columns: Record<RoiKey, Template> = {
    spend: {
      header: "Spend",
      format: currencyFormat,
      formula: (_row, keys, ref) =>
        `=SUMIFS(${budget}!$${inBudget("actual")}:$${inBudget("actual")},${criteria(budget, inBudget, keys, ref)})`,
    },
    impressions: sumOf("Impressions", "impressions", "#,##0"),
    engagements: {
      header: "Engagements",
      format: "#,##0",
      formula: (_row, keys, ref) => `=${ENGAGEMENT_METRICS.map((k) => postSum(k, keys, ref)).join("+")}`,
    },
    emv: sumOf("EMV", "emv", currencyFormat),
    promoRedemptions: sumOf("Promo redemptions", "promoRedemptions", "#,##0"),
    revenue: sumOf("Revenue", "revenue", currencyFormat),
    roi: ratio("ROI", "0.0%", "spend", (c) => `(${c("revenue")}-${c("spend")})/${c("spend")}`),
    emvPerSpend: ratio("EMV ÷ spend", "0.00", "spend", (c) => `${c("emv")}/${c("spend")}`),
    costPerEngagement: ratio(
      "Cost per engagement",
      currencyFormat,
      "engagements",
      (c) => `${c("spend")}/${c("engagements")}`,
    ),
    cpm: ratio("CPM", currencyFormat, "impressions", (c) => `${c("spend")}/${c("impressions")}*1000`),
  };
  return ROI_KEYS.map((key) => columns[key]);
}
