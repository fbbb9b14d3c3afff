import { cents } from "../definitions";
import { nameKey } from "../read";
import { int, money, percent, tableBlock, text, whenEmpty } from "../table";
import type { InputCreator, PlatformRow } from "../types";
import type { WeekPost } from "../week";

/** The week's posts by platform: the post's own platform, else its creator's on the Roster. */

export const NO_PLATFORM = "(no platform)";

interface PlatformTally {
  name: string;
  posts: number;
  impressions: number;
  engagements: number;
  emv: number;
}

export class PlatformTallies {
  private readonly tallies = new Map<string, PlatformTally>();

  /** Counts the post; returns the platform it was counted under. */
  count({ post, engagements, emv }: WeekPost, creator: InputCreator | undefined): string {
    const name = post.platform || creator?.platform || NO_PLATFORM;
    const key = nameKey(name);
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = { name, posts: 0, impressions: 0, engagements: 0, emv: 0 };
      this.tallies.set(key, tally);
    }
    tally.posts++;
    tally.impressions += post.impressions;
    tally.engagements += engagements;
    tally.emv += emv;
    return name;
  }

  table(weekPosts: number): PlatformRow[] {
    return [...this.tallies.values()]
      .map((p) => ({
        platform: p.name,
        posts: p.posts,
        impressions: p.impressions,
        engagements: p.engagements,
        emv: cents(p.emv),
        share: weekPosts === 0 ? 0 : p.posts / weekPosts,
      }))
      .sort((a, b) => b.posts - a.posts || b.emv - a.emv || a.platform.localeCompare(b.platform));
  }
}

export const PLATFORMS_BLOCK = tableBlock<PlatformRow>({
  id: "platforms",
  title: "By platform",
  columns: [
    text("Platform", (r) => r.platform),
    int("Posts", (r) => r.posts),
    percent("Share of posts", (r) => r.share),
    int("Impressions", (r) => r.impressions),
    int("Engagements", (r) => r.engagements),
    money("EMV", (r) => r.emv),
  ],
  rows: (report) => report.platforms,
  chart: { kind: "pie", title: "Platform mix (posts)", labelColumn: 0, valueColumn: 1 },
  note: whenEmpty("No posts this week."),
});
