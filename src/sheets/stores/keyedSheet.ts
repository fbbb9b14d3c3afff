import { headerKey } from "../../core/brief/longText";
import type { Cell } from "../../core/cells";
import type { SheetPort, WorkbookPort, WriteCell } from "../../workbook/port";

/**
 * A sheet the sidebar keeps (Briefs, Outreach templates, Outreach log): a header row, then one record
 * per row keyed by header. People may reorder its columns or add their own; records are matched by
 * header name, and only the cells a record names are ever written.
 */
export interface KeyedSheet {
  sheet: SheetPort;
  headers: string[];
  /** Row i is sheet row i + 2; blank rows come back as records of "" values. */
  records: Record<string, Cell>[];
}

export function readKeyedSheet(workbook: WorkbookPort, name: string): KeyedSheet | null {
  const sheet = workbook.sheet(name);
  if (!sheet) return null;
  const { values } = sheet.read();
  const headers = (values[0] ?? []).map((cell) => textOf(cell).trim());
  // The first column of a repeated header wins, as in a merge.
  const firsts = headers.map((header, index) => header !== "" && headers.indexOf(header) === index);
  const records = values.slice(1).map((row) => {
    const record: Record<string, Cell> = {};
    headers.forEach((header, index) => {
      if (firsts[index]) record[header] = row[index] ?? "";
    });
    return record;
  });
  return { sheet, headers, records };
}

/**
 * The sheet, created the first time with its header row (styled, frozen) and `rows` in one write.
 * A sheet that already has a header row is read as it is and `rows` are not written.
 */
export function openKeyedSheet(
  workbook: WorkbookPort,
  name: string,
  columns: readonly string[],
  rows: Record<string, string>[] = [],
): KeyedSheet {
  const existing = readKeyedSheet(workbook, name);
  if (existing?.headers.some((header) => header !== "")) return existing;
  const sheet = existing?.sheet ?? workbook.addSheet(name);
  const cells = (record: Record<string, string>) =>
    columns.map((column): WriteCell => {
      const value = record[column] ?? "";
      return value === "" ? "" : { text: value };
    });
  sheet.write(1, 1, [columns.map((column) => ({ text: column })), ...rows.map(cells)]);
  sheet.styleHeader(columns.length);
  sheet.setFrozenRows(1);
  const records = rows.map((record) =>
    Object.fromEntries(columns.map((column) => [column, record[column] ?? ""])),
  );
  return { sheet, headers: [...columns], records };
}

/** 1-based column of a header, matched as people retype them (case and spacing ignored), or 0. */
export function columnOf(headers: string[], header: string): number {
  const key = headerKey(header);
  return headers.findIndex((candidate) => headerKey(candidate) === key) + 1;
}

/** The text of one record's cell under `header`, trimmed; "" when the sheet has no such column. */
export function recordText(keyed: KeyedSheet, index: number, header: string): string {
  const col = columnOf(keyed.headers, header);
  return col === 0 ? "" : textOf(keyed.records[index]?.[keyed.headers[col - 1] ?? ""]).trim();
}

/**
 * Writes one record into `row`: each value under its header, headers the sheet lacks appended to the
 * header row. Cells are written as text (never read as formulas, numbers or dates) in one write per
 * run of adjacent columns. Returns the header row as it now stands.
 */
export function writeRecord(
  keyed: Pick<KeyedSheet, "sheet" | "headers">,
  row: number,
  record: Record<string, string | Date>,
): string[] {
  const headers = [...keyed.headers];
  const added: string[] = [];
  const cells = new Map<number, WriteCell>();
  for (const [header, value] of Object.entries(record)) {
    let col = columnOf(headers, header);
    if (col === 0) {
      headers.push(header);
      added.push(header);
      col = headers.length;
    }
    cells.set(col, value instanceof Date || value === "" ? value : { text: value });
  }
  if (added.length > 0) {
    keyed.sheet.write(1, headers.length - added.length + 1, [added.map((header) => ({ text: header }))]);
  }
  for (const run of columnRuns(cells)) keyed.sheet.write(row, run.col, [run.cells]);
  return headers;
}

function columnRuns(cells: Map<number, WriteCell>): { col: number; cells: WriteCell[] }[] {
  const runs: { col: number; cells: WriteCell[] }[] = [];
  for (const col of [...cells.keys()].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    const cell = cells.get(col) as WriteCell;
    if (last && last.col + last.cells.length === col) last.cells.push(cell);
    else runs.push({ col, cells: [cell] });
  }
  return runs;
}

/**
 * Deletes data row `index` (0-based under the header) with one deleteRows, as a person deleting the
 * row by hand: the rows below move up whole, and the spreadsheet keeps every formula pointing at the
 * cells it read (a team's `=LEN(E3)` on the next row becomes `=LEN(E2)`). The last row holding anything
 * is blanked instead: nothing below it moves, and the port cannot tell whether it is the grid's only
 * row under the frozen header, which Sheets refuses to delete.
 */
export function removeRecord(keyed: KeyedSheet, index: number): void {
  const { sheet } = keyed;
  const { values } = sheet.read();
  const row = index + 2;
  if (row < values.length) {
    sheet.deleteRows(row, 1);
    return;
  }
  const width = Math.max(keyed.headers.length, ...values.map((cells) => cells.length));
  sheet.write(row, 1, [Array.from({ length: width }, () => "")]);
}

export function textOf(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString();
  return String(cell);
}
