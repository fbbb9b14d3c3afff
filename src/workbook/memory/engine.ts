import {
  type CellValue,
  CellValueDetailedType,
  type ConfigParams,
  DetailedCellError,
  ErrorType,
  type ExportedChange,
  HyperFormula,
  type SerializedNamedExpression,
} from "hyperformula";
import { dayFirstFor } from "../../core/dateParse";
import { registerCustomFunctions } from "./customFunctions";
import { closeColumnRanges, DEFAULT_GRID_ROWS, hasColumnRange, stackArrayLiterals } from "./formulaText";

/**
 * What the engine is given for one cell: a formula ("=..."), text forced to stay text ("'..."), or a
 * plain value that HyperFormula parses as Sheets parses typed input ("12" is a number, "true" a boolean).
 */
export type Stored = string | number | boolean | Date | null;

export interface SheetSource {
  readonly name: string;
  /** Rows the sheet has (1,000 when new, more once written past), where "E2:E" ends. */
  readonly gridRows: number;
  /** Rows of stored cells, 0-based; rows may be shorter than the widest one. */
  readonly cells: Stored[][];
}

/** A write this many cells or more rebuilds the engine in one pass when it is also a large part of the workbook. */
const REBUILD_MIN_CELLS = 20_000;

/** Sheets reads bare TRUE and FALSE as booleans; HyperFormula only knows TRUE() and FALSE(). */
const NAMED_EXPRESSIONS: SerializedNamedExpression[] = [
  { name: "TRUE", expression: "=TRUE()" },
  { name: "FALSE", expression: "=FALSE()" },
];

/**
 * HyperFormula set up to compute like Sheets. Each choice and why:
 * - licenseKey "gpl-v3": the engine is a dev/test dependency only, never shipped in the add-on.
 * - "," between arguments and "." for decimals: a script's setFormulas always uses these, whatever the locale.
 * - nullDate 1899-12-30 without the 1900 leap-year bug: Sheets' date serials.
 * - dateFormats by locale: "1/5/2024" typed into an en_US sheet is January 5, into en_GB May 1.
 * - evaluateNullToZero false: `=A1` on a blank cell shows blank in Sheets (Excel shows 0).
 * - useArrayArithmetic true: Sheets evaluates arrays inside SUMPRODUCT, FILTER and ARRAYFORMULA, and
 *   HyperFormula's SUMPRODUCT only does with this on. The cost: `=A2:A5*2` spills here where Sheets
 *   wants ARRAYFORMULA, so a formula that works here is not proof it works in Sheets.
 * - smartRounding false: getValues returns full doubles (0.1+0.2 is 0.30000000000000004 in Sheets too).
 * - maxRows 10 million: Sheets allows 10 million cells; HyperFormula's default of 40,000 rows is too few.
 * - undoLimit 0: the port has no undo, and keeping the old contents of a 100,000-row write costs seconds.
 * Criteria in SUMIFS/COUNTIFS are case-insensitive with * and ? wildcards in both (HyperFormula's defaults).
 */
export function engineConfig(locale: string): Partial<ConfigParams> {
  return {
    licenseKey: "gpl-v3",
    functionArgSeparator: ",",
    decimalSeparator: ".",
    nullDate: { year: 1899, month: 12, day: 30 },
    leapYear1900: false,
    dateFormats: dayFirstFor(locale)
      ? ["DD/MM/YYYY", "DD/MM/YY", "YYYY-MM-DD", "YYYY/MM/DD", "DD.MM.YYYY"]
      : ["MM/DD/YYYY", "MM/DD/YY", "YYYY-MM-DD", "YYYY/MM/DD"],
    timeFormats: ["hh:mm", "hh:mm:ss.sss"],
    evaluateNullToZero: false,
    useArrayArithmetic: true,
    smartRounding: false,
    maxRows: 10_000_000,
    maxColumns: 18_278,
    undoLimit: 0,
  };
}

export function isFormula(stored: Stored | undefined): stored is string {
  return typeof stored === "string" && stored.startsWith("=");
}

/**
 * The formula engine behind a MemoryWorkbook. The sheets' stored cells are the truth; HyperFormula is
 * kept in step with small writes cell by cell and rebuilt from the stored cells after a large one,
 * because its cell-by-cell path costs about 6 µs a cell while a rebuild costs under 2 µs.
 * Formulas reach HyperFormula with their open-ended ranges closed at the sheet's row count and their
 * array literals written as HSTACK/VSTACK (see formulaText.ts).
 */
export class Engine {
  /** Milliseconds spent inside HyperFormula editing and recomputing, since the workbook was made. */
  recalcMs = 0;
  /** Milliseconds of the most recent edit or rebuild. */
  lastRecalcMs = 0;
  rebuilds = 0;
  private hf: HyperFormula | null = null;
  /** Formula cells showing a blocked spill, by sheet name (lower case) then "row,col" (0-based). */
  private readonly blocked = new Map<string, Set<string>>();
  /** The row counts HyperFormula's formulas were closed with, by sheet name (lower case). */
  private readonly grids = new Map<string, number>();
  private readonly config: Partial<ConfigParams>;

  constructor(
    locale: string,
    private readonly sources: () => readonly SheetSource[],
  ) {
    registerCustomFunctions();
    this.config = engineConfig(locale);
  }

  addSheet(name: string): void {
    const hf = this.hf;
    if (!hf) return;
    this.timed(() => hf.addSheet(name));
    this.grids.set(name.toLowerCase(), DEFAULT_GRID_ROWS);
  }

  removeSheet(name: string): void {
    this.blocked.delete(name.toLowerCase());
    this.grids.delete(name.toLowerCase());
    const hf = this.hf;
    if (!hf) return;
    this.timed(() => hf.removeSheet(this.idOf(hf, name)));
  }

  /** HyperFormula rewrites its own formulas that point at the sheet; the workbook rewrites the stored ones. */
  renameSheet(from: string, to: string): void {
    for (const map of [this.blocked, this.grids] as Map<string, unknown>[]) {
      const entry = map.get(from.toLowerCase());
      map.delete(from.toLowerCase());
      if (entry !== undefined) map.set(to.toLowerCase(), entry);
    }
    const hf = this.hf;
    if (!hf) return;
    this.timed(() => hf.renameSheet(this.idOf(hf, from), to));
  }

  /** Applies a write the sheet has already stored. */
  write(sheet: string, row: number, col: number, block: Stored[][]): void {
    const hf = this.hf;
    if (!hf) return;
    const size = block.length * (block[0]?.length ?? 0);
    if (size >= REBUILD_MIN_CELLS && size * 4 >= this.totalCells()) {
      this.hf = null;
      return;
    }
    const rows = this.source(sheet)?.gridRows ?? DEFAULT_GRID_ROWS;
    if (rows !== this.gridOf(sheet)) this.regrid(hf, sheet, rows);
    const id = this.idOf(hf, sheet);
    const content = block.map((cells) => cells.map((stored) => this.forEngine(stored, sheet)));
    this.track(
      hf,
      this.timed(() => hf.setCellContents({ sheet: id, row, col }, content)),
    );
    if (block.some((cells) => cells.some((cell) => cell === null))) this.respill(hf, sheet);
  }

  /**
   * Rows the sheet has already dropped from its stored cells. HyperFormula's removeRows moves its
   * cells and adjusts every formula pointing below, as Sheets does; `gridRows` is the sheet's new
   * row count, which open-ended ranges were closed with.
   */
  removeRows(sheet: string, row: number, count: number, gridRows: number): void {
    this.shiftBlocked(sheet, row, count);
    this.grids.set(sheet.toLowerCase(), gridRows);
    const hf = this.hf;
    if (!hf) return;
    const id = this.idOf(hf, sheet);
    this.track(
      hf,
      this.timed(() => hf.removeRows(id, [row, count])),
    );
  }

  clear(sheet: string): void {
    this.blocked.delete(sheet.toLowerCase());
    const hf = this.hf;
    if (!hf) return;
    this.timed(() => hf.clearSheet(this.idOf(hf, sheet)));
  }

  values(sheet: string): CellValue[][] {
    const hf = this.fresh();
    return hf.getSheetValues(this.idOf(hf, sheet));
  }

  valueAt(sheet: string, row: number, col: number): CellValue {
    const hf = this.fresh();
    return hf.getCellValue({ sheet: this.idOf(hf, sheet), row, col });
  }

  /** Whether a formula's numeric result is a date or time, which makes Sheets format the cell as one. */
  isDateResult(sheet: string, row: number, col: number): boolean {
    const hf = this.fresh();
    const type = hf.getCellValueDetailedType({ sheet: this.idOf(hf, sheet), row, col });
    return (
      type === CellValueDetailedType.NUMBER_DATE ||
      type === CellValueDetailedType.NUMBER_DATETIME ||
      type === CellValueDetailedType.NUMBER_TIME
    );
  }

  /** The rows and columns a formula's result needs, computed away from the sheet. */
  resultSize(sheet: string, formula: string): { rows: number; cols: number } {
    const hf = this.fresh();
    const result = hf.calculateFormula(this.forEngine(formula, sheet) as string, this.idOf(hf, sheet));
    if (!Array.isArray(result)) return { rows: 1, cols: 1 };
    return { rows: result.length, cols: Math.max(1, ...result.map((row) => row.length)) };
  }

  private fresh(): HyperFormula {
    if (this.hf) return this.hf;
    const sources = this.sources();
    this.grids.clear();
    for (const source of sources) this.grids.set(source.name.toLowerCase(), source.gridRows);
    const sheets: Record<string, Stored[][]> = {};
    for (const source of sources) sheets[source.name] = this.sheetForEngine(source);
    const hf = this.timed(() => HyperFormula.buildFromSheets(sheets, this.config, NAMED_EXPRESSIONS));
    this.rebuilds += 1;
    this.hf = hf;
    this.blocked.clear();
    for (const source of sources) this.findBlocked(hf, source);
    return hf;
  }

  private gridOf(sheet: string): number {
    return this.grids.get(sheet.toLowerCase()) ?? DEFAULT_GRID_ROWS;
  }

  private forEngine(stored: Stored, sheet: string): Stored {
    if (!isFormula(stored)) return stored;
    return stackArrayLiterals(closeColumnRanges(stored, sheet, (name) => this.gridOf(name)));
  }

  /** The sheet's cells as HyperFormula gets them, copying only the rows whose formulas change. */
  private sheetForEngine(source: SheetSource): Stored[][] {
    let copy: Stored[][] | null = null;
    source.cells.forEach((cells, r) => {
      let rowCopy: Stored[] | null = null;
      cells.forEach((stored, c) => {
        const content = this.forEngine(stored, source.name);
        if (content === stored) return;
        rowCopy ??= cells.slice();
        rowCopy[c] = content;
      });
      if (rowCopy) {
        copy ??= source.cells.slice();
        copy[r] = rowCopy;
      }
    });
    return copy ?? source.cells;
  }

  /** A sheet grew: formulas with open-ended ranges into it now reach further down. */
  private regrid(hf: HyperFormula, sheet: string, rows: number): void {
    const before = new Map(this.grids);
    this.grids.set(sheet.toLowerCase(), rows);
    const oldGrid = (name: string) => before.get(name.toLowerCase()) ?? DEFAULT_GRID_ROWS;
    for (const source of this.sources()) {
      const id = this.idOf(hf, source.name);
      source.cells.forEach((cells, row) => {
        cells.forEach((stored, col) => {
          if (!isFormula(stored) || !hasColumnRange(stored)) return;
          const content = this.forEngine(stored, source.name);
          if (content === stackArrayLiterals(closeColumnRanges(stored, source.name, oldGrid))) return;
          this.track(
            hf,
            this.timed(() => hf.setCellContents({ sheet: id, row, col }, [[content]])),
          );
        });
      });
    }
  }

  private findBlocked(hf: HyperFormula, source: SheetSource): void {
    const sheet = this.idOf(hf, source.name);
    source.cells.forEach((cells, row) => {
      cells.forEach((stored, col) => {
        if (!isFormula(stored)) return;
        const value = hf.getCellValue({ sheet, row, col });
        if (value instanceof DetailedCellError && value.type === ErrorType.SPILL) {
          this.blockedIn(source.name).add(`${row},${col}`);
        }
      });
    });
  }

  private track(hf: HyperFormula, changes: ExportedChange[]): void {
    for (const change of changes) {
      if (!("address" in change)) continue;
      const { sheet, row, col } = change.address;
      const name = hf.getSheetName(sheet);
      if (name === undefined) continue;
      const key = `${row},${col}`;
      const value = change.newValue;
      if (value instanceof DetailedCellError && value.type === ErrorType.SPILL) {
        this.blockedIn(name).add(key);
      } else {
        this.blocked.get(name.toLowerCase())?.delete(key);
      }
    }
  }

  /**
   * HyperFormula leaves an array formula at #SPILL! after the cell in its way is emptied; Sheets
   * expands it. Setting the formula again makes HyperFormula look for room anew.
   */
  private respill(hf: HyperFormula, sheet: string): void {
    const blocked = this.blocked.get(sheet.toLowerCase());
    if (!blocked || blocked.size === 0) return;
    const source = this.source(sheet);
    const id = this.idOf(hf, sheet);
    for (const key of [...blocked]) {
      const [row = 0, col = 0] = key.split(",").map(Number);
      const stored = source?.cells[row]?.[col];
      if (!isFormula(stored)) {
        blocked.delete(key);
        continue;
      }
      const content = this.forEngine(stored, sheet);
      this.track(
        hf,
        this.timed(() => hf.setCellContents({ sheet: id, row, col }, [[content]])),
      );
    }
  }

  /** Blocked spills keep their place in the sheet when rows above them go. */
  private shiftBlocked(sheet: string, row: number, count: number): void {
    const blocked = this.blocked.get(sheet.toLowerCase());
    if (!blocked) return;
    const moved = [...blocked].flatMap((key) => {
      const [r = 0, c = 0] = key.split(",").map(Number);
      if (r < row) return [key];
      return r < row + count ? [] : [`${r - count},${c}`];
    });
    blocked.clear();
    for (const key of moved) blocked.add(key);
  }

  private blockedIn(sheet: string): Set<string> {
    const key = sheet.toLowerCase();
    let set = this.blocked.get(key);
    if (!set) {
      set = new Set();
      this.blocked.set(key, set);
    }
    return set;
  }

  private source(sheet: string): SheetSource | undefined {
    const wanted = sheet.toLowerCase();
    return this.sources().find((source) => source.name.toLowerCase() === wanted);
  }

  private totalCells(): number {
    let total = 0;
    for (const source of this.sources()) for (const row of source.cells) total += row.length;
    return total;
  }

  private idOf(hf: HyperFormula, sheet: string): number {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`The formula engine has no sheet named "${sheet}"`);
    return id;
  }

  private timed<T>(work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.lastRecalcMs = performance.now() - start;
      this.recalcMs += this.lastRecalcMs;
    }
  }
}
