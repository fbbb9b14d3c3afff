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

/**
 * About 40 creators across nano, micro and macro on three platforms, three campaigns, six weeks of
 * posts ending before `weekStart` (a Monday), budget lines and deliverables. Some captions lack a
 * proper disclosure, one creator has the low engagement of bought followers, and one line overspends.
 */
export function demoData(weekStart: Date, seed = 20261116): DemoData {
  const r = seeded(seed);
  const start = new Date(weekStart.getTime() - 6 * 7 * DAY);
  const creators: { handle: string; platform: string; followers: number; code: string }[] = [];
  const roster: Cell[][] = [headerOf("Roster")];
  for (let i = 0; i < 40; i++) {
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
    creators.push({ handle, platform, followers, code });
    roster.push([
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
      i === 35 ? "Follower spike in March — check audience quality" : "",
    ]);
  }
  const campaigns: Cell[][] = [headerOf("Campaigns")];
  for (const c of DEMO_CAMPAIGNS) {
    campaigns.push([
      c.name,
      c.objective,
      new Date(start.getTime() + c.weeks[0] * 7 * DAY),
      new Date(start.getTime() + (c.weeks[1] * 7 + 13) * DAY),
      c.budget,
    ]);
  }
  const posts: Cell[][] = [headerOf("Posts")];
  const budget: Cell[][] = [headerOf("Budget")];
  const deliverables: Cell[][] = [headerOf("Deliverables")];
  DEMO_CAMPAIGNS.forEach((campaign, ci) => {
    const cast = creators.filter((_, i) => (i + ci * 7) % 3 !== 0 || i >= 33).slice(ci * 4, ci * 4 + 14);
    for (const creator of cast) {
      const fee = Math.round((creator.followers / 1000) * (8 + r.int(0, 6)) + 150);
      const item = creator.followers < 10_000 && r.chance(0.4) ? "Gifting" : "Creator fee";
      const paidDay = start.getTime() + (campaign.weeks[0] * 7 + r.int(3, 30)) * DAY;
      const actual = creator.handle.endsWith("33") ? Math.round(fee * 1.4) : fee;
      budget.push([campaign.name, creator.handle, item, fee, actual, new Date(paidDay), ""]);
      const kind =
        creator.platform === "Instagram"
          ? "Instagram Reel"
          : creator.platform === "TikTok"
            ? "TikTok video"
            : "YouTube video";
      // Four deliverables spread over the campaign's weeks; most of those already due were posted.
      const span = (campaign.weeks[1] - campaign.weeks[0] + 1) * 7;
      for (let p = 0; p < 4; p++) {
        const dueDay =
          start.getTime() + (campaign.weeks[0] * 7 + Math.floor(((p + 0.5) * span) / 4) + r.int(-2, 2)) * DAY;
        const day = dueDay - r.int(0, 2) * DAY;
        const done = day < weekStart.getTime() && r.chance(0.9);
        deliverables.push([
          campaign.name,
          creator.handle,
          kind,
          new Date(dueDay),
          done ? new Date(day - 4 * DAY) : "",
          done ? new Date(day - 2 * DAY) : "",
          done ? new Date(day) : "",
          "",
          done ? "Posted" : "Planned",
        ]);
        if (!done) continue;
        posts.push(post(r, creator, campaign.name, day));
      }
    }
    budget.push([
      campaign.name,
      "",
      "Production",
      Math.round(campaign.budget * 0.08),
      Math.round(campaign.budget * 0.07),
      new Date(start.getTime() + (campaign.weeks[0] * 7 + 2) * DAY),
      "Shoot day and edits",
    ]);
  });
  posts.splice(
    1,
    posts.length - 1,
    ...posts.slice(1).sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime()),
  );
  return {
    sheets: {
      Roster: roster,
      Campaigns: campaigns,
      Deliverables: deliverables,
      Posts: posts,
      Budget: budget,
    },
    start,
  };
}

function post(
  r: Random,
  creator: { handle: string; platform: string; followers: number; code: string },
  campaign: string,
  day: number,
): Cell[] {
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
