import { formatYmd } from "../dates";
import type { Campaign, Deliverable } from "../records";
import { bandFor, LOW_ENGAGEMENT_SHARE } from "./benchmark";
import type {
  CampaignRow,
  CreatorRow,
  DeliverableRow,
  InputCreator,
  InputPost,
  LowEngagementRow,
  OverBudgetRow,
  PlatformRow,
  ReportSettings,
  TopPostRow,
} from "./types";

/** The report's tables, from the tallies one pass over the week's posts and budget lines made. */

export const NO_CAMPAIGN = "(no campaign)";
const TOP_CREATORS = 10;
const TOP_POSTS = 5;
const DONE_STATUS = /^\s*(posted|live|published|done|complete|completed)\s*$/i;
const DROPPED_STATUS = /^\s*(cancel+ed|dropped|declined|not needed)\s*$/i;

/** Money rounded to cents, so sums like 0.1 + 0.2 show as 0.30. */
export const cents = (value: number): number => Math.round(value * 100) / 100;

export interface CampaignTally {
  name: string;
  posts: number;
  emv: number;
  revenue: number;
  spend: number;
  usedToDate: number;
  inWeek: boolean;
}

export interface PlatformTally {
  name: string;
  posts: number;
  impressions: number;
  engagements: number;
  emv: number;
}

export interface CreatorTally {
  creator: InputCreator | undefined;
  handle: string;
  platform: string;
  posts: number;
  engagements: number;
  emv: number;
}

export interface WeekPost {
  post: InputPost;
  /** Local day, "YYYY-MM-DD". */
  day: string;
  emv: number;
  engagements: number;
}

export function campaignTable(
  tallies: Map<string, CampaignTally>,
  campaigns: Map<string, Campaign>,
  from: Date,
  to: Date,
): CampaignRow[] {
  const rows: CampaignRow[] = [];
  const listed = new Set<string>();
  const add = (key: string, tally: CampaignTally | undefined, campaign: Campaign | undefined) => {
    listed.add(key);
    const budget = campaign?.budget ?? null;
    const usedToDate = cents(tally?.usedToDate ?? 0);
    const spend = cents(tally?.spend ?? 0);
    const revenue = cents(tally?.revenue ?? 0);
    rows.push({
      campaign: campaign?.campaign ?? tally?.name ?? key,
      objective: campaign?.objective ?? "",
      posts: tally?.posts ?? 0,
      emv: cents(tally?.emv ?? 0),
      spend,
      revenue,
      roi: spend === 0 ? null : (revenue - spend) / spend,
      budget,
      usedToDate,
      budgetUsed: budget === null || budget <= 0 ? null : usedToDate / budget,
    });
  };
  for (const [key, tally] of tallies) if (tally.inWeek) add(key, tally, campaigns.get(key));
  for (const [key, campaign] of campaigns) {
    if (listed.has(key) || (campaign.start === null && campaign.end === null)) continue;
    const startsBeforeEnd = campaign.start === null || campaign.start.getTime() < to.getTime();
    const endsAfterStart = campaign.end === null || campaign.end.getTime() >= from.getTime();
    if (startsBeforeEnd && endsAfterStart) add(key, tallies.get(key), campaign);
  }
  return rows.sort((a, b) => b.emv - a.emv || b.posts - a.posts || a.campaign.localeCompare(b.campaign));
}

export function platformTable(platforms: Map<string, PlatformTally>, weekPosts: number): PlatformRow[] {
  return [...platforms.values()]
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

function followersOf(tally: CreatorTally): number | null {
  const followers = tally.creator?.followers ?? null;
  return followers !== null && followers > 0 ? followers : null;
}

export function creatorTable(creators: Map<unknown, CreatorTally>): CreatorRow[] {
  return [...creators.values()]
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
        engagementRate: followers === null ? null : c.engagements / c.posts / followers,
        emv: cents(c.emv),
        onRoster: c.creator !== undefined,
      };
    });
}

export function topPosts(posts: WeekPost[]): TopPostRow[] {
  return [...posts]
    .sort((a, b) => b.emv - a.emv || b.engagements - a.engagements || a.post.row - b.post.row)
    .slice(0, TOP_POSTS)
    .map(({ post, day, emv, engagements }) => ({
      row: post.row,
      date: day,
      handle: post.handle,
      campaign: post.campaign.trim() || NO_CAMPAIGN,
      platform: post.platform,
      engagements,
      emv: cents(emv),
      postUrl: post.postUrl,
    }));
}

function isPosted(deliverable: Deliverable): boolean {
  return deliverable.postedOn !== null || deliverable.postUrl !== "" || DONE_STATUS.test(deliverable.status);
}

export function deliverableTable(
  deliverables: readonly Deliverable[],
  from: number,
  to: number,
  tz: string,
): DeliverableRow[] {
  const rows: (DeliverableRow & { t: number })[] = [];
  for (const d of deliverables) {
    if (d.dueDate === null || isPosted(d) || DROPPED_STATUS.test(d.status)) continue;
    const t = d.dueDate.getTime();
    if (t >= to) continue;
    rows.push({
      t,
      row: d.row,
      due: formatYmd(d.dueDate, tz),
      campaign: d.campaign,
      handle: d.handle,
      deliverable: d.deliverable,
      status: d.status,
      state: t >= from ? "Due this week" : "Overdue",
    });
  }
  return rows.sort((a, b) => a.t - b.t || a.row - b.row).map(({ t: _, ...row }) => row);
}

export function lowEngagement(
  creators: Map<unknown, CreatorTally>,
  settings: ReportSettings,
): LowEngagementRow[] {
  const rows: (LowEngagementRow & { share: number })[] = [];
  for (const c of creators.values()) {
    const followers = followersOf(c);
    if (followers === null || !c.creator) continue;
    const band = bandFor(settings.benchmark, followers);
    if (!band) continue;
    const rate = c.engagements / c.posts / followers;
    if (rate >= band.engagementRate * LOW_ENGAGEMENT_SHARE) continue;
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

export function overBudget(campaigns: CampaignRow[]): OverBudgetRow[] {
  return campaigns
    .filter((c) => c.budget !== null && c.usedToDate > c.budget)
    .map((c) => ({
      campaign: c.campaign,
      budget: c.budget ?? 0,
      usedToDate: c.usedToDate,
      over: cents(c.usedToDate - (c.budget ?? 0)),
      budgetUsed: c.budgetUsed,
    }));
}
