import type { Cell } from "../../src/core/cells";
import { tableSpec } from "../../src/sheets/tables";
import { type Random, seeded } from "./random";

const PLATFORMS = ["Instagram", "TikTok", "YouTube"];
const DAY = 86_400_000;

const header = (sheet: string) => tableSpec(sheet).columns.map((c) => c.header);
const handle = (i: number) => `@creator${i}`;
const campaign = (i: number) => `Campaign ${(i % 10) + 1}`;

function rosterRow(r: Random, i: number): Cell[] {
  const followers = r.int(800, 2_000_000);
  return [
    `Creator ${i}`,
    handle(i),
    PLATFORMS[i % 3] as string,
    `creator${i}@example.com`,
    followers,
    r.int(0, 900),
    r.int(0, 300),
    r.int(0, 400),
    "",
    "",
    "Active",
    r.int(100, 9000),
    `CODE${i}`,
    "",
    "Dana",
    "",
    "",
  ];
}

/** Post p, by creator p modulo the roster; every fifth caption lacks a disclosure. */
function postRow(r: Random, p: number, creators: number, start: number): Cell[] {
  const who = p % Math.max(creators, 1);
  const impressions = r.int(500, 500_000);
  return [
    new Date(start + (p % 42) * DAY + 36_000_000),
    handle(who),
    campaign(who),
    PLATFORMS[who % 3] as string,
    `https://example.com/p/${p}`,
    p % 5 === 0 ? "New drop is here" : "#ad New drop is here, code inside",
    impressions,
    r.int(0, impressions),
    r.int(0, impressions / 20),
    r.int(0, 500),
    r.int(0, 300),
    r.int(0, 300),
    r.int(0, 900),
    r.int(0, 40),
    r.int(0, 4000),
    "",
    "",
  ];
}

function budgetRow(r: Random, i: number, start: number): Cell[] {
  return [
    campaign(i),
    handle(i),
    "Creator fee",
    1000,
    r.int(800, 1300),
    new Date(start + (i % 42) * DAY),
    "",
  ];
}

function deliverableRow(i: number, start: number): Cell[] {
  return [
    campaign(i),
    handle(i),
    "Instagram Reel",
    new Date(start + (i % 49) * DAY),
    "",
    "",
    "",
    "",
    "Planned",
  ];
}

/**
 * A program of any size for benchmarks and the service-call tests: `creators` roster rows, `posts`
 * posts spread over six weeks before `weekStart`, ten campaigns, a budget line and a deliverable per
 * creator. Formula columns are left empty, as a team would leave them.
 */
export function scaledData(creators: number, posts: number, weekStart = new Date(Date.UTC(2026, 10, 16))) {
  const r = seeded(creators * 31 + posts);
  const start = weekStart.getTime() - 42 * DAY;
  const each = <T>(count: number, row: (i: number) => T) => Array.from({ length: count }, (_, i) => row(i));
  // The random rows are drawn in this order (Roster, Posts, Budget) so every size stays reproducible.
  const roster = each(creators, (i) => rosterRow(r, i));
  const posted = each(posts, (p) => postRow(r, p, creators, start));
  const budget = each(creators, (i) => budgetRow(r, i, start));
  const campaignRow = (c: number) => [
    campaign(c),
    "Sales",
    new Date(start),
    new Date(weekStart.getTime() + 14 * DAY),
    50_000,
  ];
  return {
    Roster: [header("Roster"), ...roster],
    Campaigns: [header("Campaigns"), ...each(10, campaignRow)],
    Deliverables: [header("Deliverables"), ...each(creators, (i) => deliverableRow(i, start))],
    Posts: [header("Posts"), ...posted],
    Budget: [header("Budget"), ...budget],
  };
}
