import type { Week } from "../dates";
import type { MetricKey } from "../metrics";
import type { BudgetLine, Campaign, Creator, Deliverable, Post, Skipped } from "../records";
import type { Benchmarks } from "./benchmark";
import type { SpendBasis } from "./spend";

export interface ReportSettings {
  timeZone: string;
  /** 0 = Sunday … 6 = Saturday. */
  firstDayOfWeek: number;
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  /** One table per platform; a platform without one is not checked. */
  benchmarks: Benchmarks;
  spreadsheetName: string;
  /** Which date puts a cost in a week (Settings › Spend counted by). */
  spendBasis: SpendBasis;
}

/** A post as the report needs it; the Posts reader's extra fields are optional so any Post fits. */
export type InputPost = Post & {
  emv?: number | null;
  emvShown?: string;
  disclosure?: string | null;
  /** Counts that were blank or unreadable (read as 0); absent means every count was read. */
  missing?: readonly MetricKey[];
};
export type InputCreator = Pick<
  Creator,
  "row" | "creator" | "handle" | "platform" | "followers" | "owner"
> & {
  tier?: string;
};

export interface WeeklyReportInput {
  creators: readonly InputCreator[];
  campaigns: readonly Campaign[];
  deliverables: readonly Deliverable[];
  posts: readonly InputPost[];
  budget: readonly BudgetLine[];
  skipped?: readonly Skipped[];
  postsSheetMissing?: boolean;
  week: Week;
  previousWeek: Week;
  settings: ReportSettings;
  builtAt: Date;
  today: Date;
  /** EMV of a post whose EMV column holds no number (e.g. emvOf with the Settings rate card). */
  emvOf?: (post: Post) => number;
  /** FTC check of a caption whose Disclosure column holds no text; "Disclosed" means fine. */
  disclosureOf?: (caption: string) => string;
  /** The sentences under "How the numbers are defined" (definitionTexts.ts, shipped beside the code). */
  definitions: readonly string[];
}

export type MetricId =
  | "posts"
  | "impressions"
  | "views"
  | "engagements"
  | "engagementRate"
  | "emv"
  | "spend"
  | "paid"
  | "costPerEngagement"
  | "promoRedemptions"
  | "revenue";

export interface HeadlineMetric {
  id: MetricId;
  label: string;
  kind: "int" | "money" | "percent";
  value: number | null;
  previous: number | null;
  /** value − previous (for a rate: percentage points, as a fraction); null when either is null. */
  change: number | null;
  /** change ÷ |previous|; null when previous is 0 or null, and for every ratio (no % change of a %). */
  changePct: number | null;
  /** Which way is good news: more posts, less cost per engagement; spend is neither. */
  better: "up" | "down" | null;
}

export interface CampaignRow {
  campaign: string;
  objective: string;
  posts: number;
  emv: number;
  /** Committed this week (Settings › Spend counted by). */
  spend: number;
  /** "Actual" of the lines paid this week. */
  paid: number;
  revenue: number;
  /** Committed spend and revenue up to the week's end, and their ROI. */
  spendToDate: number;
  revenueToDate: number;
  roiToDate: number | null;
  budget: number | null;
  /** The same as spendToDate: the budget is used as spend is committed (or paid, if earlier). */
  usedToDate: number;
  /** usedToDate ÷ budget; null without a budget above 0. */
  budgetUsed: number | null;
}

export interface PlatformRow {
  platform: string;
  posts: number;
  impressions: number;
  engagements: number;
  emv: number;
  /** Share of the week's posts. */
  share: number;
}

export interface CreatorRow {
  creator: string;
  handle: string;
  platform: string;
  tier: string;
  followers: number | null;
  posts: number;
  engagements: number;
  /** FIGURES.engagementsPerPost: the week's engagements per post ÷ followers; null without followers. */
  engagementRate: number | null;
  emv: number;
  onRoster: boolean;
}

export interface TopPostRow {
  row: number;
  date: string;
  handle: string;
  campaign: string;
  platform: string;
  engagements: number;
  emv: number;
  postUrl: string;
}

export interface DisclosureRow {
  row: number;
  date: string;
  handle: string;
  platform: string;
  disclosure: string;
  /** The caption's opening, so the reader sees what was posted. */
  caption: string;
  postUrl: string;
}

export interface DeliverableRow {
  row: number;
  due: string;
  campaign: string;
  handle: string;
  deliverable: string;
  status: string;
  state: "Due this week" | "Overdue";
  /** The Roster's Owner of the creator with this handle, "" when none. */
  owner: string;
  /** Whole days from the due day to the week's last day (or today, if sooner); null when not yet late. */
  daysLate: number | null;
}

/** One campaign's plan against what happened: deliverables and budget against the calendar. */
export interface PlanRow {
  campaign: string;
  /** Deliverables due in the report week, and those of them posted. */
  dueThisWeek: number;
  postedThisWeek: number;
  /** Deliverables due by the week's end, and those of them posted by then. */
  dueToDate: number;
  postedToDate: number;
  /** usedToDate ÷ budget, as in the campaign table. */
  budgetUsed: number | null;
  /** Share of the campaign's days (Start to End) gone by the week's end; null without both dates. */
  timeElapsed: number | null;
}

export interface TrendRow {
  /** First day of the week, "YYYY-MM-DD". */
  weekStart: string;
  posts: number;
  engagements: number;
  emv: number;
}

export interface LowEngagementRow {
  creator: string;
  handle: string;
  platform: string;
  followers: number;
  posts: number;
  /** FIGURES.likesCommentsPerPost, the benchmark's own measure. */
  engagementRate: number;
  band: string;
  benchmark: number;
}

/** Creators with posts this week the low-engagement check could not compare, by why. */
export interface BenchmarkGaps {
  /** No band with a rate for their platform and followers. */
  benchmark: number;
  /** Not on the Roster, or no followers there. */
  followers: number;
  /** No post of the week with likes and comments known. */
  counts: number;
}

export interface OverBudgetRow {
  campaign: string;
  budget: number;
  usedToDate: number;
  over: number;
  budgetUsed: number | null;
}

export interface DailyRow {
  date: string;
  /** "Mon" … "Sun". */
  weekday: string;
  posts: number;
  engagements: number;
}

/** Counted, but worth a look: rows are the sheet rows concerned (all of them, in order). */
export interface ReportNote {
  sheet: string;
  rows: number[];
  message: string;
}

export interface WeeklyReport {
  spreadsheetName: string;
  timeZone: string;
  currency: string;
  week: { start: string; end: string };
  previousWeek: { start: string; end: string };
  /** "YYYY-MM-DD HH:mm" in the spreadsheet's time zone. */
  builtAt: string;
  /** The week in one or two sentences, attention items included: read before any table. */
  summary: string;
  headline: HeadlineMetric[];
  plan: PlanRow[];
  /** The six weeks ending with the report week, oldest first. */
  trend: TrendRow[];
  campaigns: CampaignRow[];
  platforms: PlatformRow[];
  /** Top 10 by EMV. */
  creators: CreatorRow[];
  /** Top 5 by EMV. */
  topPosts: TopPostRow[];
  attention: {
    disclosure: DisclosureRow[];
    deliverables: DeliverableRow[];
    lowEngagement: LowEngagementRow[];
    overBudget: OverBudgetRow[];
  };
  daily: DailyRow[];
  benchmarks: Benchmarks;
  benchmarkGaps: BenchmarkGaps;
  /** Things to read first: no Posts sheet, an empty week, rows left out. */
  notices: string[];
  notes: ReportNote[];
  skipped: Skipped[];
  /** How the numbers are defined. */
  footnotes: string[];
}
