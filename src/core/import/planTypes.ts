import type { Cell } from "../cells";
import type { MetricField, PostField } from "./fields";
import type { Mapping } from "./mapping";
import type { SkippedRow } from "./rows";
import type { SourceId } from "./sources";

/** A Posts row as the sheets layer read it: its sheet row and cells by Posts key (absent = no column). */
export interface ExistingPost {
  row: number;
  values: Partial<Record<PostField, Cell>>;
}

export interface RosterEntry {
  handle: string;
  promoCode?: string;
  platform?: string;
}

/** A Campaigns row's window, cells as read (Date, typed text or serial). */
export interface CampaignWindow {
  campaign: string;
  start: Cell;
  end: Cell;
}

export interface PlanOptions {
  /** The sheet's locale writes days first (16/11/2026). */
  dayFirst: boolean;
  /** The spreadsheet's time zone: where a Campaigns date cell's day is. */
  timeZone: string;
  /** "YYYY-MM-DD" today, for dates without a year. */
  today: string;
  /** The creator a per-channel export belongs to ("@maya"), when a person said so. */
  creator?: string;
  /** Campaign for new posts when the file has no campaign column. */
  campaign?: string;
  /** The days a Shopify report covers when it has no date column ("YYYY-MM-DD", inclusive). */
  period?: { start: string; end: string };
}

export interface PlanInput {
  mapping: Mapping;
  posts: ExistingPost[];
  roster: RosterEntry[];
  campaigns?: CampaignWindow[];
  options: PlanOptions;
}

export interface CellChange {
  /** 1-based sheet row. */
  row: number;
  field: MetricField;
  old: Cell;
  new: number;
}

export interface PostUpdate {
  /** The file's rows behind it (one for a post export; every day of a discount code for Shopify). */
  lines: number[];
  row: number;
  changes: CellChange[];
  /** How the rows reached this post, when it is not by its link (Shopify: code → creator → campaign). */
  note?: string;
}

export interface NewPost {
  line: number;
  values: Partial<Record<PostField, string | number>>;
}

export interface Unchanged {
  lines: number[];
  row: number;
}

/** Shopify sales for a creator that no post can carry: the UI shows them as a per-creator line. */
export interface PromoLine {
  lines: number[];
  handle: string;
  promoCode: string;
  /** The campaign running on those days, "" when none or several. */
  campaign: string;
  promoRedemptions: number;
  revenue: number;
  reason: string;
}

/** Who a per-channel export belongs to, and how that was decided. */
export interface CreatorChoice {
  /** The Roster's spelling of the handle, null when it could not be decided. */
  handle: string | null;
  how: "option" | "links" | "matched posts" | "undecided";
  /** Said when handle is null: what to ask the person. */
  message?: string;
  /** Handles seen in the file's links or matched posts, for the question. */
  candidates: string[];
}

export interface ImportPlan {
  source: SourceId;
  sourceLabel: string;
  mapping: Mapping;
  /** Set for per-channel exports (YouTube Studio, TikTok Studio) and files without a handle column. */
  creator?: CreatorChoice;
  newPosts: NewPost[];
  updates: PostUpdate[];
  unchanged: Unchanged[];
  skipped: SkippedRow[];
  promoLines: PromoLine[];
}
