import type { Cell } from "../cells";
import type { WeeklyReport } from "./types";

/**
 * The report as a list of tables: the one model both the sheet writer and the HTML renderer read.
 * Each table is declared as data, like the sheet layouts: its columns `{ header, kind, value }`
 * and where its rows come from; `tableBlock` turns a declaration into the rows and kinds both
 * renderers draw. Values stay raw (numbers as numbers, days as "YYYY-MM-DD" text); each column's
 * kind says how to format it, so the sheet can use number formats and the e-mail its own text.
 */

/** "points": the change of a rate, in percentage points (a fraction, shown ×100 with "pp"). */
export type ColumnKind = "text" | "int" | "money" | "percent" | "date" | "link" | "change" | "points";

/** Which way a row's figure is better: a rise is good, a fall is good, or neither (spend). */
export type Better = "up" | "down" | null;

export interface ChartSpec {
  kind: "column" | "line" | "pie";
  title: string;
  /** Column holding each bar's or slice's label. */
  labelColumn: number;
  /** Column holding its value. */
  valueColumn: number;
}

export interface ReportBlock {
  id: string;
  title: string;
  header: string[];
  rows: Cell[][];
  columnKinds: ColumnKind[];
  /** Per-row kinds where one table mixes them (the headline: counts, money and rates). */
  rowKinds?: (ColumnKind[] | undefined)[];
  chart?: ChartSpec;
  note?: string;
  /** Per row, which way its changes are good news; changes are coloured by this, never by sign alone. */
  better?: Better[];
  /** The columns holding changes, coloured by `better`. */
  changeColumns?: number[];
  /** Columns the e-mail draws as bars under their numbers (the sheet charts them instead). */
  bars?: number[];
  /** Columns only the sheet shows: a 600 px e-mail has room for the ones a director reads first. */
  sheetOnly?: number[];
}

/** The kinds of one row's cells. */
export function kindsOfRow(block: ReportBlock, rowIndex: number): ColumnKind[] {
  return block.rowKinds?.[rowIndex] ?? block.columnKinds;
}

export interface BlockOptions {
  /** Longest list of problem rows shown (a Gmail message is clipped past about 100 KB). */
  maxProblemRows?: number;
}

export interface Column<Row> {
  header: string;
  kind: ColumnKind;
  /** The kind of one row's cell, where the column mixes them. */
  kindOf?: (row: Row) => ColumnKind;
  value: (row: Row) => Cell;
  /** A change from the week before: coloured green or red by which way the row is better. */
  isChange?: true;
  /** Shown in the report sheet only, not in the e-mail. */
  sheetOnly?: true;
}

/** A column the e-mail leaves out for width; the report sheet still shows it. */
export const sheetOnly = <Row>(column: Column<Row>): Column<Row> => ({ ...column, sheetOnly: true });

/** Column declarations by kind: `money("EMV", (c) => c.emv)`. */
const columnOf =
  (kind: ColumnKind) =>
  <Row>(header: string, value: (row: Row) => Cell): Column<Row> => ({ header, kind, value });
export const text = columnOf("text");
export const int = columnOf("int");
export const money = columnOf("money");
export const percent = columnOf("percent");
export const date = columnOf("date");
export const link = columnOf("link");
export const change = columnOf("change");

export interface ReportTable<Row> {
  id: string;
  title: string;
  columns: readonly Column<Row>[];
  rows: (report: WeeklyReport, options: BlockOptions) => readonly Row[];
  chart?: ChartSpec;
  /** Which way each row's figure is better, for colouring its changes. */
  better?: (row: Row) => Better;
  /** The line under the table, from the rows shown. */
  note?: (rows: readonly Row[], report: WeeklyReport) => string | undefined;
  /** A table with no rows is left out of the report instead of shown with its note. */
  omitWhenEmpty?: true;
  /** Columns the e-mail draws as bars (see ReportBlock.bars). */
  bars?: number[];
}

/** One table of the report, or undefined when it is left out this week. */
export type Section = (report: WeeklyReport, options: BlockOptions) => ReportBlock | undefined;

export function tableBlock<Row>(spec: ReportTable<Row>): Section {
  return (report, options) => {
    const items = spec.rows(report, options);
    if (items.length === 0 && spec.omitWhenEmpty) return undefined;
    const { columns } = spec;
    const block: ReportBlock = {
      id: spec.id,
      title: spec.title,
      header: columns.map((c) => c.header),
      rows: items.map((item) => columns.map((c) => c.value(item))),
      columnKinds: columns.map((c) => c.kind),
    };
    if (columns.some((c) => c.kindOf)) {
      block.rowKinds = items.map((item) => columns.map((c) => c.kindOf?.(item) ?? c.kind));
    }
    if (spec.chart) block.chart = spec.chart;
    if (spec.bars) block.bars = spec.bars;
    const hidden = columns.flatMap((c, i) => (c.sheetOnly ? [i] : []));
    if (hidden.length > 0) block.sheetOnly = hidden;
    const better = spec.better;
    if (better) {
      block.better = items.map((item) => better(item));
      block.changeColumns = columns.flatMap((c, i) => (c.isChange ? [i] : []));
    }
    const note = spec.note?.(items, report);
    if (note !== undefined) block.note = note;
    return block;
  };
}

/** The note of a table that has no rows this week. */
export const whenEmpty =
  (note: string) =>
  (rows: readonly unknown[]): string | undefined =>
    rows.length === 0 ? note : undefined;
