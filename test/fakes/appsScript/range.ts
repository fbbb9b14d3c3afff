import { FakeProtection } from "./protection";
import { Recorded, type Recorder } from "./recorder";
import { type FakeDataValidation, FakeFilter } from "./rules";
import type { FakeSheet } from "./sheet";
import { columnLetters, copyOut, entered, type Stored } from "./values";

const DEFAULT_NUMBER_FORMAT = "0.###############";

export class FakeRange extends Recorded {
  readonly className = "Range";

  constructor(
    recorder: Recorder,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    super(recorder);
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getA1Notation(): string {
    const first = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return first;
    return `${first}:${columnLetters(this.getLastColumn())}${this.getLastRow()}`;
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }

  getValues(): Stored[][] {
    return this.grid((r, c) => copyOut(this.sheet.shownValue(r, c)));
  }

  getValue(): Stored {
    return copyOut(this.sheet.shownValue(this.row, this.column));
  }

  getFormulas(): string[][] {
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.formula ?? "");
  }

  getFormula(): string {
    return this.sheet.cellAt(this.row, this.column)?.formula ?? "";
  }

  setValues(values: unknown[][]): FakeRange {
    this.assertShape(values);
    this.each((r, c, i, j) => this.store(r, c, values[i]?.[j]));
    return this;
  }

  setValue(value: unknown): FakeRange {
    this.each((r, c) => this.store(r, c, value));
    return this;
  }

  setFormulas(formulas: string[][]): FakeRange {
    return this.setValues(formulas);
  }

  setFormula(formula: string): FakeRange {
    return this.setValue(formula);
  }

  clearContent(): FakeRange {
    this.each((r, c) => this.store(r, c, ""));
    return this;
  }

  setNumberFormat(format: string): FakeRange {
    this.each((r, c) => {
      this.sheet.cell(r, c).numberFormat = format;
    });
    return this;
  }

  getNumberFormat(): string {
    return this.sheet.cellAt(this.row, this.column)?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.numberFormat ?? DEFAULT_NUMBER_FORMAT);
  }

  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    this.each((r, c) => {
      const cell = this.sheet.cell(r, c);
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this;
  }

  setDataValidations(rules: (FakeDataValidation | null)[][]): FakeRange {
    this.assertShape(rules);
    this.each((r, c, i, j) => {
      const rule = rules[i]?.[j] ?? null;
      const cell = this.sheet.cell(r, c);
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    return this.sheet.cellAt(this.row, this.column)?.validation ?? null;
  }

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.validation ?? null);
  }

  setFontWeight(fontWeight: string | null): FakeRange {
    return this.format("fontWeight", fontWeight);
  }

  getFontWeight(): string {
    return this.sheet.cellAt(this.row, this.column)?.fontWeight ?? "normal";
  }

  setBackground(color: string | null): FakeRange {
    return this.format("background", color);
  }

  getBackground(): string {
    return this.sheet.cellAt(this.row, this.column)?.background ?? "#ffffff";
  }

  createFilter(): FakeFilter {
    if (this.sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.sheet.filter = new FakeFilter(this.recorder, this);
    return this.sheet.filter;
  }

  private store(row: number, column: number, input: unknown): void {
    const content = entered(input);
    const cell = content || this.sheet.cellAt(row, column) ? this.sheet.cell(row, column) : undefined;
    if (!cell) return;
    cell.value = content?.value ?? "";
    cell.formula = content?.formula ?? "";
  }

  setFontColor(color: string | null): FakeRange {
    return this.format("fontColor", color);
  }

  getFontColor(): string {
    return this.sheet.cellAt(this.row, this.column)?.fontColor ?? "#000000";
  }

  setNote(note: string | null): FakeRange {
    this.each((r, c) => {
      const cell = this.sheet.cell(r, c);
      if (note === null || note === "") delete cell.note;
      else cell.note = note;
    });
    return this;
  }

  getNote(): string {
    return this.sheet.cellAt(this.row, this.column)?.note ?? "";
  }

  getNotes(): string[][] {
    return this.grid((r, c) => this.sheet.cellAt(r, c)?.note ?? "");
  }

  /**
   * Range.merge(): one block showing the top-left cell; the other cells' values are discarded, and
   * unmerging does not bring them back (https://developers.google.com/apps-script/reference/spreadsheet/range#merge();
   * behaviour described in https://gist.github.com/tanaikech/a03b0bb4218a19b41d507a5b649e3802).
   * A later write to a covered cell is stored, so a snapshot that marks covered cells sees it.
   */
  merge(): FakeRange {
    this.each((r, c) => {
      if (r !== this.row || c !== this.column) this.store(r, c, "");
    });
    this.sheet.merges.push({
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    });
    return this;
  }

  breakApart(): FakeRange {
    this.sheet.merges = this.sheet.merges.filter((m) => !this.overlaps(m));
    return this;
  }

  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => this.overlaps(m));
  }

  getMergedRanges(): FakeRange[] {
    return this.sheet.merges
      .filter((m) => this.overlaps(m))
      .map((m) => new FakeRange(this.recorder, this.sheet, m.row, m.column, m.numRows, m.numColumns));
  }

  /** Range.protect(): a range protection on this range. */
  protect(): FakeProtection {
    const protection = new FakeProtection(this.recorder, this.sheet, this);
    this.sheet.protections.push(protection);
    return protection;
  }

  private overlaps(m: { row: number; column: number; numRows: number; numColumns: number }): boolean {
    return (
      m.row <= this.getLastRow() &&
      this.row <= m.row + m.numRows - 1 &&
      m.column <= this.getLastColumn() &&
      this.column <= m.column + m.numColumns - 1
    );
  }

  private format(key: "fontWeight" | "background" | "fontColor", value: string | null): FakeRange {
    this.each((r, c) => {
      const cell = this.sheet.cell(r, c);
      if (value === null) delete cell[key];
      else cell[key] = value;
    });
    return this;
  }

  private assertShape(values: unknown[][]): void {
    if (values.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of values) {
      if (row.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`,
        );
      }
    }
  }

  private each(visit: (row: number, column: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) visit(this.row + i, this.column + j, i, j);
    }
  }

  private grid<T>(read: (row: number, column: number) => T): T[][] {
    const rows: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const cells: T[] = [];
      for (let j = 0; j < this.numColumns; j++) cells.push(read(this.row + i, this.column + j));
      rows.push(cells);
    }
    return rows;
  }
}

/** Sheet.getRangeList: the same operation on several ranges in one call. */
export class FakeRangeList extends Recorded {
  readonly className = "RangeList";

  constructor(
    recorder: Recorder,
    private readonly ranges: FakeRange[],
  ) {
    super(recorder);
  }

  getRanges(): FakeRange[] {
    return this.ranges;
  }

  setValue(value: unknown): FakeRangeList {
    for (const range of this.ranges) range.setValue(value);
    return this;
  }

  setFormula(formula: string): FakeRangeList {
    for (const range of this.ranges) range.setFormula(formula);
    return this;
  }

  /** Sheets turns R1C1 text into each range's own A1 formula, relative parts counted from its top-left cell. */
  setFormulaR1C1(formula: string): FakeRangeList {
    for (const range of this.ranges) range.setFormula(a1FromR1C1(formula, range.row, range.column));
    return this;
  }

  setNumberFormat(format: string): FakeRangeList {
    for (const range of this.ranges) range.setNumberFormat(format);
    return this;
  }

  clearContent(): FakeRangeList {
    for (const range of this.ranges) range.clearContent();
    return this;
  }
}

/** R1C1 references (R5C2, R[3]C[-1], mixed) as A1 for the cell at `row`, `col`; strings are left alone. */
function a1FromR1C1(formula: string, row: number, col: number): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/R(\[-?[0-9]+\]|[0-9]+)C(\[-?[0-9]+\]|[0-9]+)/g, (_m, r: string, c: string) => {
            const relative = (text: string) => text.startsWith("[");
            const offset = (text: string) => Number(text.slice(1, -1));
            const letters = relative(c) ? columnLetters(col + offset(c)) : `$${columnLetters(Number(c))}`;
            const number = relative(r) ? String(row + offset(r)) : `$${r}`;
            return `${letters}${number}`;
          }),
    )
    .join('"');
}
