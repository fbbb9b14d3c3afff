import { headerKey } from "../../core/brief/longText";
import { formatYmd, zonedMidnight } from "../../core/dates";
import { OUTREACH_LOG_COLUMNS, OUTREACH_LOG_SHEET, outreachLogRow } from "../../core/outreach/drafts";
import type { WorkbookPort, WriteCell } from "../../workbook/port";
import { columnOf, openKeyedSheet, readKeyedSheet } from "./keyedSheet";

export interface LogEntry {
  /** "YYYY-MM-DD" */
  date: string;
  handle: string;
  template: string;
  draftId: string;
}

/**
 * Appends one line per draft under the last row of the "Outreach log" sheet (made the first time),
 * in one write; columns the team moved are found by header, ones they removed are added back.
 */
export function appendOutreachLog(workbook: WorkbookPort, entries: LogEntry[]): void {
  if (entries.length === 0) return;
  const keyed = openKeyedSheet(workbook, OUTREACH_LOG_SHEET, OUTREACH_LOG_COLUMNS);
  const headers = [...keyed.headers];
  const missing = OUTREACH_LOG_COLUMNS.filter((column) => columnOf(headers, column) === 0);
  if (missing.length > 0) {
    keyed.sheet.write(1, headers.length + 1, [missing.map((column) => ({ text: column }))]);
    headers.push(...missing);
  }
  const cols = OUTREACH_LOG_COLUMNS.map((column) => columnOf(headers, column));
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const rows = entries.map((entry) => {
    const cells: WriteCell[] = Array.from({ length: last - first + 1 }, () => "");
    const record = outreachLogRow(entry);
    OUTREACH_LOG_COLUMNS.forEach((column, index) => {
      const value = record[column];
      cells[(cols[index] ?? first) - first] =
        column === "Date" ? zonedMidnight(value, workbook.timeZone) : { text: value };
    });
    return cells;
  });
  const row = keyed.records.length + 2;
  keyed.sheet.write(row, first, rows);
  const dateCol = columnOf(headers, "Date");
  keyed.sheet.setNumberFormats([{ row, col: dateCol, numRows: rows.length, numCols: 1 }], "yyyy-mm-dd");
}

/**
 * Handles (as headerKey) already drafted today with this template, from the Outreach log: a second
 * click, or a second run over the same rows, must not leave a creator two drafts.
 */
export function draftedToday(workbook: WorkbookPort, template: string, today: string): Set<string> {
  const log = readKeyedSheet(workbook, OUTREACH_LOG_SHEET);
  const done = new Set<string>();
  for (const record of log?.records ?? []) {
    const date = record.Date;
    const day = date instanceof Date ? formatYmd(date, workbook.timeZone) : String(date ?? "").trim();
    if (day === today && headerKey(String(record.Template ?? "")) === headerKey(template)) {
      done.add(headerKey(String(record.Handle ?? "")));
    }
  }
  return done;
}
