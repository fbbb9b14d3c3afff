import type { WorkbookPort } from "../port";
import type { Sheet } from "./grid";
import { appsScriptSheet } from "./sheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The Workbook port over SpreadsheetApp. Every method makes a fixed number of service calls, never
 * one per row or cell: each call is a round trip to Google's servers.
 */
export function appsScriptWorkbook(ss: Spreadsheet = SpreadsheetApp.getActive()): WorkbookPort {
  // getActive() is null when a run has no spreadsheet open (a time-driven trigger, for one).
  if (!ss) throw new Error("Influencer Desk needs an open spreadsheet, and this run has none.");
  const name = lazy(() => ss.getName());
  const timeZone = lazy(() => ss.getSpreadsheetTimeZone());
  const locale = lazy(() => ss.getSpreadsheetLocale());
  const existing = (sheetName: string): Sheet => {
    const sheet = ss.getSheetByName(sheetName);
    if (!sheet) throw new Error(`There is no sheet named "${sheetName}" in this spreadsheet.`);
    return sheet;
  };

  return {
    get name() {
      return name();
    },
    get timeZone() {
      return timeZone();
    },
    get locale() {
      return locale();
    },
    sheet(sheetName) {
      const sheet = ss.getSheetByName(sheetName);
      return sheet ? appsScriptSheet(sheet, sheetName) : null;
    },
    sheetNames() {
      return ss.getSheets().map((sheet) => sheet.getName());
    },
    addSheet(sheetName) {
      return appsScriptSheet(ss.insertSheet(sheetName), sheetName);
    },
    removeSheet(sheetName) {
      // Already gone is what the caller wants, so a missing sheet is not an error.
      const sheet = ss.getSheetByName(sheetName);
      if (sheet) ss.deleteSheet(sheet);
    },
    renameSheet(from, to) {
      existing(from).setName(to);
    },
    activate(sheetName) {
      existing(sheetName).activate();
    },
    toast(message, title) {
      ss.toast(message, title, 5);
    },
  };
}

/** The spreadsheet's dialogs, for `appsScriptUi` (this folder is the only code that calls SpreadsheetApp). */
export function spreadsheetUi(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

function lazy<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: read() };
    return value.v;
  };
}
