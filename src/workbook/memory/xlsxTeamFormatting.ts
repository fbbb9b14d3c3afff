import type ExcelJS from "exceljs";
import { areaA1, parseArea } from "./a1";
import type { CellLook, SheetProtection, TeamFormatting } from "./teamFormatting";

/** exceljs keeps a sheet's merges and protection on the worksheet; its typings leave both out. */
interface WorksheetInternals {
  model: { merges?: string[] };
  sheetProtection: SheetProtection | null;
}

const LOOK_KEYS = ["font", "fill", "border", "alignment"] as const;

/** Reads the team's merges, notes, looks, hidden rows and columns and protection from a worksheet. */
export function readTeamFormatting(ws: ExcelJS.Worksheet, team: TeamFormatting): void {
  const internals = ws as unknown as WorksheetInternals;
  for (const range of internals.model.merges ?? []) {
    const area = parseArea(range);
    if (area) team.addMerge(area);
  }
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) team.hideRow(rowNumber);
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      const note = noteText(cell.note);
      if (note !== "") team.setNote(rowNumber, colNumber, note);
      const look = lookOf(cell);
      if (look) team.setLook(rowNumber, colNumber, look);
    });
  });
  for (let col = 1; col <= ws.columnCount; col++) if (ws.getColumn(col).hidden) team.hideColumn(col);
  if (internals.sheetProtection) team.protection = structuredClone(internals.sheetProtection);
}

/**
 * Writes the team's formatting onto a worksheet whose values are already in place: looks first, so
 * merging keeps the top-left cell's look for the merged block, as the team's file had it.
 */
export function writeTeamFormatting(ws: ExcelJS.Worksheet, team: TeamFormatting): void {
  for (const look of team.looks) {
    const cell = ws.getCell(look.row, look.col);
    for (const key of LOOK_KEYS) {
      const part = look[key];
      if (part !== undefined) Object.assign(cell, { [key]: structuredClone(part) });
    }
  }
  for (const note of team.notes) ws.getCell(note.row, note.col).note = note.text;
  for (const area of team.merges) ws.mergeCells(areaA1(area));
  for (const row of team.hiddenRows) ws.getRow(row).hidden = true;
  for (const col of team.hiddenColumns) ws.getColumn(col).hidden = true;
  if (team.protection) {
    (ws as unknown as WorksheetInternals).sheetProtection = structuredClone(team.protection);
  }
}

/** Whether a look carries more than the file's default font: a fill, bold, italic or a colour. */
export function isStyled(look: CellLook | undefined): boolean {
  if (!look) return false;
  const fill = look.fill as { pattern?: string } | undefined;
  const font = look.font as { bold?: boolean; italic?: boolean; color?: { argb?: string } } | undefined;
  return (
    (fill !== undefined && fill.pattern !== "none") || !!font?.bold || !!font?.italic || !!font?.color?.argb
  );
}

/**
 * The parts of a cell's style a person chose. The file's default font (every cell has one) and an
 * empty fill are left out, so a sheet formatted to row 1000 does not carry a look per cell.
 */
function lookOf(cell: ExcelJS.Cell): CellLook | undefined {
  const look: CellLook = {};
  if (isChosenFont(cell.font)) look.font = structuredClone(cell.font);
  if (cell.fill && !(cell.fill.type === "pattern" && cell.fill.pattern === "none")) {
    look.fill = structuredClone(cell.fill);
  }
  if (cell.border && Object.keys(cell.border).length > 0) look.border = structuredClone(cell.border);
  if (cell.alignment && Object.keys(cell.alignment).length > 0)
    look.alignment = structuredClone(cell.alignment);
  return Object.keys(look).length > 0 ? look : undefined;
}

const DEFAULT_FONT_SIZE = 11;

function isChosenFont(font: Partial<ExcelJS.Font> | undefined): font is Partial<ExcelJS.Font> {
  if (!font) return false;
  return (
    !!font.bold ||
    !!font.italic ||
    !!font.underline ||
    !!font.strike ||
    !!font.color?.argb ||
    (font.size !== undefined && font.size !== DEFAULT_FONT_SIZE)
  );
}

function noteText(note: ExcelJS.Cell["note"]): string {
  if (note === undefined || note === null) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((run) => run.text).join("");
}
