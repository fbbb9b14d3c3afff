import { a1, areaA1 } from "../../src/workbook/memory/a1";
import { isSheetError, type MemorySheet } from "../../src/workbook/memory/memorySheet";
import type { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { CellLook } from "../../src/workbook/memory/teamFormatting";
import type { FakeCell, FakeSheet } from "../fakes/appsScript/sheet";
import type { FakeSpreadsheet } from "../fakes/appsScript/spreadsheet";

/**
 * Every property of one cell a team could notice, as text ("" when unset). `merge` is the merged block
 * the cell lies in ("A1:F2"), so a write into a covered cell shows up as a change to a team cell.
 */
export interface CellState {
  value: string;
  formula: string;
  format: string;
  validation: string;
  merge: string;
  note: string;
  font: string;
  fill: string;
}

export interface SheetState {
  cells: Map<string, CellState>;
  hiddenRows: number[];
  hiddenColumns: number[];
  protections: string[];
}

/** Sheet name → its state. */
export type WorkbookState = Map<string, SheetState>;

const EMPTY: CellState = {
  value: "",
  formula: "",
  format: "",
  validation: "",
  merge: "",
  note: "",
  font: "",
  fill: "",
};

type CellKey = keyof CellState;
const KEYS = Object.keys(EMPTY) as CellKey[];

/** A cell's content that makes it the team's whatever else it carries. */
function isContent(state: CellState): boolean {
  return state.value !== "" || state.formula !== "" || state.note !== "" || state.merge !== "";
}

// ---- the in-memory workbook ----

export function snapshotMemory(workbook: MemoryWorkbook): WorkbookState {
  const out: WorkbookState = new Map();
  for (const sheet of workbook.allSheets()) out.set(sheet.name, memorySheetState(sheet));
  return out;
}

function memorySheetState(sheet: MemorySheet): SheetState {
  const cells = new Map<string, CellState>();
  const put = (row: number, col: number, patch: Partial<CellState>) => {
    const key = a1(row, col);
    cells.set(key, { ...(cells.get(key) ?? EMPTY), ...patch });
  };
  const raw = sheet.rawSnapshot();
  raw.values.forEach((values, r) => {
    values.forEach((value, c) => {
      const text = isSheetError(value) ? value.error : String(value);
      const formula = raw.formulas[r]?.[c] ?? "";
      if (text !== "" || formula !== "") put(r + 1, c + 1, { value: text, formula });
    });
  });
  for (const { area, format } of sheet.numberFormatAreas) {
    eachCellOf(area, (row, col) => put(row, col, { format }));
  }
  for (const { area, rule } of sheet.validationAreas) {
    eachCellOf(area, (row, col) => put(row, col, { validation: JSON.stringify(rule) }));
  }
  for (const area of sheet.team.merges)
    eachCellOf(area, (row, col) => put(row, col, { merge: areaA1(area) }));
  for (const note of sheet.team.notes) put(note.row, note.col, { note: note.text });
  for (const look of sheet.team.looks) put(look.row, look.col, lookState(look));
  return {
    cells,
    hiddenRows: [...sheet.team.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.team.hiddenColumns].sort((a, b) => a - b),
    protections: sheet.team.protection ? [JSON.stringify(sheet.team.protection)] : [],
  };
}

/** Bold, italic and colour of the font; the solid fill's colour. Theme fonts and sizes are left out. */
function lookState(look: CellLook): Partial<CellState> {
  const font = look.font as { bold?: boolean; italic?: boolean; color?: { argb?: string } } | undefined;
  const fill = look.fill as { pattern?: string; fgColor?: { argb?: string } } | undefined;
  const fontText = [font?.bold ? "bold" : "", font?.italic ? "italic" : "", font?.color?.argb ?? ""]
    .filter(Boolean)
    .join(" ");
  const fillText = fill && fill.pattern !== "none" ? (fill.fgColor?.argb ?? fill.pattern ?? "") : "";
  return { font: fontText, fill: fillText };
}

function eachCellOf(
  area: { row: number; col: number; numRows: number; numCols: number },
  visit: (row: number, col: number) => void,
): void {
  for (let r = area.row; r < area.row + area.numRows; r++) {
    for (let c = area.col; c < area.col + area.numCols; c++) visit(r, c);
  }
}

// ---- the Apps Script fake ----

export function snapshotFake(spreadsheet: FakeSpreadsheet): WorkbookState {
  const out: WorkbookState = new Map();
  for (const sheet of spreadsheet.sheets) out.set(sheet.getName(), fakeSheetState(sheet));
  return out;
}

function fakeSheetState(sheet: FakeSheet): SheetState {
  const cells = new Map<string, CellState>();
  for (const { row, column, cell } of sheet.eachCell()) {
    const state = fakeCellState(sheet, row, column, cell);
    if (KEYS.some((key) => state[key] !== "")) cells.set(a1(row, column), state);
  }
  for (const merge of sheet.merges) {
    eachCellOf(
      { row: merge.row, col: merge.column, numRows: merge.numRows, numCols: merge.numColumns },
      (r, c) => {
        const key = a1(r, c);
        cells.set(key, { ...(cells.get(key) ?? EMPTY), merge: mergeA1(merge) });
      },
    );
  }
  return {
    cells,
    hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
    protections: sheet.protections.map((p) => p.summary() ?? "").sort(),
  };
}

function fakeCellState(sheet: FakeSheet, row: number, column: number, cell: FakeCell): CellState {
  const shown = sheet.shownValue(row, column);
  const validation = cell.validation
    ? JSON.stringify([
        cell.validation.criteriaType,
        cell.validation.criteriaValues,
        cell.validation.allowInvalid,
      ])
    : "";
  return {
    ...EMPTY,
    value: shown instanceof Date ? shown.toISOString() : String(shown ?? ""),
    formula: cell.formula ?? "",
    format: cell.numberFormat ?? "",
    validation,
    note: cell.note ?? "",
    font: [cell.fontWeight === "bold" ? "bold" : "", cell.fontColor ?? ""].filter(Boolean).join(" "),
    fill: cell.background ?? "",
  };
}

function mergeA1(merge: { row: number; column: number; numRows: number; numColumns: number }): string {
  return areaA1({ row: merge.row, col: merge.column, numRows: merge.numRows, numCols: merge.numColumns });
}

// ---- the diff ----

export interface Diff {
  /** Changes to what the team had: each one breaks the ownership rule. */
  changed: string[];
  /** What the add-on added: new sheets, and properties set on cells that held nothing of the team's. */
  added: string[];
}

/**
 * Compares two snapshots on the cells that existed before. A cell with team content (a value, a formula,
 * a note, or part of a merge) must come back with every property equal; on any other cell a property the
 * team had set (a format, a dropdown, a font, a fill) must be unchanged, and properties that were unset
 * before are listed as added. Sheets, hidden rows and columns and protections must all still be there.
 */
export function diffSnapshots(before: WorkbookState, after: WorkbookState): Diff {
  const diff: Diff = { changed: [], added: [] };
  for (const [name, sheetBefore] of before) {
    const sheetAfter = after.get(name);
    if (!sheetAfter) {
      diff.changed.push(`${name}: the sheet is gone`);
      continue;
    }
    diffSheet(name, sheetBefore, sheetAfter, diff);
  }
  for (const name of after.keys()) if (!before.has(name)) diff.added.push(`${name}: new sheet`);
  return diff;
}

function diffSheet(name: string, before: SheetState, after: SheetState, diff: Diff): void {
  for (const [key, was] of before.cells) {
    const now = after.cells.get(key) ?? EMPTY;
    const teams = isContent(was);
    for (const property of KEYS) {
      if (was[property] === now[property]) continue;
      const line = `${name}!${key} ${property}: ${JSON.stringify(was[property])} → ${JSON.stringify(now[property])}`;
      if (teams || was[property] !== "") diff.changed.push(line);
      else diff.added.push(line);
    }
  }
  for (const [key, now] of after.cells) {
    if (before.cells.has(key)) continue;
    const set = KEYS.filter((property) => now[property] !== "");
    diff.added.push(`${name}!${key} ${set.join(", ")}`);
  }
  const missing = (label: string, was: readonly (number | string)[], now: readonly (number | string)[]) => {
    for (const item of was) if (!now.includes(item)) diff.changed.push(`${name}: ${label} ${item} is gone`);
  };
  missing("hidden row", before.hiddenRows, after.hiddenRows);
  missing("hidden column", before.hiddenColumns, after.hiddenColumns);
  missing("protection", before.protections, after.protections);
}
