import type { StarterText } from "../core/outreach/templates";

/**
 * Ports for the Google services other than Sheets. Each has one small Apps Script adapter
 * (`appsScript*.ts` beside this file) and is replaced by a fake in tests.
 */

export interface Lock {
  /**
   * Runs `fn` while holding the spreadsheet's lock, so two clicks cannot interleave their writes.
   * Throws a message for the user when another run keeps the lock longer than `timeoutMs` (default 10 s).
   */
  withDocumentLock<T>(fn: () => T, options?: { timeoutMs?: number }): T;
}

export interface Ui {
  alert(title: string, message: string): void;
  /** Yes/No question; true only for Yes (No and closing the dialog are false). */
  confirm(title: string, message: string): boolean;
  /** The text typed, or null when the user cancels or closes the dialog. */
  prompt(title: string, message: string): string | null;
}

/** A menu item; a click calls the top-level function named `handler` (Apps Script calls menu handlers by name). */
export interface MenuAction<Handler extends string = string> {
  label: string;
  handler: Handler;
}

/** One line of the add-on's menu: an item, a submenu of items, or a separator. */
export type MenuItem<Handler extends string = string> =
  | MenuAction<Handler>
  | { label: string; items: MenuAction<Handler>[] }
  | "separator";

export type Weekday = "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";

export interface TriggerInfo {
  id: string;
  handler: string;
}

export interface Triggers {
  /** Time-driven triggers that call `handler` (Apps Script does not tell weekly from other clock triggers). */
  list(handler: string): TriggerInfo[];
  /**
   * Calls `handler` every week on `weekday` within the hour after `hour` o'clock (0–23), in `timeZone`
   * (an IANA zone such as the spreadsheet's) or else in the add-on's own zone from appsscript.json.
   */
  weekly(handler: string, when: { weekday: Weekday; hour: number; timeZone?: string }): TriggerInfo;
  /** Calls `handler` every day within the hour after `hour` o'clock (0–23), zoned as `weekly`. */
  daily(handler: string, when: { hour: number; timeZone?: string }): TriggerInfo;
  /**
   * Calls `handler` once, no sooner than `afterMs` from now (ClockTriggerBuilder.after). The trigger
   * stays in the project's list after it fires, counting toward the 20 triggers a user may have per
   * script, until `removeId` deletes it.
   */
  once(handler: string, afterMs: number): TriggerInfo;
  /** Deletes the one trigger with this id (a trigger event's triggerUid); false when there is none. */
  removeId(id: string): boolean;
  /** Deletes every trigger of `handler`; returns how many there were. */
  remove(handler: string): number;
}

/** Sending mail (the weekly report); drafts go through GmailDrafts in draftsPort.ts. */
export interface Mail {
  /** How many more recipients the account may e-mail today (sent mail only; drafts never count). */
  remainingDailyQuota(): number;
  sendHtml(to: string[], subject: string, html: string): void;
}

export type DocBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string; level: 1 | 2 | 3 }
  | { kind: "paragraph"; text: string }
  | { kind: "bullet"; text: string };

export interface Docs {
  /** Creates a Google Doc in the user's Drive holding `blocks` in order. */
  create(title: string, blocks: DocBlock[]): { id: string; url: string };
}

/**
 * Text shipped beside the code rather than in it: Apps Script evaluates all of Code.js before every
 * call, custom functions included, so large text that is rarely needed lives in a project file.
 */
export interface Assets {
  /** The six starter outreach templates, read when a spreadsheet gets its first templates. */
  starterTemplates(): StarterText[];
  /** The sentences under the report's "How the numbers are defined", read when a report is built. */
  definitions(): string[];
}

/** The spreadsheet's document properties (each value at most 9 KB, 500 KB in all). */
export interface Properties {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}
