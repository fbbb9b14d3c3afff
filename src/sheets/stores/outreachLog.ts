import { headerKey } from "../../core/brief/longText";
import { formatYmd, zonedMidnight } from "../../core/dates";
import {
  countsAsDraft,
  creatorKey,
  DRAFTS_PER_DAY_LABEL,
  draftCap,
  type LogEntry,
  OUTREACH_LOG_COLUMNS,
  OUTREACH_LOG_SHEET,
  outreachLogRow,
} from "../../core/outreach/outreachLog";
import type { DraftAllowance } from "../../core/rpc/types";
import type { WorkbookPort, WriteCell } from "../../workbook/port";
import { SETTINGS_SHEET } from "../layouts/settings";
import { columnOf, openKeyedSheet, readKeyedSheet } from "./keyedSheet";

/** Today's rows of the Outreach log, as the next click needs them. */
export interface TodayInLog {
  /** Rows of today that count as drafts, with any template: what the team's cap counts. */
  used: number;
  /** This template's rows of today: creatorKey → Status as written. */
  byCreator: Map<string, string>;
}

/**
 * Reads today's rows. A row names its template by id; rows written before the id column existed
 * name it only by its name, so those match by name.
 */
export function readOutreachToday(
  workbook: WorkbookPort,
  template: { id: string; name: string } | null,
  today: string,
): TodayInLog {
  const log = readKeyedSheet(workbook, OUTREACH_LOG_SHEET);
  const found: TodayInLog = { used: 0, byCreator: new Map() };
  for (const record of log?.records ?? []) {
    const text = (column: string) => String(record[column] ?? "").trim();
    const date = record.Date;
    // Checked by tag, not instanceof: a Date from another realm (the test harness) is still a Date.
    const day =
      Object.prototype.toString.call(date) === "[object Date]"
        ? formatYmd(date as Date, workbook.timeZone)
        : text("Date");
    if (day !== today || !countsAsDraft(text("Status"))) continue;
    found.used += 1;
    if (!template) continue;
    const id = text("Template id");
    const same = id !== "" ? id === template.id : headerKey(text("Template")) === headerKey(template.name);
    const key = creatorKey(text("Handle"), text("Email"));
    if (same && key !== "") found.byCreator.set(key, text("Status"));
  }
  return found;
}

/**
 * Settings › Drafts per day: the row labelled so in column A, its value in column B; the default
 * when there is no such row. Found by label, so it can sit anywhere in Settings.
 */
export function readDraftCap(workbook: WorkbookPort): number {
  const values = workbook.sheet(SETTINGS_SHEET)?.read().values ?? [];
  const row = values.find((cells) => headerKey(String(cells[0] ?? "")) === headerKey(DRAFTS_PER_DAY_LABEL));
  return draftCap(row?.[1]);
}

/** What the team's cap still allows today, for the sidebar's line under the Create button. */
export function draftAllowance(workbook: WorkbookPort, today: string): DraftAllowance {
  const cap = readDraftCap(workbook);
  return { left: Math.max(0, cap - readOutreachToday(workbook, null, today).used), cap };
}

/** Writes one log row at a time: begun before Gmail is asked, finished after. */
export interface OutreachLogWriter {
  /** Appends the row; returns its sheet row. */
  begin(entry: LogEntry): number;
  /** Writes the row again, with Gmail's answer. */
  finish(row: number, entry: LogEntry): void;
}

/**
 * Opens the log (made the first time) for `expected` new rows: columns the team moved are found by
 * header, ones they removed are added back, and the new rows' dates are formatted in one call.
 */
export function openOutreachLog(workbook: WorkbookPort, expected: number): OutreachLogWriter {
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
  let next = keyed.records.length + 2;
  if (expected > 0) {
    const col = columnOf(headers, "Date");
    keyed.sheet.setNumberFormats([{ row: next, col, numRows: expected, numCols: 1 }], "yyyy-mm-dd");
  }
  const write = (row: number, entry: LogEntry) => {
    const cells: WriteCell[] = Array.from({ length: last - first + 1 }, () => "");
    const record = outreachLogRow(entry);
    OUTREACH_LOG_COLUMNS.forEach((column, index) => {
      const value = record[column];
      cells[(cols[index] ?? first) - first] =
        column === "Date" ? zonedMidnight(value, workbook.timeZone) : value === "" ? "" : { text: value };
    });
    keyed.sheet.write(row, first, [cells]);
  };
  return {
    begin(entry) {
      const row = next;
      write(row, entry);
      next += 1;
      return row;
    },
    finish: write,
  };
}
