import type { Brief } from "../brief/schema";
import type { VocabularyRow } from "../disclosure/vocabulary";
import type { Template } from "../outreach/templates";

/**
 * What travels between the sidebar and the server. google.script.run carries plain objects only,
 * so every date is "YYYY-MM-DD" text and every cell is text.
 */

export interface BriefSummary {
  id: string;
  campaign: string;
  /** ISO timestamp of the last save. */
  updatedAt: string;
}

export interface CampaignInfo {
  name: string;
  objective: string;
  /** "YYYY-MM-DD" or "" when the sheet has none. */
  start: string;
  end: string;
}

/** One creator as the Roster shows it: every cell as text, keyed by the team's own headers. */
export interface RosterEntry {
  row: number;
  values: Record<string, string>;
}

export interface RosterData {
  /** The header row as the team wrote it, blanks left out. */
  headers: string[];
  rows: RosterEntry[];
}

/** One line of the Deliverables sheet, for personalising a brief. */
export interface DeliverableLine {
  campaign: string;
  handle: string;
  format: string;
  /** "YYYY-MM-DD" or "". */
  dueDate: string;
}

export interface SidebarLists {
  objectives: string[];
  platforms: string[];
  formats: string[];
  statuses: string[];
  tiers: string[];
}

export interface SidebarLimits {
  briefText: { short: number; medium: number; long: number; summary: number; keyMessage: number };
  keyMessages: number;
  deliverables: number;
  quantity: number;
  template: { name: number; subject: number; body: number };
  personalisedDocs: number;
}

export interface SidebarData {
  spreadsheet: string;
  /** Today in the spreadsheet's time zone, "YYYY-MM-DD". */
  today: string;
  /** The spreadsheet's locale ("en_US", "en_GB"), in which the sidebar writes every date; see formatDate. */
  locale: string;
  lists: SidebarLists;
  limits: SidebarLimits;
  campaigns: CampaignInfo[];
  roster: RosterData;
  deliverables: DeliverableLine[];
  briefs: BriefSummary[];
  templates: Template[];
  /** Settings › Disclosure terms, for the brief's disclosure check; null means the FTC's terms. */
  disclosureTerms: VocabularyRow[] | null;
  /** Drafts the team's cap still allows today; null when the Outreach log could not be read. */
  quota: DraftAllowance | null;
  /** Things the user should know, such as a missing Roster sheet. */
  notes: string[];
}

export interface SavedBrief {
  brief: Brief;
  briefs: BriefSummary[];
}

export interface CreatedDoc {
  title: string;
  url: string;
  /** The creator's handle when the Doc is personalised. */
  handle: string;
  /** Where a personalised Doc's deliverables come from ("" when not personalised). */
  deliverablesFrom: "sheet" | "brief" | "";
  /** Why the Doc's link is not in the Roster's Brief link column, when it is not. */
  note?: string;
}

export interface TemplatesResult {
  /** The template saved or made, when there is one. */
  template: Template | null;
  templates: Template[];
}

export interface DraftOutcome {
  created: {
    row: number;
    handle: string;
    /** The Creator column. */
    name: string;
    /** The address(es) the draft is to. */
    email: string;
    draftId: string;
    /** Opens the draft in Gmail. */
    url: string;
    emptyFields: string[];
  }[];
  skipped: { row: number; handle: string; reason: string }[];
  /** What else the user should know: a Roster column that could not be updated, a Gmail failure. */
  notes: string[];
  roster: RosterData;
  quota: DraftAllowance;
}

/** Drafts the team's cap (Settings › Drafts per day, counted from the Outreach log) allows today. */
export interface DraftAllowance {
  left: number;
  cap: number;
}

/** What "Create Gmail drafts" would do, shown for the user to confirm; nothing is written. */
export interface DraftPreview {
  template: string;
  /** `emptyFields`: merge fields blank for this creator, shown before anything is drafted. */
  drafts: { row: number; handle: string; name: string; email: string; emptyFields: string[] }[];
  skipped: { row: number; handle: string; reason: string }[];
  quota: DraftAllowance;
}
