import type { SheetSnapshot, WriteCell } from "../workbook/port";
import { arrayLabel, type TableLayout } from "./layout";
import { customColumn } from "./layouts/formulas";
import {
  at,
  type ColumnStyle,
  cellText,
  emptyPlan,
  isErrorValue,
  type SheetPlan,
  styleColumns,
} from "./plan";
import type { ColumnRefs, ColumnSpec, FormulaSpec } from "./spec";

/**
 * Plans one table sheet: appended headers, our formula columns, formats and dropdowns of new
 * columns, frozen header, filter and conditional formats. Values the team typed are never in a write.
 */
export function planTable(
  layout: TableLayout,
  snapshot: SheetSnapshot | null,
  refs: ColumnRefs,
  styles: ColumnStyle[] = [],
): SheetPlan {
  const snap = snapshot ?? { values: [], formulas: [] };
  const plan = emptyPlan(layout.tab, snapshot === null);
  const headerRow: WriteCell[] = [];
  const firstAdded = layout.added[0]?.col ?? 0;
  for (const { spec } of layout.added) headerRow.push(spec.header);
  for (const column of layout.spec.columns) {
    if (!column.formula) continue;
    const col = layout.columns.get(column.key) as number;
    const header = planFormulaColumn(plan, snap, layout, col, column, customColumn(column.formula), refs);
    if (header !== null && col >= firstAdded && firstAdded > 0) headerRow[col - firstAdded] = header;
    else if (header !== null) plan.writes.push({ row: layout.headerRow, col, cells: [[header]] });
  }
  if (headerRow.length > 0)
    plan.writes.unshift({ row: layout.headerRow, col: firstAdded, cells: [headerRow] });
  const addedCols = new Set(layout.added.map((a) => a.col));
  const columns = layout.spec.columns.map((spec) => {
    const col = layout.columns.get(spec.key) as number;
    return { col, spec, added: addedCols.has(col) };
  });
  styleColumns(plan, columns, styles, layout.lastRow, refs.currencyFormat, refs.firstDataRow);
  if (layout.fresh) plan.styleHeaderWidth = layout.width;
  plan.freezeHeader = true;
  plan.headerRow = layout.headerRow;
  plan.filterWidth = layout.width;
  plan.conditional = layout.spec.conditional?.(refs, layout.lastRow) ?? [];
  return plan;
}

/**
 * Decides how a formula column is filled and returns what its header cell should become (or null
 * to leave it). Array mode: one formula in the header cell shows the header and fills the column;
 * it is used when nothing the team typed is in the way (the header cell is new, ours, or a plain
 * label over an empty column — the label stays as it reads). Per-row mode: the team typed values or
 * formulas of their own in the column, which an array could not spill over, so each empty cell gets
 * its own formula.
 */
function planFormulaColumn(
  plan: SheetPlan,
  snap: SheetSnapshot,
  layout: TableLayout,
  col: number,
  column: ColumnSpec,
  formula: FormulaSpec,
  refs: ColumnRefs,
): WriteCell | null {
  const head = at(snap, layout.headerRow, col);
  const firstRow = layout.headerRow + 1;
  const added = layout.added.some((a) => a.col === col);
  const headerIsOurs = formula.owns.test(head.formula);
  const spilled = headerIsOurs && !isErrorValue(head.value);
  // The team's cells: values they typed (unless our array spilled them) and formulas of their own.
  const userRows = new Set<number>();
  for (let row = firstRow; row <= layout.lastRow; row++) {
    const cell = at(snap, row, col);
    const typed = cell.formula === "" && !spilled && cellText(cell.value).trim() !== "";
    const theirFormula = cell.formula !== "" && !formula.owns.test(cell.formula);
    if (typed || theirFormula) userRows.add(row);
  }
  const label = added
    ? column.header
    : headerIsOurs
      ? (arrayLabel(head.formula) ?? column.header)
      : cellText(head.value).trim();
  const headerFree = added || headerIsOurs || head.formula === "";
  // Only the cells that change are touched, all with one content, in one call (see SheetPort.fill).
  const rows: number[] = [];
  let content: WriteCell = "";
  let header: WriteCell | null = null;
  if (headerFree && userRows.size === 0) {
    const wanted = formula.array(refs, label);
    if (head.formula !== wanted || added) header = wanted;
    for (let row = firstRow; row <= layout.lastRow; row++) {
      if (formula.owns.test(at(snap, row, col).formula)) rows.push(row);
    }
  } else {
    if (headerIsOurs) header = label;
    content = formula.row(refs);
    for (let row = firstRow; row <= layout.lastRow; row++) {
      if (userRows.has(row) || !rowHasData(snap, layout, row, col)) continue;
      const cell = at(snap, row, col);
      if (cell.formula !== "" && !formula.owns.test(cell.formula)) continue;
      if (cell.formula !== content) rows.push(row);
    }
  }
  if (rows.length > 0) plan.fills.push({ cells: rows.map((row) => ({ row, col })), content });
  return header;
}

function rowHasData(snap: SheetSnapshot, layout: TableLayout, row: number, except: number): boolean {
  const values = snap.values[row - 1] ?? [];
  for (let c = 0; c < Math.min(values.length, layout.width); c++) {
    if (c + 1 !== except && cellText(values[c]).trim() !== "") return true;
  }
  return false;
}
