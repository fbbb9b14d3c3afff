import { BENCHMARK_METRICS, ENGAGEMENT_METRICS, FIGURES, type MetricKey } from "../metrics";
import { tableBlock, text } from "./table";
import type { InputPost } from "./types";

/**
 * What each of the report's figures means, in one place: the sums and ratios the sections compute
 * and the sentences under "How the numbers are defined" that explain them.
 */

export const defined = (key: keyof typeof FIGURES): string =>
  `${FIGURES[key].name} = ${FIGURES[key].definition}`;

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

export const DEFINITIONS_BLOCK = tableBlock<string>({
  id: "definitions",
  title: "How the numbers are defined",
  columns: [text("Definition", (line) => line)],
  rows: (report) => report.footnotes,
});
