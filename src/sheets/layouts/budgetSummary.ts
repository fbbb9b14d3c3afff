import { columnLetter, sheetRef } from "../a1";
import { type BlockColumn, ownedBlockColumns } from "../keyedBlock";
import type { LetterIn } from "../spec";
import type { ColumnKey } from "../tables";
import { exactly } from "./roi";

/** Title of the per-campaign summary block at the right of the Budget table; found by it on later runs. */
export const BUDGET_SUMMARY_TITLE = "Budget by campaign";

/**
 * Per campaign: planned and actual from the Budget table, the campaign's budget from Campaigns,
 * what remains and the share used. `at` is the block's first column (the campaign name).
 */
export function budgetSummaryColumns(letterIn: LetterIn, at: number, currencyFormat: string): BlockColumn[] {
  return ownedBlockColumns(
    (letters: Letters) => templates(letters, currencyFormat),
    { letterIn, block: (offset) => columnLetter(at + offset) },
    (letter) => ({ letterIn: () => letter, block: () => letter }),
    [["campaign"]],
  );
}

/** The letters the block's formulas name: columns of the tables, and the block's own by offset. */
interface Letters {
  letterIn: LetterIn;
  block: (offset: number) => string;
}

function templates({ letterIn, block }: Letters, currencyFormat: string): Omit<BlockColumn, "owns">[] {
  const budget = (key: ColumnKey<"Budget">) => letterIn("Budget", key);
  const campaigns = (key: ColumnKey<"Campaigns">) => letterIn("Campaigns", key);
  const col = (offset: number, row: number) => `${block(offset)}${row}`;
  const sum = (key: ColumnKey<"Budget">) => (_row: number, _keys: string[], ref: (i: number) => string) =>
    `=SUMIFS($${budget(key)}:$${budget(key)},$${budget("campaign")}:$${budget("campaign")},${exactly(ref(0))})`;
  const c = sheetRef("Campaigns");
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
