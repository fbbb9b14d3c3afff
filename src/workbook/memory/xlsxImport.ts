import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import type { Area, Validation, WriteCell } from "../port";
import { parseArea } from "./a1";
import { serialToDate } from "./dateSerials";
import { type MemorySheet, MemoryWorkbook, type MemoryWorkbookOptions } from "./memoryWorkbook";
import { readTeamFormatting } from "./xlsxTeamFormatting";

/**
 * Reads an .xlsx, typically one a team downloaded from Google Sheets, into a MemoryWorkbook so the
 * add-on's actions can run on it: values, formulas, dates, number formats, frozen rows, the filter,
 * literal-list/date/number validations and column widths. Formulas are computed afresh. The team's
 * merges, notes, fonts, fills, borders, hidden rows and columns and sheet protection are kept as read
 * (see xlsxTeamFormatting.ts), so exporting writes them back.
 *
 * Sheets writes functions Excel lacks (our custom functions, ARRAYFORMULA results) as
 * IFERROR(__xludf.DUMMYFUNCTION("TIER(E2:E6)"), cached): the original formula is restored, and the
 * cells its array result covered ("COMPUTED_VALUE") are left empty so it can spill again.
 */
export async function importXlsx(path: string, options: MemoryWorkbookOptions = {}): Promise<MemoryWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const workbook = new MemoryWorkbook({ name: basename(path, extname(path)), ...options });
  for (const ws of book.worksheets) readSheet(ws, workbook.addSheet(ws.name), workbook.timeZone);
  workbook.resetCalls();
  return workbook;
}

const MS_PER_DAY = 86_400_000;
/** exceljs turns a date serial into a Date as if the serial were UTC; this undoes that. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** exceljs reads array formulas with these fields, which its typings leave out. */
interface ArrayFormulaValue {
  formula: string;
  shareType?: string;
  ref?: string;
}

interface WithValidations {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
}

function readSheet(ws: ExcelJS.Worksheet, sheet: MemorySheet, timeZone: string): void {
  const rows: WriteCell[][] = [];
  const formats = new Map<string, Area[]>();
  const covered = new Set<string>();
  let width = 0;
  // Empty cells count too: a column formatted below the data (a date column to row 1000) stays formatted.
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      if (cell.numFmt && cell.numFmt !== "General") addCell(formats, cell.numFmt, rowNumber, colNumber);
      // exceljs hands every cell of a merge the top-left cell's value; only that cell holds it.
      if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return;
      const value = cellValue(cell, timeZone, covered, rowNumber, colNumber);
      if (value === "") return;
      while (rows.length < rowNumber) rows.push([]);
      (rows[rowNumber - 1] as WriteCell[])[colNumber - 1] = value;
      width = Math.max(width, colNumber);
    });
  });
  for (const key of covered) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    const row = rows[r - 1];
    if (row) row[c - 1] = "";
  }
  if (rows.length > 0) {
    sheet.write(
      1,
      1,
      rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? "")),
    );
  }
  for (const [format, areas] of formats) sheet.setNumberFormats(areas, format);

  const frozen = (ws.views ?? []).find((view) => view.state === "frozen");
  if (frozen && "ySplit" in frozen && frozen.ySplit) sheet.setFrozenRows(frozen.ySplit);
  const filterWidth = autoFilterWidth(ws.autoFilter);
  if (filterWidth) sheet.addFilter(filterWidth);
  readValidations(ws, sheet);
  readTeamFormatting(ws, sheet.team);
  readConditionalRules(ws, sheet);
  ws.columns?.forEach((column, index) => {
    if (column.width) sheet.setColumnWidths(index + 1, [Math.round(column.width * 7 + 5)]);
  });
}

function cellValue(
  cell: ExcelJS.Cell,
  timeZone: string,
  covered: Set<string>,
  row: number,
  col: number,
): WriteCell {
  const value = cell.value;
  if (cell.type === ExcelJS.ValueType.Formula) return formulaOf(cell, covered, row, col);
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateOf(value, timeZone);
  if (typeof value === "number" || typeof value === "boolean") return value;
  // A text cell stays text even when it reads as a number or starts with "=".
  if (typeof value === "string") return { text: value };
  if ("richText" in value) return { text: value.richText.map((run) => run.text).join("") };
  if ("hyperlink" in value) return { text: value.text };
  if ("error" in value) return value.error;
  return cell.text;
}

function formulaOf(cell: ExcelJS.Cell, covered: Set<string>, row: number, col: number): WriteCell {
  const formula = cell.formula.replace(/_xl(?:fn|ws)\./g, "");
  const dummy = /^IFERROR\(__xludf\.DUMMYFUNCTION\("((?:[^"]|"")*)"\),/.exec(formula);
  if (dummy) {
    const original = (dummy[1] ?? "").replace(/""/g, '"');
    return original === '"COMPUTED_VALUE"' ? "" : `=${original}`;
  }
  const arrayFormula = cell.value as unknown as ArrayFormulaValue;
  if (arrayFormula.shareType === "array" && arrayFormula.ref) {
    const area = parseArea(arrayFormula.ref);
    if (area) {
      for (let r = area.row; r < area.row + area.numRows; r++) {
        for (let c = area.col; c < area.col + area.numCols; c++) {
          if (r !== row || c !== col) covered.add(`${r},${c}`);
        }
      }
    }
    return /^ARRAYFORMULA\(/i.test(formula) ? `=${formula}` : `=ARRAYFORMULA(${formula})`;
  }
  return `=${formula}`;
}

interface ConditionalFormatting {
  ref: string;
  rules: {
    type: string;
    formulae?: string[];
    style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
  }[];
}

/**
 * Custom-formula conditional formats, so running the actions on a file that already has ours finds
 * them and adds nothing. exceljs reads them back but leaves the property out of its typings.
 */
function readConditionalRules(ws: ExcelJS.Worksheet, sheet: MemorySheet): void {
  const formattings =
    (ws as unknown as { conditionalFormattings?: ConditionalFormatting[] }).conditionalFormattings ?? [];
  const color = (argb: string | undefined, fallback: string) =>
    argb ? `#${argb.slice(-6).toLowerCase()}` : fallback;
  for (const formatting of formattings) {
    const area = parseArea(formatting.ref.split(" ")[0] ?? "");
    if (!area) continue;
    for (const rule of formatting.rules) {
      const formula = rule.formulae?.[0];
      if (rule.type !== "expression" || !formula) continue;
      sheet.addConditionalRules([
        {
          area,
          formula: `=${formula}`,
          background: color(rule.style?.fill?.bgColor?.argb, "#ffffff"),
          fontColor: color(rule.style?.font?.color?.argb, "#000000"),
        },
      ]);
    }
  }
}

function dateOf(value: Date, timeZone: string): Date {
  return serialToDate((value.getTime() - EXCEL_EPOCH_MS) / MS_PER_DAY, timeZone);
}

/** Groups cells of one format into runs down each column, so a formatted column is one area. */
function addCell(formats: Map<string, Area[]>, format: string, row: number, col: number): void {
  let areas = formats.get(format);
  if (!areas) {
    areas = [];
    formats.set(format, areas);
  }
  const last = areas[areas.length - 1];
  if (last && last.col === col && last.row + last.numRows === row) {
    last.numRows += 1;
  } else {
    areas.push({ row, col, numRows: 1, numCols: 1 });
  }
}

function autoFilterWidth(filter: ExcelJS.AutoFilter | undefined): number | undefined {
  if (!filter) return undefined;
  if (typeof filter === "string") {
    const area = parseArea(filter);
    return area?.col === 1 ? area.numCols : undefined;
  }
  const from = typeof filter.from === "string" ? parseArea(filter.from) : { col: filter.from.column };
  const to = typeof filter.to === "string" ? parseArea(filter.to) : { col: filter.to.column };
  return from?.col === 1 && to ? to.col : undefined;
}

/** exceljs spreads each rule over its cells; cells sharing one rule object came from one rule. */
function readValidations(ws: ExcelJS.Worksheet, sheet: MemorySheet): void {
  const model = (ws as unknown as WithValidations).dataValidations.model;
  const cellsByRule = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, validation] of Object.entries(model)) {
    const area = parseArea(address);
    if (!validation || !area) continue;
    const cells = cellsByRule.get(validation) ?? [];
    cells.push({ row: area.row, col: area.col });
    cellsByRule.set(validation, cells);
  }
  for (const [validation, cells] of cellsByRule) {
    const rule = ruleOf(validation);
    if (!rule) continue;
    const runs = new Map<string, Area[]>();
    cells.sort((a, b) => a.col - b.col || a.row - b.row);
    for (const cell of cells) addCell(runs, "", cell.row, cell.col);
    sheet.setValidations((runs.get("") ?? []).map((area) => ({ area, rule })));
  }
}

function ruleOf(validation: ExcelJS.DataValidation): Validation | undefined {
  const first = validation.formulae?.[0];
  switch (validation.type) {
    case "list": {
      if (typeof first !== "string" || !first.startsWith('"')) return undefined;
      const values = first
        .slice(1, -1)
        .replace(/""/g, '"')
        .split(",")
        .map((value) => value.trim());
      return {
        kind: "list",
        values,
        strict: validation.errorStyle !== "warning" && validation.showErrorMessage === true,
      };
    }
    case "date":
      return { kind: "date" };
    case "decimal":
    case "whole": {
      const min = Number(first);
      return validation.operator === "greaterThanOrEqual" && Number.isFinite(min)
        ? { kind: "number", min }
        : undefined;
    }
    default:
      return undefined;
  }
}
