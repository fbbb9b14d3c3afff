import type { SheetSnapshot, WriteCell } from "../workbook/port";
import { planFormulaColumn } from "./formulaColumn";
import type { TableLayout } from "./layout";
import { customColumn } from "./layouts/formulas";
import { at, type ColumnStyle, cellText, emptyPlan, type SheetPlan, styleColumns } from "./plan";
import type { ColumnRefs } from "./spec";

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
  const plan = emptyPlan(layout.tab, { create: snapshot === null });
  const headerRow: WriteCell[] = [];
  const firstAdded = layout.added[0]?.col ?? 0;
  const addedCols = new Set(layout.added.map((a) => a.col));
  for (const { spec } of layout.added) headerRow.push(spec.header);
  for (const column of layout.spec.columns) {
    if (!column.formula) continue;
    const col = layout.columns.get(column.key) as number;
    const place = {
      col,
      headerRow: layout.headerRow,
      lastRow: layout.lastRow,
      width: layout.width,
      added: addedCols.has(col),
    };
    const header = planFormulaColumn(plan, snap, place, column, customColumn(column.formula), refs);
    if (header !== null && col >= firstAdded && firstAdded > 0) headerRow[col - firstAdded] = header;
    else if (header !== null) plan.labels.push({ row: layout.headerRow, col, cells: [[header]] });
  }
  if (headerRow.length > 0) plan.labels.push({ row: layout.headerRow, col: firstAdded, cells: [headerRow] });
  // A column holding the team's values or formulas is theirs to format and validate: only added or
  // empty columns are styled.
  const columns = layout.spec.columns.map((spec) => {
    const col = layout.columns.get(spec.key) as number;
    const owns = spec.formula ? customColumn(spec.formula).owns : null;
    return { col, spec, added: addedCols.has(col), holdsData: holdsTeamCells(snap, col, layout, owns) };
  });
  styleColumns(plan, columns, styles, layout.lastRow, refs.currencyFormat, refs.firstDataRow);
  if (layout.fresh) plan.styleHeaderWidth = layout.width;
  plan.freezeHeader = true;
  plan.headerRow = layout.headerRow;
  plan.filterWidth = layout.width;
  plan.conditional = layout.spec.conditional?.(refs, layout.lastRow) ?? [];
  return plan;
}

/** Whether any data cell of the column is the team's: a typed value, or a formula our template did not write. */
function holdsTeamCells(snap: SheetSnapshot, col: number, layout: TableLayout, owns: RegExp | null): boolean {
  for (let row = layout.headerRow + 1; row <= layout.lastRow; row++) {
    const cell = at(snap, row, col);
    if (cell.formula === "" ? cellText(cell.value).trim() !== "" : !owns?.test(cell.formula)) return true;
  }
  return false;
}
