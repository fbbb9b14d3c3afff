import { type CellValue, DetailedCellError, ErrorType } from "hyperformula";
import type { Cell } from "../../core/cells";
import type {
  Area,
  ChartSpec,
  ConditionalRule,
  SheetPort,
  SheetSnapshot,
  Validation,
  WriteCell,
} from "../port";
import { movedFormula } from "../relativeFormula";
import { a1, contains, covers } from "./a1";
import { dateToSerial, defaultDateFormat, isDateFormat, serialToDate, wallClockMs } from "./dateSerials";
import { type Engine, isFormula, type Stored } from "./engine";
import { DEFAULT_GRID_COLUMNS, DEFAULT_GRID_ROWS, renameSheetReferences } from "./formulaText";
import { areaAfterRemoval, formulaAfterRemoval, type RemovedRows } from "./removedRows";
import { CIRCULAR_MESSAGE, PARSE_MESSAGE, sheetsErrorText } from "./sheetsErrors";
import { TeamFormatting } from "./teamFormatting";

/** What a MemorySheet needs from its workbook. */
export interface SheetHost {
  readonly timeZone: string;
  readonly locale: string;
  readonly engine: Engine;
  record(call: string): void;
  /** Every sheet, so a row removal can adjust the formulas that point at this one. */
  allSheets(): readonly MemorySheet[];
}

export interface FormatArea {
  area: Area;
  format: string;
}

export interface ValidationArea {
  area: Area;
  rule: Validation;
}

/** An error result: the text Sheets shows in the cell, and the message it shows on hover. */
export interface SheetError {
  error: string;
  message: string;
}

/** A computed value as the engine holds it: dates stay serial numbers, errors keep their message. */
export type RawValue = string | number | boolean | SheetError;

export interface RawSnapshot {
  values: RawValue[][];
  formulas: string[][];
  /** The format each cell shows with, including the date format Sheets gives a formula returning a date. */
  numberFormats: (string | undefined)[][];
}

export function isSheetError(value: RawValue): value is SheetError {
  return typeof value === "object";
}

/**
 * One sheet of a MemoryWorkbook. Behaves as a Google Sheets sheet does through the Workbook port; the
 * extra getters (numberFormatAreas, validationAreas, …) let tests and the .xlsx export see what the
 * port stored.
 */
export class MemorySheet implements SheetPort {
  /** Stored cells, 0-based rows of 0-based columns; the engine is built from these. */
  readonly cells: Stored[][] = [];
  /** Merges, notes, fonts, fills, hidden rows and columns, protection: the team's, never the port's. */
  readonly team = new TeamFormatting();
  private currentName: string;
  private formats: FormatArea[] = [];
  private validations: ValidationArea[] = [];
  private rules: ConditionalRule[] = [];
  private frozen = 0;
  private filterWidth: number | null = null;
  private filterRow = 1;
  private headerWidth: number | null = null;
  private readonly widths = new Map<number, number>();
  private readonly chartSpecs: ChartSpec[] = [];
  private grid = DEFAULT_GRID_ROWS;
  private gridCols = DEFAULT_GRID_COLUMNS;

  constructor(
    name: string,
    private readonly host: SheetHost,
  ) {
    this.currentName = name;
  }

  get name(): string {
    return this.currentName;
  }

  /** Called by MemoryWorkbook.renameSheet, which also rewrites the formulas pointing here. */
  takeName(name: string): void {
    this.currentName = name;
  }

  /** Points this sheet's formulas that name sheet `from` at `to`, as Sheets does on a rename. */
  renameReferences(from: string, to: string): void {
    for (const row of this.cells) {
      row.forEach((stored, c) => {
        if (isFormula(stored)) row[c] = renameSheetReferences(stored, from, to);
      });
    }
  }

  /** Rows in the sheet's grid: 1,000 for a new sheet, growing to fit writes; "E2:E" ends here. */
  get gridRows(): number {
    return this.grid;
  }

  read(): SheetSnapshot {
    this.host.record("read");
    const raw = this.rawSnapshot();
    const values = raw.values.map((row, r) =>
      row.map((value, c): Cell => {
        if (isSheetError(value)) return value.error;
        const format = raw.numberFormats[r]?.[c];
        if (typeof value === "number" && format !== undefined && isDateFormat(format)) {
          return serialToDate(value, this.host.timeZone);
        }
        return value;
      }),
    );
    return { values, formulas: raw.formulas };
  }

  /**
   * Like Sheets' setValues: a string starting with "=" is a formula, other strings are parsed as typed
   * input (numbers, dates in the locale's order, TRUE/FALSE), a Text stays text, and a Date is stored as
   * a serial in the workbook's time zone with a date format unless the cell already has one.
   */
  write(row: number, col: number, cells: WriteCell[][]): void {
    this.host.record("write");
    this.writeBlock(row, col, cells);
  }

  fill(cells: { row: number; col: number }[], content: WriteCell): void {
    this.host.record("fill");
    for (const cell of cells) this.writeBlock(cell.row, cell.col, [[content]]);
  }

  fillRelative(cells: { row: number; col: number }[], formula: string): void {
    this.host.record("fillRelative");
    const first = cells[0];
    if (!first) return;
    for (const cell of cells) {
      this.writeBlock(cell.row, cell.col, [
        [movedFormula(formula, cell.row - first.row, cell.col - first.col)],
      ]);
    }
  }

  private writeBlock(row: number, col: number, cells: WriteCell[][]): void {
    checkCell("write", row, col);
    const width = cells[0]?.length ?? 0;
    cells.forEach((cellRow, i) => {
      if (cellRow.length !== width) {
        throw new Error(
          `Writing to sheet "${this.name}" at row ${row + i}: every row needs ${width} cells like the first, but this one has ${cellRow.length}.`,
        );
      }
    });
    if (width === 0) return;
    const dates: { row: number; col: number; withTime: boolean }[] = [];
    const block: Stored[][] = cells.map((source, r) =>
      source.map((cell, c) => {
        if (!(cell instanceof Date)) return storedOf(cell);
        if (Number.isNaN(cell.getTime())) {
          throw new Error(
            `Writing to sheet "${this.name}": the Date for ${a1(row + r, col + c)} is invalid.`,
          );
        }
        const stored = this.storedDate(cell);
        dates.push({
          row: row + r,
          col: col + c,
          withTime: typeof stored === "number" ? !Number.isInteger(stored) : hasTime(stored),
        });
        return stored;
      }),
    );
    this.store(row - 1, col - 1, block);
    this.formatDates(dates);
    this.host.engine.write(this.name, row - 1, col - 1, block);
  }

  clear(): void {
    this.host.record("clear");
    this.cells.length = 0;
    this.host.engine.clear(this.name);
  }

  /** Sheets' deleteRows: see the port. The formula engine moves its own cells with HyperFormula's removeRows. */
  deleteRows(row: number, count: number): void {
    this.host.record("deleteRows");
    checkCell("deleteRows", row, 1);
    checkCount("deleteRows", "count", count);
    if (row + count - 1 > this.grid) throw new Error("Those rows are out of bounds.");
    if (count >= this.grid - this.frozen) {
      throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
    }
    const removed: RemovedRows = { sheet: this.name, start: row, count };
    this.cells.splice(row - 1, count);
    for (const sheet of this.host.allSheets()) sheet.adjustFormulas(removed);
    this.grid -= count;
    this.formats = movedAreas(this.formats, removed);
    this.validations = movedAreas(this.validations, removed);
    this.rules = movedAreas(this.rules, removed);
    this.team.removeRows(removed);
    this.host.engine.removeRows(this.name, row - 1, count, this.grid);
  }

  gridSize(): { rows: number; cols: number } {
    this.host.record("gridSize");
    return { rows: this.grid, cols: this.gridCols };
  }

  /**
   * Rows go as deleteRows removes them. Columns are modelled only where they hold nothing (all the
   * add-on removes): a removed column with content is refused rather than imitated.
   */
  trimGrid(rows: number, cols: number): void {
    this.host.record("trimGrid");
    if (cols < this.gridCols) {
      checkCount("trimGrid", "cols", cols);
      const filled = this.cells.some((row) => row.slice(cols).some((v) => v !== null && v !== ""));
      if (filled) throw new Error("The memory workbook removes only columns that hold nothing.");
      for (const row of this.cells) row.length = Math.min(row.length, cols);
      this.gridCols = cols;
    }
    if (rows < this.grid) this.deleteRows(rows + 1, this.grid - rows);
  }

  /** Points this sheet's stored formulas past rows removed from a sheet, as Sheets rewrites them. */
  adjustFormulas(removed: RemovedRows): void {
    for (const row of this.cells) {
      row.forEach((stored, c) => {
        if (isFormula(stored)) row[c] = formulaAfterRemoval(stored, this.name, removed);
      });
    }
  }

  setNumberFormats(areas: Area[], format: string): void {
    this.host.record("setNumberFormats");
    for (const area of areas) {
      checkArea("setNumberFormats", area);
      this.addFormat({ area: { ...area }, format });
    }
  }

  styledColumns(row: number, numCols: number): { formatted: boolean; validated: boolean }[] {
    this.host.record("styledColumns");
    return Array.from({ length: numCols }, (_, i) => ({
      formatted: this.numberFormatAt(row, i + 1) !== undefined,
      validated: this.validations.some((v) => contains(v.area, row, i + 1)),
    }));
  }

  setValidations(rules: { area: Area; rule: Validation }[]): void {
    this.host.record("setValidations");
    for (const { area, rule } of rules) {
      checkArea("setValidations", area);
      if (rule.kind === "list" && rule.values.length === 0) {
        throw new Error(`A drop-down list on sheet "${this.name}" needs at least one allowed value.`);
      }
    }
    for (const { area, rule } of rules) replaceCovered(this.validations, { area: { ...area }, rule });
  }

  conditionalFormulas(): string[] {
    this.host.record("conditionalFormulas");
    return this.rules.map((rule) => rule.formula);
  }

  addConditionalRules(rules: ConditionalRule[]): void {
    this.host.record("addConditionalRules");
    for (const rule of rules) {
      checkArea("addConditionalRules", rule.area);
      this.rules.push({ ...rule, area: { ...rule.area } });
    }
  }

  frozenRows(): number {
    this.host.record("frozenRows");
    return this.frozen;
  }

  setFrozenRows(rows: number): void {
    this.host.record("setFrozenRows");
    if (!Number.isInteger(rows) || rows < 0) {
      throw new Error(`setFrozenRows: rows must be a whole number ≥ 0, got ${rows}`);
    }
    this.frozen = rows;
  }

  hasFilter(): boolean {
    this.host.record("hasFilter");
    return this.filterWidth !== null;
  }

  addFilter(numCols: number, headerRow = 1): void {
    this.host.record("addFilter");
    if (this.filterWidth !== null) {
      throw new Error(`You can't create a filter in sheet "${this.name}": it already has a filter.`);
    }
    checkCount("addFilter", "numCols", numCols);
    this.filterWidth = numCols;
    this.filterRow = headerRow;
  }

  styleHeader(numCols: number): void {
    this.host.record("styleHeader");
    checkCount("styleHeader", "numCols", numCols);
    this.headerWidth = numCols;
  }

  setColumnWidths(col: number, widths: number[]): void {
    this.host.record("setColumnWidths");
    checkCell("setColumnWidths", 1, col);
    widths.forEach((width, index) => {
      this.widths.set(col + index, width);
    });
  }

  addChart(chart: ChartSpec): void {
    this.host.record("addChart");
    checkArea("addChart", chart.data);
    // Series are the data's columns after the labels; Sheets ignores an option for a series it lacks.
    const seriesCount = chart.data.numCols - 1;
    for (const index of chart.rightAxis ?? []) {
      if (!Number.isInteger(index) || index < 0 || index >= seriesCount)
        throw new Error(`addChart: series ${index} is not one of the chart's ${seriesCount} series`);
    }
    const copy: ChartSpec = { ...chart, data: { ...chart.data }, anchor: { ...chart.anchor } };
    if (chart.rightAxis) copy.rightAxis = [...chart.rightAxis];
    this.chartSpecs.push(copy);
  }

  /** The used range as the engine computed it, without recording a port call (for export and tests). */
  rawSnapshot(): RawSnapshot {
    const values = this.host.engine.values(this.name);
    const { rows, cols } = this.usedSize(values);
    if (rows === 0) return { values: [], formulas: [], numberFormats: [] };
    const numberFormats = this.formatGrid(rows, cols);
    const outValues: RawValue[][] = new Array(rows);
    const outFormulas: string[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const storedRow = this.cells[r];
      const valueRow = values[r];
      const formatRow = numberFormats[r] as (string | undefined)[];
      const rowValues: RawValue[] = new Array(cols);
      const rowFormulas: string[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        const stored = storedRow?.[c];
        const formula = isFormula(stored) ? stored : "";
        const value = valueRow?.[c];
        rowFormulas[c] = formula;
        rowValues[c] = this.rawValue(value, r, c, formula);
        if (
          formula !== "" &&
          typeof value === "number" &&
          formatRow[c] === undefined &&
          this.host.engine.isDateResult(this.name, r, c)
        ) {
          formatRow[c] = defaultDateFormat(this.host.locale, !Number.isInteger(value));
        }
      }
      outValues[r] = rowValues;
      outFormulas[r] = rowFormulas;
    }
    return { values: outValues, formulas: outFormulas, numberFormats };
  }

  /** The error a cell shows (1-based), with the message Sheets shows on hover; null when it holds none. */
  errorAt(row: number, col: number): SheetError | null {
    const value = this.host.engine.valueAt(this.name, row - 1, col - 1);
    if (!(value instanceof DetailedCellError)) return null;
    const stored = this.cells[row - 1]?.[col - 1];
    return this.errorOf(value, row - 1, col - 1, isFormula(stored) ? stored : "");
  }

  /** The number format a cell has been given (1-based), if any. */
  numberFormatAt(row: number, col: number): string | undefined {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const entry = this.formats[i];
      if (entry && contains(entry.area, row, col)) return entry.format;
    }
    return undefined;
  }

  get numberFormatAreas(): readonly FormatArea[] {
    return this.formats;
  }

  get validationAreas(): readonly ValidationArea[] {
    return this.validations;
  }

  get conditionalRules(): readonly ConditionalRule[] {
    return this.rules;
  }

  get frozenRowCount(): number {
    return this.frozen;
  }

  /** Columns covered by the filter, or null without one. */
  get filterColumns(): number | null {
    return this.filterWidth;
  }

  /** The row the filter starts at (the header row). */
  get filterHeaderRow(): number {
    return this.filterRow;
  }

  /** Columns of the styled header row, or null when the header was never styled. */
  get headerColumns(): number | null {
    return this.headerWidth;
  }

  /** Column widths in pixels, by 1-based column. */
  get columnWidths(): ReadonlyMap<number, number> {
    return this.widths;
  }

  get charts(): readonly ChartSpec[] {
    return this.chartSpecs;
  }

  /** A Date for the engine: built from the wall-clock fields so HyperFormula marks it as a date. */
  private storedDate(date: Date): Date | number {
    const wall = new Date(wallClockMs(date, this.host.timeZone));
    const local = new Date(
      wall.getUTCFullYear(),
      wall.getUTCMonth(),
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      wall.getUTCMilliseconds(),
    );
    const sameFields =
      local.getFullYear() === wall.getUTCFullYear() &&
      local.getDate() === wall.getUTCDate() &&
      local.getHours() === wall.getUTCHours() &&
      local.getMinutes() === wall.getUTCMinutes();
    // The process's own zone may skip that wall-clock hour (a DST jump); the serial number is exact.
    return sameFields ? local : dateToSerial(date, this.host.timeZone);
  }

  private store(row0: number, col0: number, block: Stored[][]): void {
    const cells = this.cells;
    this.grid = Math.max(this.grid, row0 + block.length);
    this.gridCols = Math.max(this.gridCols, col0 + Math.max(0, ...block.map((r) => r.length)));
    while (cells.length < row0 + block.length) cells.push([]);
    block.forEach((values, r) => {
      const target = cells[row0 + r] as Stored[];
      while (target.length < col0) target.push(null);
      values.forEach((value, c) => {
        target[col0 + c] = value;
      });
    });
  }

  private formatDates(dates: { row: number; col: number; withTime: boolean }[]): void {
    const needing = dates.filter((cell) => !isDateFormat(this.numberFormatAt(cell.row, cell.col) ?? ""));
    needing.sort((x, y) => x.col - y.col || x.row - y.row);
    let start = 0;
    for (let i = 1; i <= needing.length; i++) {
      const first = needing[start];
      const previous = needing[i - 1];
      const next = needing[i];
      if (
        first &&
        previous &&
        (!next || next.col !== first.col || next.row !== previous.row + 1 || next.withTime !== first.withTime)
      ) {
        this.addFormat({
          area: { row: first.row, col: first.col, numRows: previous.row - first.row + 1, numCols: 1 },
          format: defaultDateFormat(this.host.locale, first.withTime),
        });
        start = i;
      }
    }
  }

  private addFormat(entry: FormatArea): void {
    replaceCovered(this.formats, entry);
  }

  private formatGrid(rows: number, cols: number): (string | undefined)[][] {
    const grid: (string | undefined)[][] = new Array(rows);
    for (let r = 0; r < rows; r++) grid[r] = new Array(cols).fill(undefined);
    for (const { area, format } of this.formats) {
      const lastRow = Math.min(rows, area.row - 1 + area.numRows);
      const lastCol = Math.min(cols, area.col - 1 + area.numCols);
      for (let r = area.row - 1; r < lastRow; r++) {
        const row = grid[r] as (string | undefined)[];
        for (let c = area.col - 1; c < lastCol; c++) row[c] = format;
      }
    }
    return grid;
  }

  /** Sheets' used range: the last row and column holding content or a spilled value. */
  private usedSize(values: CellValue[][]): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    const extend = (grid: readonly (readonly unknown[])[], isContent: (value: unknown) => boolean) => {
      grid.forEach((row, r) => {
        for (let c = row.length - 1; c >= 0; c--) {
          if (isContent(row[c])) {
            if (r + 1 > rows) rows = r + 1;
            if (c + 1 > cols) cols = c + 1;
            break;
          }
        }
      });
    };
    extend(this.cells, (stored) => stored !== null && stored !== undefined);
    extend(values, (value) => value !== null && value !== undefined);
    return { rows, cols };
  }

  private rawValue(value: CellValue | undefined, row: number, col: number, formula: string): RawValue {
    if (value === null || value === undefined) return "";
    if (value instanceof DetailedCellError) return this.errorOf(value, row, col, formula);
    return value;
  }

  private errorOf(value: DetailedCellError, row: number, col: number, formula: string): SheetError {
    const error = sheetsErrorText(value.type as ErrorType);
    switch (value.type) {
      case ErrorType.SPILL:
        return { error, message: this.spillMessage(row, col, formula) };
      case ErrorType.CYCLE:
        return { error, message: CIRCULAR_MESSAGE };
      case ErrorType.ERROR:
        return { error, message: value.message.startsWith("Parsing error") ? PARSE_MESSAGE : value.message };
      default:
        return { error, message: value.message };
    }
  }

  /** Sheets names the first cell in the way of an array result. */
  private spillMessage(row: number, col: number, formula: string): string {
    const message = "Array result was not expanded because it would overwrite data";
    if (formula === "") return `${message}.`;
    const size = this.host.engine.resultSize(this.name, formula);
    for (let r = row; r < row + size.rows; r++) {
      for (let c = col; c < col + size.cols; c++) {
        if (r === row && c === col) continue;
        const stored = this.cells[r]?.[c];
        const inWay =
          (stored !== null && stored !== undefined) || this.host.engine.valueAt(this.name, r, c) !== null;
        if (inWay) return `${message} in ${a1(r + 1, c + 1)}.`;
      }
    }
    return `${message}.`;
  }
}

function storedOf(cell: Exclude<WriteCell, Date> | null | undefined): Stored {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "object") return cell.text === "" ? null : `'${cell.text}`;
  return cell;
}

function hasTime(date: Date): boolean {
  return (
    date.getHours() !== 0 ||
    date.getMinutes() !== 0 ||
    date.getSeconds() !== 0 ||
    date.getMilliseconds() !== 0
  );
}

/** Entries whose areas moved up past removed rows; entries left without rows are dropped. */
function movedAreas<T extends { area: Area }>(entries: T[], removed: RemovedRows): T[] {
  return entries.flatMap((entry) => {
    const area = areaAfterRemoval(entry.area, removed);
    return area ? [{ ...entry, area }] : [];
  });
}

/** Adds an entry after dropping the ones it hides completely, so repeated formatting does not pile up. */
function replaceCovered<T extends { area: Area }>(entries: T[], entry: T): void {
  for (let i = entries.length - 1; i >= 0; i--) {
    const existing = entries[i];
    if (existing && covers(entry.area, existing.area)) entries.splice(i, 1);
  }
  entries.push(entry);
}

function checkCell(method: string, row: number, col: number): void {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) {
    throw new Error(`${method}: row and column start at 1, got row ${row}, column ${col}`);
  }
}

function checkCount(method: string, name: string, count: number): void {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`${method}: ${name} must be a whole number ≥ 1, got ${count}`);
  }
}

function checkArea(method: string, area: Area): void {
  checkCell(method, area.row, area.col);
  checkCount(method, "numRows", area.numRows);
  checkCount(method, "numCols", area.numCols);
}
