import { FIGURES } from "../../metrics";
import { count } from "../../text";
import { bandFor, benchmarkSources, LOW_ENGAGEMENT_SHARE } from "../benchmark";
import { perPostRate } from "../definitions";
import { int, percent, tableBlock, text } from "../table";
import type { BenchmarkGaps, LowEngagementRow, ReportSettings } from "../types";
import { type CreatorTally, followersOf } from "./creators";

/** Needs attention: Roster creators whose engagement is far below the benchmark for their size. */

/** Why a creator with posts this week was not compared, as the note says it. */
const NOT_COMPARED: Record<keyof BenchmarkGaps, string> = {
  benchmark: "no benchmark for their platform and size",
  followers: "no followers on the Roster",
  counts: "no post with likes and comments",
};

export function lowEngagement(
  creators: Map<unknown, CreatorTally>,
  settings: ReportSettings,
): { rows: LowEngagementRow[]; gaps: BenchmarkGaps } {
  const gaps = { benchmark: 0, followers: 0, counts: 0 };
  const rows: (LowEngagementRow & { share: number })[] = [];
  for (const c of creators.values()) {
    const followers = followersOf(c) ?? 0;
    const band = bandFor(settings.benchmarks, c.platform, followers);
    const rate = perPostRate(c.benchmarkCount, c.rated, followers);
    // Without followers (0) there is no rate, so nothing is flagged whatever the band.
    const why = !followers ? "followers" : !band ? "benchmark" : rate === null ? "counts" : undefined;
    if (why) gaps[why]++;
    if (!band || rate === null || rate >= band.engagementRate * LOW_ENGAGEMENT_SHARE) continue;
    rows.push({
      creator: c.creator?.creator ?? "",
      handle: c.handle,
      platform: c.platform,
      followers,
      posts: c.rated,
      engagementRate: rate,
      band: band.label,
      benchmark: band.engagementRate,
      share: rate / band.engagementRate,
    });
  }
  rows.sort((a, b) => a.share - b.share || a.handle.localeCompare(b.handle));
  return { rows: rows.map(({ share: _, ...r }) => r), gaps };
}

/** "Not compared: 4 creators with posts this week (3 no benchmark for their platform and size, 1 …)." */
function gapsNote(gaps: BenchmarkGaps): string {
  const found = (Object.keys(gaps) as (keyof BenchmarkGaps)[]).filter((why) => gaps[why] > 0);
  const total = found.reduce((sum, why) => sum + gaps[why], 0);
  const parts = found.map((why) => `${gaps[why]} ${NOT_COMPARED[why]}`).join(", ");
  return total > 0 ? `Not compared: ${count(total, "creator")} with posts this week (${parts}). ` : "";
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
    `${rows.length === 0 ? "No creator compared is under a third of the benchmark. " : ""}` +
    gapsNote(report.benchmarkGaps) +
    `Flagged when under a third of the average for accounts of that size. Benchmarks: ${benchmarkSources(report.benchmarks)}.`,
});
