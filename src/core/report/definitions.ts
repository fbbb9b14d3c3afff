import { BENCHMARK_METRICS, ENGAGEMENT_METRICS, FIGURES, type MetricKey } from "../metrics";
import { tableBlock, text } from "./table";
import type { InputPost } from "./types";

/**
 * What each of the report's figures means, in one place: the sums and ratios the sections compute
 * and the sentences under "How the numbers are defined" that explain them.
 */

const defined = (key: keyof typeof FIGURES): string => `${FIGURES[key].name} = ${FIGURES[key].definition}`;

export const ENGAGEMENTS_DEFINED = defined("engagements");

/** FIGURES.engagements of one post: the counts ENGAGEMENT_METRICS lists. */
export const engagementsOf = (post: InputPost): number => sumOf(post, ENGAGEMENT_METRICS);

function sumOf(post: InputPost, metrics: readonly MetricKey[]): number {
  let total = 0;
  for (const metric of metrics) total += post[metric];
  return total;
}

/** part ÷ whole; null when there is no whole or the quotient overflows (a tiny typed count like 5e-324). */
export function ratio(part: number, whole: number): number | null {
  const quotient = part / whole;
  return Number.isFinite(quotient) ? quotient : null;
}

/** (revenue − spend) ÷ spend; null without spend. */
export const roiOf = (revenue: number, spend: number): number | null => ratio(revenue - spend, spend);

/** Engagements per post ÷ followers, or likes + comments per post ÷ followers (FIGURES). */
export const perPostRate = (engagements: number, posts: number, followers: number): number | null =>
  ratio(engagements / posts, followers);

/**
 * A post counts in a rate per follower or per impression only with its Likes and Comments read:
 * every platform reports both, so a blank one is missing, not 0 (a hidden like count, "n/a").
 * Shares, saves and link clicks left blank count as none: not every platform or post has them.
 */
export const hasRateCounts = (post: InputPost): boolean =>
  !post.missing?.some((metric) => (BENCHMARK_METRICS as readonly MetricKey[]).includes(metric));

/** A rate per impression counts a post only with impressions above 0: without them its engagements have no divisor. */
export const hasReach = (post: InputPost): boolean => post.impressions > 0 && hasRateCounts(post);

/** What the benchmark counts of one post. */
export const benchmarkCountOf = (post: InputPost): number => sumOf(post, BENCHMARK_METRICS);

/** Money rounded to cents, so sums like 0.1 + 0.2 show as 0.30. */
export function cents(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  // × 100 overflows to Infinity above about 1.8e306; such a sum has no cents worth rounding.
  return Number.isFinite(rounded) ? rounded : value;
}

/** Which count each platform's reach figures (Impressions, and the rates over it) are. */
export const REACH_DEFINED =
  "Reach: Impressions are each platform's own count of times a post was shown. Instagram's is its " +
  "Views since 2025, when Meta replaced impressions with views in its API and exports (a Posts column " +
  "named Instagram views or IG views is read as Impressions); TikTok's and YouTube's are the impressions " +
  "their analytics report. Views are video plays on every platform and are never counted as impressions.";

export const DEFINITIONS: readonly string[] = [
  `${ENGAGEMENTS_DEFINED}.`,
  REACH_DEFINED,
  `${defined("engagementsPerImpression")}, over the posts with impressions, likes and comments.`,
  "EMV is the Posts sheet's EMV column where it holds a number, otherwise it is computed from the rate card.",
  "Spend = the committed cost (Budget “Actual”, or “Planned” until an Actual is entered) of the lines " +
    "committed in the week, by Settings › Spend counted by: the creator's deliverables in that campaign " +
    "(split evenly, each share on its due date, else on “Paid on”), or the line's own date (“Paid on”). " +
    "Paid = “Actual” of the lines paid in the week.",
  `${defined("roi")}, shown to date per campaign: revenue and spend up to the end of the week.`,
  "Budget used to date = spend committed by the week's end (per line, its “Actual” paid by then if more) ÷ " +
    "the campaign's budget; ROI to date uses the same spend.",
  "Plan vs actual: deliverables due in the week (and up to its end) against those of them posted by " +
    "the week's end; time elapsed = the share of the campaign's days, Start to End, gone by then. A " +
    "deliverable is posted when it has a Posted on date, a Post URL or a status such as Posted; a " +
    "cancelled or dropped one counts nowhere.",
  "Days late = calendar days from a deliverable's due date to the week's last day (to today while the week runs).",
  `${defined("engagementsPerPost")}. It and the next rate count only posts with Likes and Comments (blank or "n/a" is missing, not 0).`,
  `${defined("likesCommentsPerPost")}. Each platform's creators are compared with that platform's benchmark table in Settings, whose rate counts the same; a platform or band without a rate is not checked.`,
  `${defined("engagementRateByFollowers")} (a creator's usual rate, not this week's).`,
];

export const DEFINITIONS_BLOCK = tableBlock<string>({
  id: "definitions",
  title: "How the numbers are defined",
  columns: [text("Definition", (line) => line)],
  rows: (report) => report.footnotes,
});
