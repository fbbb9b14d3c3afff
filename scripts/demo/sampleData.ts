import type { Cell } from "../../src/core/cells";
import { tableSpec } from "../../src/sheets/tables";
import { type Random, seeded } from "./random";

const FIRST = [
  "Maya",
  "Leo",
  "Ava",
  "Noah",
  "Zoe",
  "Eli",
  "Ivy",
  "Kai",
  "Nina",
  "Omar",
  "Ruby",
  "Sam",
  "Tara",
  "Yuki",
  "Lena",
  "Marco",
  "Priya",
  "Jonas",
  "Chloe",
  "Diego",
];
const LAST = [
  "Reyes",
  "Kim",
  "Patel",
  "Novak",
  "Silva",
  "Okafor",
  "Berg",
  "Costa",
  "Haddad",
  "Ito",
  "Moreau",
  "Walsh",
  "Lind",
  "Rossi",
  "Adeyemi",
];
const NICHES = ["trails", "eats", "fit", "glow", "wanders", "makes", "lifts", "brews", "reads", "runs"];
const PLATFORMS = ["Instagram", "TikTok", "YouTube"] as const;
const OWNERS = ["Dana", "Chris", "Alex"];
const STATUSES = [
  "Prospect",
  "Contacted",
  "Negotiating",
  "Contracted",
  "Active",
  "Active",
  "Active",
  "Paused",
];

export const DEMO_CAMPAIGNS = [
  { name: "Spring Trail Launch", objective: "Sales", weeks: [0, 6], budget: 15000 },
  { name: "Hydration Habits", objective: "Brand awareness", weeks: [1, 6], budget: 12000 },
  { name: "Creator Reviews", objective: "User-generated content", weeks: [2, 6], budget: 9000 },
] as const;

const CAPTIONS_DISCLOSED = [
  "#ad My new trail shoes from @summitgear just survived 20 miles of mud. Code {code} gets you 15% off.",
  "Paid partnership with @summitgear: the bottle that kept me going on today's climb. Link in bio!",
  "#SummitPartner Sunrise run, zero blisters. These shoes are the real deal — use {code}.",
  "Sponsored by @summitgear. Testing the new hydration vest on a rainy ridge walk.",
];
const CAPTIONS_LATE = [
  "Sunday long run through the canyon, legs are toast but the views were worth every step and every hill along the way, honestly the best loop I have found this year and I will be back soon. #running #trails #ad",
];
const CAPTIONS_UNCLEAR = [
  "Loving these from @summitgear #sp #collab",
  "Thanks @summitgear for the goodies! #ambassador",
];
const CAPTIONS_MISSING = [
  "Off on an #adventure with my favourite trail shoes",
  "Weekend mood: mountains, coffee and new gear",
];

export interface DemoData {
  /** Rows per sheet, header first, as a team would have typed them. */
  sheets: Record<"Roster" | "Campaigns" | "Deliverables" | "Posts" | "Budget", Cell[][]>;
  /** First day (UTC midnight) of the six weeks of posts. */
  start: Date;
}

const DAY = 86_400_000;

/** Our headers; the formula columns are left empty, as a team that copied the layout would. */
function headerOf(sheet: string): string[] {
  return tableSpec(sheet).columns.map((c) => c.header);
}

function followersFor(r: Random, tier: number): number {
  if (tier === 0) return r.int(1_200, 9_500);
  if (tier === 1) return r.int(10_500, 95_000);
  return r.int(120_000, 1_400_000);
}

interface Creator {
  handle: string;
  platform: string;
  followers: number;
  code: string;
}

/** Creator i's Roster row; creator 35 has the low engagement of bought followers, 7 has no e-mail. */
function rosterRow(r: Random, i: number, start: Date): { creator: Creator; row: Cell[] } {
  const first = FIRST[i % FIRST.length] as string;
  const last = r.pick(LAST);
  const platform = PLATFORMS[i % 3] as string;
  const tier = i < 18 ? 0 : i < 33 ? 1 : 2;
  const followers = followersFor(r, tier);
  const handle = `@${first.toLowerCase()}${r.pick(NICHES)}${i}`;
  const vanity = i === 35;
  const rate = vanity ? 0.0004 : 0.004 + r.next() * 0.02;
  const comments = Math.round(followers * rate * 0.5);
  const shares = Math.round(followers * rate * 0.3);
  const clicks = Math.round(followers * rate * 0.2);
  const code = `${first.toUpperCase()}${10 + i}`;
  const row = [
    `${first} ${last}`,
    handle,
    platform,
    i === 7 ? "" : `${first.toLowerCase()}.${last.toLowerCase()}@example.com`,
    followers,
    comments,
    shares,
    clicks,
    "",
    "",
    i < 30 ? r.pick(STATUSES.slice(3)) : r.pick(STATUSES.slice(0, 3)),
    Math.round(followers / 100) * 2 + 50,
    code,
    `https://summitgear.example/?ref=${code.toLowerCase()}`,
    r.pick(OWNERS),
    new Date(start.getTime() - r.int(1, 30) * DAY),
    vanity ? "Follower spike in March — check audience quality" : "",
  ];
  return { creator: { handle, platform, followers, code }, row };
}

function campaignRow(campaign: (typeof DEMO_CAMPAIGNS)[number], start: Date): Cell[] {
  return [
    campaign.name,
    campaign.objective,
    new Date(start.getTime() + campaign.weeks[0] * 7 * DAY),
    new Date(start.getTime() + (campaign.weeks[1] * 7 + 13) * DAY),
    campaign.budget,
  ];
}

function deliverableKind(platform: string): string {
  if (platform === "Instagram") return "Instagram Reel";
  return platform === "TikTok" ? "TikTok video" : "YouTube video";
}

interface CampaignRows {
  posts: Cell[][];
  budget: Cell[][];
  deliverables: Cell[][];
}

/**
 * Four deliverables spread over the campaign's weeks; most of those already due were posted, and
 * each posted one is a Posts row.
 */
function deliverablesOf(
  r: Random,
  out: CampaignRows,
  campaign: (typeof DEMO_CAMPAIGNS)[number],
  creator: Creator,
  dates: { start: Date; weekStart: Date },
): void {
  const span = (campaign.weeks[1] - campaign.weeks[0] + 1) * 7;
  for (let p = 0; p < 4; p++) {
    const dueDay =
      dates.start.getTime() +
      (campaign.weeks[0] * 7 + Math.floor(((p + 0.5) * span) / 4) + r.int(-2, 2)) * DAY;
    const day = dueDay - r.int(0, 2) * DAY;
    const done = day < dates.weekStart.getTime() && r.chance(0.9);
    out.deliverables.push([
      campaign.name,
      creator.handle,
      deliverableKind(creator.platform),
      new Date(dueDay),
      done ? new Date(day - 4 * DAY) : "",
      done ? new Date(day - 2 * DAY) : "",
      done ? new Date(day) : "",
      "",
      done ? "Posted" : "Planned",
    ]);
    if (done) out.posts.push(post(r, creator, campaign.name, day));
  }
}

/** A campaign's cast of about 14 creators: a fee line each (creator 33 overspends), a production line. */
function campaignLines(
  r: Random,
  out: CampaignRows,
  ci: number,
  creators: Creator[],
  dates: { start: Date; weekStart: Date },
): void {
  const campaign = DEMO_CAMPAIGNS[ci] as (typeof DEMO_CAMPAIGNS)[number];
  const start = dates.start.getTime();
  const cast = creators.filter((_, i) => (i + ci * 7) % 3 !== 0 || i >= 33).slice(ci * 4, ci * 4 + 14);
  for (const creator of cast) {
    const fee = Math.round((creator.followers / 1000) * (8 + r.int(0, 6)) + 150);
    const item = creator.followers < 10_000 && r.chance(0.4) ? "Gifting" : "Creator fee";
    const paidDay = start + (campaign.weeks[0] * 7 + r.int(3, 30)) * DAY;
    const actual = creator.handle.endsWith("33") ? Math.round(fee * 1.4) : fee;
    out.budget.push([campaign.name, creator.handle, item, fee, actual, new Date(paidDay), ""]);
    deliverablesOf(r, out, campaign, creator, dates);
  }
  out.budget.push([
    campaign.name,
    "",
    "Production",
    Math.round(campaign.budget * 0.08),
    Math.round(campaign.budget * 0.07),
    new Date(start + (campaign.weeks[0] * 7 + 2) * DAY),
    "Shoot day and edits",
  ]);
}

const postedAt = (row: Cell[]) => (row[0] as Date).getTime();

/**
 * About 40 creators across nano, micro and macro on three platforms, three campaigns, six weeks of
 * posts ending before `weekStart` (a Monday), budget lines and deliverables. Some captions lack a
 * proper disclosure, one creator has the low engagement of bought followers, and one line overspends.
 */
export function demoData(weekStart: Date, seed = 20261116): DemoData {
  const r = seeded(seed);
  const start = new Date(weekStart.getTime() - 6 * 7 * DAY);
  const rows = Array.from({ length: 40 }, (_, i) => rosterRow(r, i, start));
  const creators = rows.map((row) => row.creator);
  const out: CampaignRows = { posts: [], budget: [], deliverables: [] };
  DEMO_CAMPAIGNS.forEach((_, ci) => {
    campaignLines(r, out, ci, creators, { start, weekStart });
  });
  return {
    sheets: {
      Roster: [headerOf("Roster"), ...rows.map((row) => row.row)],
      Campaigns: [headerOf("Campaigns"), ...DEMO_CAMPAIGNS.map((c) => campaignRow(c, start))],
      Deliverables: [headerOf("Deliverables"), ...out.deliverables],
      Posts: [headerOf("Posts"), ...out.posts.sort((a, b) => postedAt(a) - postedAt(b))],
      Budget: [headerOf("Budget"), ...out.budget],
    },
    start,
  };
}

function post(r: Random, creator: Creator, campaign: string, day: number): Cell[] {
  const reach = creator.followers * (0.2 + r.next() * 0.6);
  const impressions = Math.round(reach * 1.3);
  const views = creator.platform === "Instagram" && r.chance(0.3) ? 0 : Math.round(reach * (0.5 + r.next()));
  const likes = Math.round(impressions * (0.02 + r.next() * 0.05));
  const comments = Math.round(likes * (0.02 + r.next() * 0.05));
  const shares = Math.round(likes * (0.01 + r.next() * 0.04));
  const saves = Math.round(likes * (0.01 + r.next() * 0.05));
  const clicks = Math.round(impressions * (0.001 + r.next() * 0.006));
  const redemptions = Math.round(clicks * (0.02 + r.next() * 0.08));
  const revenue = redemptions * r.int(45, 120);
  const roll = r.next();
  const pool =
    roll < 0.72
      ? CAPTIONS_DISCLOSED
      : roll < 0.8
        ? CAPTIONS_LATE
        : roll < 0.9
          ? CAPTIONS_UNCLEAR
          : CAPTIONS_MISSING;
  const caption = r.pick(pool).replace("{code}", creator.code);
  const slug = creator.handle.slice(1);
  const url =
    creator.platform === "YouTube"
      ? `https://youtube.com/watch?v=${slug}${day % 97}`
      : `https://${creator.platform.toLowerCase()}.com/p/${slug}${day % 97}`;
  return [
    new Date(day + r.int(8, 21) * 3_600_000),
    creator.handle,
    campaign,
    creator.platform,
    url,
    caption,
    impressions,
    views,
    likes,
    comments,
    shares,
    saves,
    clicks,
    redemptions,
    revenue,
    "",
    "",
  ];
}
