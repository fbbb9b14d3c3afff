import type { WorkbookPort } from "../port";
import { Engine } from "./engine";
import { MemorySheet, type SheetHost } from "./memorySheet";

export {
  type FormatArea,
  isSheetError,
  MemorySheet,
  type RawSnapshot,
  type RawValue,
  type SheetError,
  type ValidationArea,
} from "./memorySheet";

export interface MemoryWorkbookOptions {
  name?: string;
  /** IANA zone; dates are stored as wall-clock serials in it, as Sheets does. Default "UTC". */
  timeZone?: string;
  /** Decides the order of typed dates ("1/5/2024") and the date format of written Dates. Default "en_US". */
  locale?: string;
}

export interface Toast {
  message: string;
  title: string;
}

/**
 * The Workbook port in memory, with formulas computed by HyperFormula and our custom functions, for
 * tests, the local demo and benchmarks. Mirrors Google Sheets where the add-on can notice:
 * - read() gives getValues/getFormulas of the used range: "" for blanks, Date for date-formatted
 *   numbers, and an error result as the text Sheets' getValues returns ("#REF!", "#N/A", "#ERROR!");
 *   the message Sheets shows on hover comes from MemorySheet.errorAt. An empty sheet reads as no
 *   rows, as the Apps Script adapter reports it.
 * - A custom function that throws shows #ERROR! with its message; an array result spills down and a
 *   spill blocked by content is #REF! ("Array result was not expanded because it would overwrite data
 *   in A5."), leaving the content alone.
 * - Sheet names are unique ignoring case; renaming a sheet rewrites formulas that point at it.
 * - A sheet has 1,000 rows when added and grows to fit writes; "E2:E" and "E:E" end at its last row,
 *   so =TIER(E2:E) fills 999 rows ("" under the data), as in Sheets.
 * - deleteRows moves formats, validation and rule areas up and rewrites the stored formulas that
 *   point below, while HyperFormula's removeRows moves the engine's copy (see removedRows.ts).
 * Known differences: typed text like "12,500" stays text where Sheets makes it a number, and formulas
 * read back as written rather than in Sheets' canonical spelling.
 */
export class MemoryWorkbook implements WorkbookPort, SheetHost {
  readonly name: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly engine: Engine;
  /** Every port call in order, by method name, so tests can count calls per action. */
  readonly calls: string[] = [];
  readonly toasts: Toast[] = [];
  private readonly sheets: MemorySheet[] = [];
  private active: MemorySheet | null = null;

  constructor(options: MemoryWorkbookOptions = {}) {
    this.name = options.name ?? "Untitled spreadsheet";
    this.timeZone = options.timeZone ?? "UTC";
    this.locale = options.locale ?? "en_US";
    this.engine = new Engine(this.locale, () => this.sheets);
  }

  /** Milliseconds spent in the formula engine (edits, recomputation and rebuilds) since creation. */
  get recalcMs(): number {
    return this.engine.recalcMs;
  }

  /** Name of the sheet last activated, or of the first sheet. */
  get activeSheetName(): string | null {
    return (this.active ?? this.sheets[0])?.name ?? null;
  }

  record(call: string): void {
    this.calls.push(call);
  }

  /** Forget the calls so far, e.g. after setting up a workbook, so a test counts only the action's calls. */
  resetCalls(): void {
    this.calls.length = 0;
  }

  sheet(name: string): MemorySheet | null {
    this.record("sheet");
    return this.find(name) ?? null;
  }

  sheetNames(): string[] {
    this.record("sheetNames");
    return this.sheets.map((sheet) => sheet.name);
  }

  /** Every sheet in tab order, without recording a port call. */
  allSheets(): readonly MemorySheet[] {
    return this.sheets;
  }

  addSheet(name: string): MemorySheet {
    this.record("addSheet");
    this.checkFreeName(name);
    const sheet = new MemorySheet(name, this);
    this.sheets.push(sheet);
    this.engine.addSheet(name);
    return sheet;
  }

  /** A sheet that is already gone is what the caller wants, so a missing name is not an error. */
  removeSheet(name: string): void {
    this.record("removeSheet");
    const sheet = this.find(name);
    if (!sheet) return;
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.engine.removeSheet(sheet.name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = null;
  }

  renameSheet(from: string, to: string): void {
    this.record("renameSheet");
    const sheet = this.require(from);
    if (this.find(to) !== sheet) this.checkFreeName(to);
    this.engine.renameSheet(sheet.name, to);
    for (const other of this.sheets) other.renameReferences(sheet.name, to);
    sheet.takeName(to);
  }

  activate(name: string): void {
    this.record("activate");
    this.active = this.require(name);
  }

  /** Every write is stored at once here. */
  flush(): void {}

  toast(message: string, title: string): void {
    this.record("toast");
    this.toasts.push({ message, title });
  }

  private find(name: string): MemorySheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  private require(name: string): MemorySheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`There is no sheet named "${name}" in this spreadsheet.`);
    return sheet;
  }

  private checkFreeName(name: string): void {
    if (name.trim() === "") throw new Error("A sheet name cannot be blank.");
    if (this.find(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
}
