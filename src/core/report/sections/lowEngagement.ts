import { FIGURES } from "../../metrics";
import { bandFor, benchmarkSources, LOW_ENGAGEMENT_SHARE } from "../benchmark";
import { perPostRate } from "../definitions";
import { int, percent, tableBlock, text } from "../table";
import type { LowEngagementRow, ReportSettings } from "../types";
import { type CreatorTally, followersOf } from "./creators";

/** Needs attention: Roster creators whose engagement is far below the benchmark for their size. */

export function lowEngagement(
  creators: Map<unknown, CreatorTally>,
  settings: ReportSettings,
): LowEngagementRow[] {
  const rows: (LowEngagementRow & { share: number })[] = [];
  for (const c of creators.values()) {
    const followers = followersOf(c);
    if (followers === null || !c.creator) continue;
    const band = bandFor(settings.benchmarks, c.platform, followers);
    if (!band) continue;
    const rate = perPostRate(c.benchmarkCount, c.posts, followers);
    if (rate === null || rate >= band.engagementRate * LOW_ENGAGEMENT_SHARE) continue;
    rows.push({
      creator: c.creator.creator,
      handle: c.handle,
      platform: c.platform,
      followers,
      posts: c.posts,
      engagementRate: rate,
      band: band.label,
      benchmark: band.engagementRate,
      share: rate / band.engagementRate,
    });
  }
  return rows
    .sort((a, b) => a.share - b.share || a.handle.localeCompare(b.handle))
    .map(({ share: _, ...r }) => r);
}

export const LOW_ENGAGEMENT_BLOCK = tableBlock<LowEngagementRow>({
  id: "attention-engagement",
  title: "Needs attention: engagement far below benchmark",
  columns: [
    text("Creator", (r) => r.creator),
    text("Handle", (r) => r.handle),
    text("Platform", (r) => r.platform),
    int("Followers", (r) => r.followers),
    int("Posts", (r) => r.posts),
    percent(FIGURES.likesCommentsPerPost.name, (r) => r.engagementRate),
    percent("Benchmark", (r) => r.benchmark),
    text("Band", (r) => r.band),
  ],
  rows: (report) => report.attention.lowEngagement,
  note: (rows, report) =>
    `${rows.length === 0 ? "No creator is under a third of the benchmark. " : ""}` +
    `Flagged when under a third of the average for accounts of that size. Benchmarks: ${benchmarkSources(report.benchmarks)}.`,
});
