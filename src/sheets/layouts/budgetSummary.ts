import { columnLetter } from "../../core/a1";
import { sheetRef } from "../a1";
import { literal } from "../formulaOwnership";
import type { BlockColumn } from "../keyedBlock";
import type { LetterIn } from "../spec";
import type { ColumnKey, TableName } from "../tables";
import { exactly } from "./roi";

/** The sheet with one row per campaign: what is planned, spent and left of its budget. */
export const BUDGET_SUMMARY_SHEET = "Budget by campaign" as const;

/**
 * Title of the block earlier versions kept at the right of the Budget table (row 1, with the column
 * headers after it); a run that finds it moves the block to its own sheet.
 */
export const BUDGET_SUMMARY_TITLE = "Budget by campaign";

export const BUDGET_SUMMARY_KEY_HEADERS = ["Campaign"];

/** Where the formulas read Budget from: "Budget!" on the summary's own sheet, "" inside Budget (the old block). */
export type BudgetPrefix = "" | `${string}!`;

export const ON_ITS_OWN_SHEET: BudgetPrefix = `${sheetRef("Budget")}!`;

type Template = Omit<BlockColumn, "owns">;

/** The tab that plays a table's part (the team's "Campaign tracker" for Campaigns, say). */
export type TabOf = (sheet: TableName) => string;

const SAME_NAME: TabOf = (sheet) => sheet;

function templates(
  letterIn: LetterIn,
  at: number,
  currencyFormat: string,
  b: BudgetPrefix,
  tabOf: TabOf,
): Template[] {
  const budget = (key: ColumnKey<"Budget">) => letterIn("Budget", key);
  const campaigns = (key: ColumnKey<"Campaigns">) => letterIn("Campaigns", key);
  const col = (offset: number, row: number) => `${columnLetter(at + offset)}${row}`;
  const sum = (key: ColumnKey<"Budget">) => (_row: number, _keys: string[], ref: (i: number) => string) =>
    `=SUMIFS(${b}$${budget(key)}:$${budget(key)},${b}$${budget("campaign")}:$${budget("campaign")},${exactly(ref(0))})`;
  const c = sheetRef(tabOf("Campaigns"));
  return [
    { header: "Planned", format: currencyFormat, formula: sum("planned") },
    { header: "Actual", format: currencyFormat, formula: sum("actual") },
    {
      header: "Campaign budget",
      format: currencyFormat,
      formula: (_row, _keys, ref) =>
        `=SUMIFS(${c}!$${campaigns("budget")}:$${campaigns("budget")},${c}!$${campaigns("campaign")}:$${campaigns("campaign")},${exactly(ref(0))})`,
    },
    {
      header: "Remaining",
      format: currencyFormat,
      formula: (row) => `=IF(${col(3, row)}>0,${col(3, row)}-${col(2, row)},"")`,
    },
    {
      header: "Share used",
      format: "0.0%",
      formula: (row) => `=IF(${col(3, row)}>0,${col(2, row)}/${col(3, row)},"")`,
    },
  ];
}

/**
 * Per campaign: planned and actual from the Budget table, the campaign's budget from Campaigns,
 * what remains and the share used. `at` is the block's first column (the campaign name). A cell is
 * the add-on's only when it holds one of these formulas exactly, whatever rows and column letters.
 */
export function budgetSummaryColumns(
  letterIn: LetterIn,
  at: number,
  currencyFormat: string,
  budgetSheet: BudgetPrefix = ON_ITS_OWN_SHEET,
  tabOf: TabOf = SAME_NAME,
): BlockColumn[] {
  const patterns = templates(() => LETTER, at, currencyFormat, budgetSheet, tabOf);
  return templates(letterIn, at, currencyFormat, budgetSheet, tabOf).map((column, i) => ({
    ...column,
    owns: ownsPattern((patterns[i] as Template).formula, at),
  }));
}

// Stand-ins for the parts of a formula that vary: the row, and the column letters the layouts give.
const ROW = 7_654_321;
const LETTER = "\u0001";

/** The formula template as a pattern: exactly its text, with any row and any column letters where those vary. */
function ownsPattern(formula: BlockColumn["formula"], at: number): RegExp {
  const keyRef = (index: number) => `$${columnLetter(at + index)}${ROW}`;
  const text = formula(ROW, [], keyRef);
  return new RegExp(`^${literal(text).split(String(ROW)).join("\\d+").split(LETTER).join("[A-Z]{1,3}")}$`);
}
