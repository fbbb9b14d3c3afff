import { Recorded, type Recorder } from "./recorder";
import { FakeSheet } from "./sheet";
import type { Stored } from "./values";

const CELL_LIMIT = 10_000_000;

export interface SheetSeed {
  name: string;
  /** Grid size; a new sheet in Sheets is 1000 × 26. */
  rows?: number;
  columns?: number;
  /** Contents from A1, read as setValues reads them ("=…" is a formula, "'…" text). */
  values?: unknown[][];
}

/** Supplies what getValues shows for a formula cell; the fake does not evaluate formulas. */
export type FormulaResult = (
  formula: string,
  at: { sheet: string; row: number; column: number },
) => Stored | undefined;

export interface SpreadsheetSeed {
  name?: string;
  timeZone?: string;
  locale?: string;
  sheets?: SheetSeed[];
  formulaResult?: FormulaResult;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class FakeSpreadsheet extends Recorded {
  readonly className = "Spreadsheet";
  readonly id = "fake-spreadsheet-id";
  readonly sheets: FakeSheet[] = [];
  readonly toasts: Toast[] = [];
  activeSheet: FakeSheet;
  readonly formulaResult?: FormulaResult;
  private readonly name: string;
  private readonly timeZone: string;
  private readonly locale: string;
  private nextSheetId = 0;

  constructor(recorder: Recorder, seed: SpreadsheetSeed = {}) {
    super(recorder);
    this.name = seed.name ?? "Untitled spreadsheet";
    this.timeZone = seed.timeZone ?? "America/New_York";
    this.locale = seed.locale ?? "en_US";
    this.formulaResult = seed.formulaResult;
    for (const sheet of seed.sheets ?? [{ name: "Sheet1" }]) {
      const added = this.insertSheet(sheet.name);
      if (sheet.rows !== undefined) added.maxRows = sheet.rows;
      if (sheet.columns !== undefined) added.maxColumns = sheet.columns;
      const values = sheet.values ?? [];
      const width = Math.max(0, ...values.map((row) => row.length));
      const padded = values.map((row) => [...row, ...new Array<string>(width - row.length).fill("")]);
      if (padded.length > 0 && width > 0) added.getRange(1, 1, padded.length, width).setValues(padded);
    }
    const first = this.sheets[0];
    if (!first) throw new Error("Fake spreadsheet: seed at least one sheet.");
    this.activeSheet = first;
  }

  getName(): string {
    return this.name;
  }

  getId(): string {
    return this.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  getActiveSheet(): FakeSheet {
    return this.activeSheet;
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.activeSheet = sheet;
    return sheet;
  }

  /** Appends the sheet (or puts it at the 0-based index) and makes it active, as Sheets does. */
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    this.assertFreeName(sheetName);
    const sheet = new FakeSheet(this.recorder, this, sheetName, this.nextSheetId++);
    this.assertCellLimit(sheet.maxRows * sheet.maxColumns);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new Error("Sheet not found in this spreadsheet.");
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(index, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, index - 1)] ?? sheet;
  }

  toast(message: string, title = "", timeoutSeconds = 5): void {
    this.toasts.push({ message, title, timeoutSeconds });
  }

  // ---- for FakeSheet and tests ----

  assertFreeName(name: string): void {
    if (this.sheets.some((sheet) => sheet.name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  assertCellLimit(added: number): void {
    const cells = this.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
    if (cells + added > CELL_LIMIT) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }
}
