import { headerKey } from "../brief/longText";

/**
 * The "Outreach log" sheet: one row per draft, written before Gmail is asked (status "Drafting") and
 * completed after ("Drafted" with the draft's id and link, or "Not made" with Gmail's reason). A row
 * of today for the same creator and template id is the idempotency key: while it is there, no retry,
 * stopped run or second click makes that creator a second draft.
 */
export const OUTREACH_LOG_SHEET = "Outreach log";
export const OUTREACH_LOG_COLUMNS = [
  "Date",
  "Handle",
  "Email",
  "Template",
  "Template id",
  "Status",
  "Draft id",
  "Draft link",
] as const;
export type OutreachLogColumn = (typeof OUTREACH_LOG_COLUMNS)[number];

export const DRAFT_STATUS = {
  /** Written before the Gmail call: the draft may exist (the run stopped before Gmail answered). */
  started: "Drafting",
  made: "Drafted",
  refused: "Not made",
} as const;

export interface LogEntry {
  /** "YYYY-MM-DD" */
  date: string;
  handle: string;
  email: string;
  template: string;
  templateId: string;
  status: string;
  draftId: string;
  link: string;
}

/** One "Outreach log" row keyed by header. */
export function outreachLogRow(entry: LogEntry): Record<OutreachLogColumn, string> {
  return {
    Date: entry.date,
    Handle: entry.handle,
    Email: entry.email,
    Template: entry.template,
    "Template id": entry.templateId,
    Status: entry.status,
    "Draft id": entry.draftId,
    "Draft link": entry.link,
  };
}

/** Who a log row is about: the handle, or the address for a creator without one. */
export function creatorKey(handle: string, email: string): string {
  return headerKey(handle) || email.trim().toLowerCase();
}

/**
 * Whether a row of today counts as a draft: blank statuses are rows written before the status
 * column existed, when a row was written only once Gmail had made the draft.
 */
export function countsAsDraft(status: string): boolean {
  return headerKey(status) !== headerKey(DRAFT_STATUS.refused);
}

/** The team's cap when Settings has no "Drafts per day" row, well under what Gmail lets a user send a day. */
export const DEFAULT_DRAFTS_PER_DAY = 100;
export const DRAFTS_PER_DAY_LABEL = "Drafts per day";

/** Settings › Drafts per day as typed: a whole number from 0 up, else the default. */
export function draftCap(typed: unknown): number {
  const n = typeof typed === "number" ? typed : Number(String(typed ?? "").trim());
  return String(typed ?? "").trim() !== "" && Number.isFinite(n) && n >= 0
    ? Math.floor(n)
    : DEFAULT_DRAFTS_PER_DAY;
}
