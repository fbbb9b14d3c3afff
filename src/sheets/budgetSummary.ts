import { columnLetter } from "../core/a1";
import type { SheetSnapshot } from "../workbook/port";
import { sheetRef } from "./a1";
import { normaliseHeader } from "./headers";
import { planKeyedBlock } from "./keyedBlock";
import { notOurLayout } from "./layout";
import {
  BUDGET_SUMMARY_KEY_HEADERS,
  BUDGET_SUMMARY_SHEET,
  BUDGET_SUMMARY_TITLE,
  type BudgetPrefix,
  budgetSummaryColumns,
  type TabOf,
} from "./layouts/budgetSummary";
import { at, blankValue, cellText, columnRuns, emptyPlan, formatRows, isBlank, type SheetPlan } from "./plan";
import type { LetterIn } from "./spec";

/** 1-based column of the old summary block's title in row 1 of Budget, or null when there is none. */
export function budgetSummaryColumn(snapshot: SheetSnapshot | null): number | null {
  const title = normaliseHeader(BUDGET_SUMMARY_TITLE);
  const index = (snapshot?.values[0] ?? []).findIndex((v) => normaliseHeader(cellText(v)) === title);
  return index < 0 ? null : index + 1;
}

type CellAt = { row: number; col: number };

/** The block earlier versions kept at the right of Budget, split into the add-on's cells and the team's. */
export interface OldBudgetBlock {
  /** Campaigns the add-on listed there, in order; the summary sheet keeps that order. */
  keys: string[];
  /** Cells holding exactly what the add-on wrote (formulas, the keys beside them, and the labels): cleared. */
  ours: CellAt[];
  /** Anything else in the block's area: the team's, left where it is. */
  theirs: CellAt[];
  /**
   * The title and header cells reading exactly our labels. They move with the block's formulas; over
   * a block holding nothing of the add-on's (the team typed it, or replaced every formula) they are
   * the team's headings and stay.
   */
  labels: CellAt[];
}

const blank = (snapshot: SheetSnapshot, row: number, col: number) => isBlank(at(snapshot, row, col));

export function oldBudgetBlock(snapshot: SheetSnapshot | null): OldBudgetBlock | null {
  const start = budgetSummaryColumn(snapshot);
  if (snapshot === null || start === null) return null;
  const columns = budgetSummaryColumns(() => "A", start, "", "");
  const headers = [BUDGET_SUMMARY_TITLE, ...columns.map((c) => c.header)];
  const block: OldBudgetBlock = { keys: [], ours: [], theirs: [], labels: [] };
  const sort = (cell: CellAt, ours: boolean) => (ours ? block.ours : block.theirs).push(cell);
  headers.forEach((header, i) => {
    const col = start + i;
    const cell = at(snapshot, 1, col);
    if (blank(snapshot, 1, col)) return;
    if (cell.formula === "" && cellText(cell.value) === header) block.labels.push({ row: 1, col });
    else block.theirs.push({ row: 1, col });
  });
  for (let row = 2; row <= snapshot.values.length; row++) {
    let formulas = 0;
    columns.forEach((column, i) => {
      const col = start + 1 + i;
      if (blank(snapshot, row, col)) return;
      const ours = column.owns.test(at(snapshot, row, col).formula);
      if (ours) formulas++;
      sort({ row, col }, ours);
    });
    if (blank(snapshot, row, start)) continue;
    // A campaign name is ours when our formulas beside it read it; one the team typed alone stays.
    const key = at(snapshot, row, start);
    const ours = key.formula === "" && formulas > 0;
    sort({ row, col: start }, ours);
    if (ours) block.keys.push(cellText(key.value).trim());
  }
  if (block.ours.length > 0) block.ours.push(...block.labels);
  return block;
}

/**
 * Budget as the set-up and the report read it: the old summary block's own cells blank (they move to
 * the summary sheet), the team's cells there kept, trailing blank rows and columns trimmed. Both read
 * Budget through this, so they see the same columns before and after the block moves.
 */
export function budgetTable(snapshot: SheetSnapshot): SheetSnapshot {
  const block = oldBudgetBlock(snapshot);
  if (!block) return snapshot;
  const values = snapshot.values.map((row) => [...row]);
  const formulas = snapshot.formulas.map((row) => [...row]);
  // The labels are hidden from the table even where they stay: "Planned" there is not Budget's column.
  for (const { row, col } of [...block.ours, ...block.labels]) {
    const r = values[row - 1];
    if (r && col <= r.length) r[col - 1] = "";
    const f = formulas[row - 1];
    if (f && col <= f.length) f[col - 1] = "";
  }
  const filled = (row: number, col: number) =>
    cellText(values[row]?.[col]).trim() !== "" || (formulas[row]?.[col] ?? "") !== "";
  let height = values.length;
  while (height > 1 && !(values[height - 1] ?? []).some((_, c) => filled(height - 1, c))) height--;
  let width = Math.max(0, ...values.map((row) => row.length));
  while (width > 1 && !values.slice(0, height).some((_, r) => filled(r, width - 1))) width--;
  const cut = <T>(rows: T[][]) => rows.slice(0, height).map((row) => row.slice(0, width));
  return { values: cut(values), formulas: cut(formulas) };
}

/**
 * Moves an old block off Budget: its own cells are emptied first (before anything is written where
 * they were), and the summary names any cell of the team's left in its place. Once moved, what stays
 * is the team's, and a run after the summary sheet exists says nothing about it.
 */
export function planBlockMigration(
  plan: SheetPlan,
  block: OldBudgetBlock,
  notes: string[],
  { summaryExists }: { summaryExists: boolean },
): void {
  if (summaryExists && block.ours.length === 0) return;
  const byColumn = new Map<number, Map<number, "">>();
  for (const { row, col } of block.ours) {
    const rows = byColumn.get(col) ?? new Map<number, "">();
    rows.set(row, "");
    byColumn.set(col, rows);
  }
  plan.writes.unshift(...[...byColumn].flatMap(([col, rows]) => columnRuns(col, rows)));
  const where = `The "${BUDGET_SUMMARY_TITLE}" summary now has its own sheet`;
  if (block.theirs.length === 0) {
    notes.push(`${where}; it was moved there from the right of Budget.`);
    return;
  }
  const cells = block.theirs.map(({ row, col }) => `${columnLetter(col)}${row}`);
  const list =
    cells.length > 6 ? `${cells.slice(0, 6).join(", ")} and ${cells.length - 6} more` : cells.join(", ");
  const moved = block.ours.length > 0 ? "; the add-on's formulas there were moved" : "";
  notes.push(`${where}. Your cells in its old place on Budget (${list}) were left where they are${moved}.`);
}

export interface BudgetSummaryInputs {
  snapshot: SheetSnapshot | null;
  letterIn: LetterIn;
  /** The tab that plays each table's part (the team's "Costs" for Budget, say). */
  tabOf: TabOf;
  /** Campaign names: the old block's first, then Campaigns', then Budget's, in the order they appear. */
  campaigns: string[];
  currencyFormat: string;
}

/** The summary sheet: one row per campaign with live formulas over Budget and Campaigns. */
export function planBudgetSummary(inputs: BudgetSummaryInputs): SheetPlan {
  const { snapshot } = inputs;
  const plan = emptyPlan(BUDGET_SUMMARY_SHEET, { create: snapshot === null });
  const seen = new Set<string>();
  const keys = inputs.campaigns
    .filter((c) => c !== "" && !seen.has(c.toLowerCase()) && seen.add(c.toLowerCase()))
    .map((c) => [c]);
  const budgetSheet: BudgetPrefix = `${sheetRef(inputs.tabOf("Budget"))}!`;
  const columns = budgetSummaryColumns(inputs.letterIn, 1, inputs.currencyFormat, budgetSheet, inputs.tabOf);
  const { width, lastRow } = planKeyedBlock(plan, snapshot, {
    col: 1,
    keyHeaders: BUDGET_SUMMARY_KEY_HEADERS,
    columns,
    keys,
  });
  // No header yet: a new sheet, or one a stopped run left without its header (written last).
  if (blankValue(snapshot?.values[0]?.[0])) {
    plan.styleHeaderWidth = width;
    plan.widths.push({ col: 1, widths: [180, 110, 110, 130, 110, 100] });
  }
  plan.freezeHeader = true;
  const share = columnLetter(width);
  plan.conditional.push({
    area: { row: 2, col: width, numRows: formatRows(lastRow), numCols: 1 },
    formula: `=AND(ISNUMBER($${share}2),$${share}2>1)`,
    background: "#fce8e6",
    fontColor: "#a50e0e",
  });
  return plan;
}

/** An existing summary sheet must have our columns where we put them: its formulas read their neighbours. */
export function budgetSummaryProblem(snapshot: SheetSnapshot | null): string | null {
  const header = snapshot?.values[0] ?? [];
  if (!snapshot || header.every(blankValue)) return null;
  const ours = [
    ...BUDGET_SUMMARY_KEY_HEADERS,
    ...budgetSummaryColumns(() => "A", 1, "").map((c) => c.header),
  ];
  if (ours.every((h, i) => normaliseHeader(cellText(header[i])) === normaliseHeader(h))) return null;
  return notOurLayout(BUDGET_SUMMARY_SHEET, ours);
}
