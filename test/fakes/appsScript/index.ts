import { DEFINITIONS } from "../../../src/core/report/definitionTexts";
import { DEFINITIONS_FILE } from "../../../src/platform/appsScriptAssets";
/**
 * A recording fake of the Google services behind our adapters, installed on globalThis for a test.
 *
 *   const fake = installFakeAppsScript({ spreadsheet: { sheets: [{ name: "Roster", values: [["Handle"]] }] } });
 *   try { ...code under test...; expect(fake.calls).toEqual(["SpreadsheetApp.getActive", ...]); }
 *   finally { fake.uninstall(); }
 *
 * `calls` gets "Class.method" for every method call the code under test makes on any fake object
 * (chained builder calls included), so a test can count round trips. The objects on the handle are
 * the raw fakes: reading or calling them from the test records nothing.
 *
 * Behaves like the real services in what our code relies on:
 * - ranges are 1-based; getRange past the grid throws "The coordinates of the range are outside the
 *   dimensions of the sheet."; a new sheet is 1000 × 26; insertRowsAfter/insertColumnsAfter grow it;
 *   a workbook holds at most 10 million cells;
 * - setValues requires the data to match the range's size (Google's messages), and reads strings as
 *   typed: "=…" stores a formula, a leading "'" stores the rest as text, plain and percent numbers
 *   become numbers, TRUE/FALSE booleans. Dates typed as text, currency and thousands separators are
 *   NOT parsed. Date values stay Dates (copies come back);
 * - formulas are not evaluated: getValues gives "" for a formula cell unless the seed's
 *   `formulaResult` supplies a value; getFormulas gives the formula exactly as written (Sheets would
 *   upper-case function names);
 * - getDataRange spans A1 to the last row and column holding content (at least A1); a number in a
 *   date-formatted cell reads back as a Date (the serial in the spreadsheet's time zone);
 * - deleteRows moves the rows below up with everything in their cells and rewrites A1 references
 *   (cells and closed ranges, in every sheet) that point below; a reference to a deleted cell
 *   becomes #REF!;
 * - data validation, number formats, bold and backgrounds are kept per cell; conditional format rules,
 *   the filter (one per sheet), frozen rows, column widths and charts per sheet. Inserted rows do not
 *   inherit formats and rules' ranges do not move, unlike Sheets;
 * - sheet names are matched exactly, case included; a rename rewrites the formulas that name the sheet;
 * - LockService: the document lock can be held by another run (tryLock false, waitLock throws);
 *   ScriptApp: time-driven triggers, at most 20; Gmail (the API advanced
 *   service): drafts from a base64url RFC 5322 message, parsed with postal-mime; YouTube (the Data API
 *   advanced service): videos.list statistics as strings, at most 50 ids a call, unknown or private
 *   videos left out; ScriptApp.getAuthorizationInfo: scopes denied on the granular consent screen
 *   (`deniedScopes`) are REQUIRED; MailApp: a daily
 *   recipient quota (100 by default); Properties: the 9 KB per value and 500 KB per store limits;
 *   SpreadsheetApp.getUi(): alerts and prompts answered from `uiAnswers`, in order (an OK-only
 *   alert needs none), menus recorded; toasts recorded on the spreadsheet.
 */
import { FakeDocumentApp } from "./document";
import { FakeGmailApi } from "./gmail";
import { FakeHtmlService } from "./html";
import { FakeLock, FakeLockService } from "./lock";
import { FakeMailApp } from "./mail";
import { FakeProperties, FakePropertiesService } from "./properties";
import { Recorder } from "./recorder";
import { FakeScriptApp } from "./script";
import { FakeSpreadsheet, type SpreadsheetSeed } from "./spreadsheet";
import { FakeCharts, FakeSpreadsheetApp } from "./spreadsheetApp";
import { FakeUi, type UiAnswer } from "./ui";
import { type FakeVideoStatistics, FakeYouTube } from "./youtube";

export interface FakeAppsScriptOptions {
  spreadsheet?: SpreadsheetSeed;
  /** A run with no open document: getActive() is null, getUi() throws, document lock and properties are null. */
  noDocument?: boolean;
  /** Another execution holds the document lock for longer than any wait. */
  lockHeldByAnotherRun?: boolean;
  /** The user's answers to dialogs, in order. */
  uiAnswers?: UiAnswer[];
  /** Recipients MailApp may still e-mail today. */
  mailQuota?: number;
  /** The project's HTML files (name without ".html" → content), for HtmlService. */
  htmlFiles?: Record<string, string>;
  /** The videos the YouTube advanced service knows (public ones; leave out private or deleted ones). */
  youtubeVideos?: Record<string, FakeVideoStatistics>;
  /** Scopes the user did not grant on the granular consent screen. */
  deniedScopes?: string[];
}

export interface FakeAppsScript {
  readonly calls: string[];
  readonly spreadsheet: FakeSpreadsheet;
  /** For arranging state the way a user or an earlier run left it (builders, enums). */
  readonly spreadsheetApp: FakeSpreadsheetApp;
  readonly ui: FakeUi;
  readonly locks: { document: FakeLock | null; script: FakeLock; user: FakeLock };
  readonly scriptApp: FakeScriptApp;
  /** The Gmail API advanced service; its drafts are in `gmailApi.drafts`. */
  readonly gmailApi: FakeGmailApi;
  readonly mail: FakeMailApp;
  /** The YouTube Data API advanced service; its calls' ids are in `youtube.requests`. */
  readonly youtube: FakeYouTube;
  readonly documentApp: FakeDocumentApp;
  readonly properties: { document: FakeProperties | null; user: FakeProperties; script: FakeProperties };
  /** The recorded services by global name, to hand to a node:vm context that loads the bundle. */
  readonly globals: Record<string, unknown>;
  /** Forgets the calls made so far, e.g. after arranging a test. */
  resetCalls(): void;
  /** Puts back whatever the globals held before. */
  uninstall(): void;
}

export function installFakeAppsScript(options: FakeAppsScriptOptions = {}): FakeAppsScript {
  const recorder = new Recorder();
  const spreadsheet = new FakeSpreadsheet(recorder, options.spreadsheet);
  const ui = new FakeUi(recorder, [...(options.uiAnswers ?? [])]);
  const locks = {
    document: options.noDocument ? null : new FakeLock(recorder, options.lockHeldByAnotherRun ?? false),
    script: new FakeLock(recorder, false),
    user: new FakeLock(recorder, false),
  };
  const properties = {
    document: options.noDocument ? null : new FakeProperties(recorder),
    user: new FakeProperties(recorder),
    script: new FakeProperties(recorder),
  };
  const scriptApp = new FakeScriptApp(recorder, options.deniedScopes);
  const gmailApi = new FakeGmailApi(recorder);
  const mail = new FakeMailApp(recorder, options.mailQuota ?? 100);
  const documentApp = new FakeDocumentApp(recorder);
  const youtube = new FakeYouTube(recorder, options.youtubeVideos ?? {});

  const spreadsheetApp = new FakeSpreadsheetApp(recorder, options.noDocument ? null : spreadsheet, ui);
  const globals: Record<string, object> = {
    SpreadsheetApp: spreadsheetApp,
    Charts: new FakeCharts(recorder),
    LockService: new FakeLockService(recorder, locks.document, locks.script, locks.user),
    PropertiesService: new FakePropertiesService(
      recorder,
      properties.document,
      properties.user,
      properties.script,
    ),
    ScriptApp: scriptApp,
    Gmail: gmailApi,
    YouTube: youtube,
    MailApp: mail,
    DocumentApp: documentApp,
    // Every push ships Definitions.html (scripts/build.ts); tests add the files they need beside it.
    HtmlService: new FakeHtmlService(recorder, {
      [DEFINITIONS_FILE]: JSON.stringify(DEFINITIONS),
      ...options.htmlFiles,
    }),
  };
  const before = new Map<string, PropertyDescriptor | undefined>();
  const exposed: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(globals)) {
    before.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    exposed[name] = recorder.expose(service);
    Object.defineProperty(globalThis, name, { value: exposed[name], configurable: true, writable: true });
  }

  return {
    calls: recorder.calls,
    spreadsheet,
    spreadsheetApp,
    ui,
    locks,
    scriptApp,
    gmailApi,
    mail,
    youtube,
    documentApp,
    properties,
    globals: exposed,
    resetCalls() {
      recorder.calls.length = 0;
    },
    uninstall() {
      for (const [name, descriptor] of before) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else Reflect.deleteProperty(globalThis, name);
      }
    },
  };
}

export type { SheetSeed, SpreadsheetSeed } from "./spreadsheet";
export type { UiAnswer } from "./ui";
