import { columnLetter, sheetRef } from "../a1";
import type { BlockColumn } from "../keyedBlock";
import type { LetterIn } from "../spec";
import type { ColumnKey, TableName } from "../tables";
import { exactly } from "./roi";

/** Title of the per-campaign summary block at the right of the Budget table; found by it on later runs. */
export const BUDGET_SUMMARY_TITLE = "Budget by campaign";

/**
 * Per campaign: planned and actual from the Budget table, the campaign's budget from Campaigns,
 * what remains and the share used. `at` is the block's first column (the campaign name).
 */
export function budgetSummaryColumns(
  letterIn: LetterIn,
  at: number,
  currencyFormat: string,
  tabOf: (sheet: TableName) => string = (sheet) => sheet,
): BlockColumn[] {
  const budget = (key: ColumnKey<"Budget">) => letterIn("Budget", key);
  const campaigns = (key: ColumnKey<"Campaigns">) => letterIn("Campaigns", key);
  const col = (offset: number, row: number) => `${columnLetter(at + offset)}${row}`;
  const sum = (key: ColumnKey<"Budget">) => (_row: number, _keys: string[], ref: (i: number) => string) =>
    `=SUMIFS($${budget(key)}:$${budget(key)},$${budget("campaign")}:$${budget("campaign")},${exactly(ref(0))})`;
  const c = sheetRef(tabOf("Campaigns"));
  return [
    { header: "Planned", format: currencyFormat, formula: sum("planned"), owns: /^=SUMIFS\(/ },
    { header: "Actual", format: currencyFormat, formula: sum("actual"), owns: /^=SUMIFS\(/ },
    {
      header: "Campaign budget",
      format: currencyFormat,
      formula: (_row, _keys, ref) =>
        `=SUMIFS(${c}!$${campaigns("budget")}:$${campaigns("budget")},${c}!$${campaigns("campaign")}:$${campaigns("campaign")},${exactly(ref(0))})`,
      owns: /^=SUMIFS\(/,
    },
    {
      header: "Remaining",
      format: currencyFormat,
      formula: (row) => `=IF(${col(3, row)}>0,${col(3, row)}-${col(2, row)},"")`,
      owns: /^=IF\(/,
    },
    {
      header: "Share used",
      format: "0.0%",
      formula: (row) => `=IF(${col(3, row)}>0,${col(2, row)}/${col(3, row)},"")`,
      owns: /^=IF\(/,
    },
  ];
}
