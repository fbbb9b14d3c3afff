/** The sheet a week's report is written to, e.g. "Report 2026-11-16": sorts by date in the tab list. */
export function sheetName(weekStart: string): string {
  return `Report ${weekStart}`;
}
