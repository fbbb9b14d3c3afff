import type { ReportNote } from "./types";

/** Longest list of row numbers written out in one note. */
const LISTED_ROWS = 20;

function listRows(rows: number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const listed = rows.slice(0, LISTED_ROWS).join(", ");
  return rows.length > LISTED_ROWS
    ? `rows ${listed} and ${rows.length - LISTED_ROWS} more`
    : `rows ${listed}`;
}

/** Rows gathered under one message, e.g. every post of one unknown handle. */
export class NoteGroups {
  private readonly groups = new Map<string, ReportNote>();

  add(sheet: string, key: string, message: string, row: number): void {
    const found = this.groups.get(`${sheet}|${key}`);
    if (found) found.rows.push(row);
    else this.groups.set(`${sheet}|${key}`, { sheet, rows: [row], message });
  }

  /** Each group once, in the order first met, its message naming the rows. */
  notes(): ReportNote[] {
    return [...this.groups.values()].map((note) => ({
      ...note,
      message: `${note.message} (${listRows(note.rows)})`,
    }));
  }
}
