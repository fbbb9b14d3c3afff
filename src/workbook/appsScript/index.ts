import type { SheetPort, WorkbookPort } from "../port";
import { NEW_SHEET_SIZE, type Sheet } from "./grid";
import { appsScriptSheet } from "./sheet";
import { sharedBuilds } from "./styling";

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

  // One port per sheet for the whole run: it keeps the grid size it read, and the sheet is looked up once.
  const ports = new Map<string, SheetPort | null>();
  const remember = (port: SheetPort) => {
    ports.set(port.name, port);
    return port;
  };
  const shared = sharedBuilds();
  // The tabs' names once listed, kept up to date by this port's own adds, removes and renames (nothing
  // else in a run changes them: this folder is the only code that calls SpreadsheetApp).
  let listed: string[] | null = null;

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
      const known = ports.get(sheetName);
      if (known !== undefined) return known;
      // Once the tabs are listed, a name no tab has (in any case) needs no lookup: it is missing.
      if (listed && !listed.some((tab) => sameTab(tab, sheetName))) {
        ports.set(sheetName, null);
        return null;
      }
      const sheet = ss.getSheetByName(sheetName);
      const port = sheet ? appsScriptSheet(sheet, sheetName, shared) : null;
      // A missing sheet is remembered too: only this run's addSheet makes it appear.
      ports.set(sheetName, port);
      return port;
    },
    sheetNames() {
      if (!listed) {
        // Listed once per run, each tab's port kept: a set-up plans and then builds from the same tabs.
        const sheets = ss.getSheets();
        listed = sheets.map((sheet) => sheet.getName());
        sheets.forEach((sheet, i) => {
          const tab = (listed as string[])[i] as string;
          if (!ports.get(tab)) ports.set(tab, appsScriptSheet(sheet, tab, shared));
        });
      }
      return [...listed];
    },
    addSheet(sheetName) {
      listed?.push(sheetName);
      // A new sheet is 1,000 rows by 26 columns, so its size need not be read.
      return remember(appsScriptSheet(ss.insertSheet(sheetName), sheetName, shared, NEW_SHEET_SIZE));
    },
    removeSheet(sheetName) {
      listed = listed?.filter((tab) => !sameTab(tab, sheetName)) ?? null;
      ports.delete(sheetName);
      // Already gone is what the caller wants, so a missing sheet is not an error.
      const sheet = ss.getSheetByName(sheetName);
      if (sheet) ss.deleteSheet(sheet);
    },
    renameSheet(from, to) {
      listed = listed?.map((tab) => (sameTab(tab, from) ? to : tab)) ?? null;
      ports.delete(from);
      ports.delete(to);
      existing(from).setName(to);
    },
    activate(sheetName) {
      existing(sheetName).activate();
    },
    toast(message, title) {
      ss.toast(message, title, 5);
    },
    flush: () => SpreadsheetApp.flush(),
  };
}

/** The spreadsheet's dialogs, for `appsScriptUi` (this folder is the only code that calls SpreadsheetApp). */
export function spreadsheetUi(): GoogleAppsScript.Base.Ui {
  return SpreadsheetApp.getUi();
}

/** Ignoring case, so the kept list never calls missing a tab that a lookup by name might still find. */
function sameTab(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function lazy<T>(read: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: read() };
    return value.v;
  };
}
