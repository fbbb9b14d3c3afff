import { sheetRef } from "../a1";
import type { BlockColumn } from "../keyedBlock";

export const ROI_SHEET = "ROI";
/** The Handle cell of a campaign's total row. */
export const ALL_CREATORS = "All creators";

/**
 * A SUMIFS criterion that matches the cell's text itself: without the "=", a campaign named "<3 Days"
 * or ">Spring" would be read as a comparison. (Wildcards * ? ~ in names still act as wildcards.)
 */
export function exactly(cellRef: string): string {
  return `"="&${cellRef}`;
}

/** Column letters of the sheets the ROI formulas read. */
export interface RoiSources {
  posts: (key: string) => string;
  budget: (key: string) => string;
}

const ENGAGEMENT_KEYS = ["likes", "comments", "shares", "saves", "linkClicks"];

/**
 * Live formulas over Posts and Budget. Whole-column ranges (Posts!$G:$G) keep counting the rows a
 * team adds later; a campaign's total row sums every creator, a creator row adds a Handle criterion.
 */
export function roiColumns(src: RoiSources, currencyFormat: string): BlockColumn[] {
  const posts = sheetRef("Posts");
  const budget = sheetRef("Budget");
  const criteria = (
    sheet: string,
    letter: (k: string) => string,
    keys: string[],
    ref: (i: number) => string,
  ) =>
    `${sheet}!$${letter("campaign")}:$${letter("campaign")},${exactly(ref(0))}` +
    (keys[1] === ALL_CREATORS
      ? ""
      : `,${sheet}!$${letter("handle")}:$${letter("handle")},${exactly(ref(1))}`);
  const postSum = (key: string, keys: string[], ref: (i: number) => string) =>
    `SUMIFS(${posts}!$${src.posts(key)}:$${src.posts(key)},${criteria(posts, src.posts, keys, ref)})`;
  const sumOf = (header: string, key: string, format: string): BlockColumn => ({
    header,
    format,
    formula: (_row, keys, ref) => `=${postSum(key, keys, ref)}`,
    owns: /^=SUMIFS\(/,
  });
  const ratio = (header: string, format: string, expr: (row: number) => string): BlockColumn => ({
    header,
    format,
    formula: (row) => expr(row),
    owns: /^=IF\(/,
  });
  return [
    {
      header: "Spend",
      format: currencyFormat,
      formula: (_row, keys, ref) =>
        `=SUMIFS(${budget}!$${src.budget("actual")}:$${src.budget("actual")},${criteria(budget, src.budget, keys, ref)})`,
      owns: /^=SUMIFS\(/,
    },
    sumOf("Impressions", "impressions", "#,##0"),
    {
      header: "Engagements",
      format: "#,##0",
      formula: (_row, keys, ref) => `=${ENGAGEMENT_KEYS.map((k) => postSum(k, keys, ref)).join("+")}`,
      owns: /^=SUMIFS\(/,
    },
    sumOf("EMV", "emv", currencyFormat),
    sumOf("Promo redemptions", "promoRedemptions", "#,##0"),
    sumOf("Revenue", "revenue", currencyFormat),
    ratio("ROI", "0.0%", (r) => `=IF(C${r}>0,(H${r}-C${r})/C${r},"")`),
    ratio("EMV ÷ spend", "0.00", (r) => `=IF(C${r}>0,F${r}/C${r},"")`),
    ratio("Cost per engagement", currencyFormat, (r) => `=IF(E${r}>0,C${r}/E${r},"")`),
    ratio("CPM", currencyFormat, (r) => `=IF(D${r}>0,C${r}/D${r}*1000,"")`),
  ];
}

export const ROI_KEY_HEADERS = ["Campaign", "Handle"];
