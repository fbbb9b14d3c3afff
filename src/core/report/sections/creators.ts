import { FIGURES } from "../../metrics";
import { benchmarkCountOf, cents, hasRateCounts, perPostRate } from "../definitions";
import type { NoteGroups } from "../notes";
import { handleKey, nameKey } from "../read";
import { int, money, percent, sheetOnly, tableBlock, text, whenEmpty } from "../table";
import type { CreatorRow, InputCreator } from "../types";
import type { WeekPost } from "../week";

/** Top creators: each creator's posts of the week, matched to the Roster by platform and handle. */

const TOP_CREATORS = 10;

export interface CreatorTally {
  creator: InputCreator | undefined;
  handle: string;
  platform: string;
  posts: number;
  engagements: number;
  /** The posts the rates count (hasRateCounts), their engagements, and their likes + comments (what the benchmark counts). */
  rated: number;
  ratedEngagements: number;
  benchmarkCount: number;
  emv: number;
}

/** Followers above 0, else null (no rate can be computed). */
export function followersOf(tally: CreatorTally): number | null {
  const followers = tally.creator?.followers ?? null;
  return followers !== null && followers > 0 ? followers : null;
}

export class CreatorTallies {
  /** Keyed by Roster row, or by handle for a creator not on the Roster. */
  readonly tallies = new Map<string | InputCreator, CreatorTally>();
  private readonly byPlatform = new Map<string, InputCreator>();
  private readonly byHandle = new Map<string, InputCreator>();

  constructor(roster: readonly InputCreator[]) {
    for (const creator of roster) {
      const key = handleKey(creator.handle);
      this.byPlatform.set(`${nameKey(creator.platform)}|${key}`, creator);
      if (!this.byHandle.has(key)) this.byHandle.set(key, creator);
    }
  }

  /** Counts the post for its creator; returns the Roster row it matched, if any. */
  count({ post, engagements, emv }: WeekPost, notes: NoteGroups): InputCreator | undefined {
    const key = handleKey(post.handle);
    const creator = this.byPlatform.get(`${nameKey(post.platform)}|${key}`) ?? this.byHandle.get(key);
    if (!creator) {
      if (key === "") notes.add("Posts", "no-handle", "Handle is blank; counted in the totals", post.row);
      else
        notes.add(
          "Posts",
          `handle|${key}`,
          `${post.handle} is not on the Roster; counted, but without tier or followers`,
          post.row,
        );
    }
    const tallyKey = creator ?? key;
    let tally = this.tallies.get(tallyKey);
    if (!tally) {
      tally = {
        creator,
        handle: creator?.handle ?? post.handle,
        platform: creator?.platform || post.platform,
        posts: 0,
        engagements: 0,
        rated: 0,
        ratedEngagements: 0,
        benchmarkCount: 0,
        emv: 0,
      };
      this.tallies.set(tallyKey, tally);
    }
    tally.posts++;
    tally.engagements += engagements;
    tally.emv += emv;
    if (hasRateCounts(post)) {
      tally.rated++;
      tally.ratedEngagements += engagements;
      tally.benchmarkCount += benchmarkCountOf(post);
    }
    return creator;
  }

  table(): CreatorRow[] {
    return [...this.tallies.values()]
      .sort((a, b) => b.emv - a.emv || b.engagements - a.engagements || a.handle.localeCompare(b.handle))
      .slice(0, TOP_CREATORS)
      .map((c) => {
        const followers = followersOf(c);
        return {
          creator: c.creator?.creator ?? "",
          handle: c.handle,
          platform: c.platform,
          tier: c.creator?.tier ?? "",
          followers,
          posts: c.posts,
          engagements: c.engagements,
          engagementRate: followers === null ? null : perPostRate(c.ratedEngagements, c.rated, followers),
          emv: cents(c.emv),
          onRoster: c.creator !== undefined,
        };
      });
  }
}

function offRosterNote(rows: readonly CreatorRow[]): string | undefined {
  const offRoster = rows.filter((c) => !c.onRoster).map((c) => c.handle || "(blank handle)");
  return offRoster.length > 0 ? `Not on the Roster: ${offRoster.join(", ")}.` : undefined;
}

export const CREATORS_BLOCK = tableBlock<CreatorRow>({
  id: "creators",
  title: "Top creators by EMV",
  columns: [
    text("Creator", (r) => r.creator),
    sheetOnly(text("Handle", (r) => r.handle)),
    text("Platform", (r) => r.platform),
    sheetOnly(text("Tier", (r) => r.tier)),
    int("Followers", (r) => r.followers),
    int("Posts", (r) => r.posts),
    sheetOnly(int("Engagements", (r) => r.engagements)),
    percent(FIGURES.engagementsPerPost.name, (r) => r.engagementRate),
    money("EMV", (r) => r.emv),
  ],
  rows: (report) => report.creators,
  note: (rows) => whenEmpty("No posts this week.")(rows) ?? offRosterNote(rows),
});
