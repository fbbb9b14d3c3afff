import type { Cell } from "../../src/core/cells";
import { tableSpec } from "../../src/sheets/tables";
import { seeded } from "./random";

const PLATFORMS = ["Instagram", "TikTok", "YouTube"];
const DAY = 86_400_000;

/**
 * A program of any size for benchmarks and the service-call tests: `creators` roster rows, `posts`
 * posts spread over six weeks before `weekStart`, ten campaigns, a budget line and a deliverable per
 * creator. Formula columns are left empty, as a team would leave them.
 */
export function scaledData(creators: number, posts: number, weekStart = new Date(Date.UTC(2026, 10, 16))) {
  const r = seeded(creators * 31 + posts);
  const header = (sheet: string) => tableSpec(sheet).columns.map((c) => c.header);
  const handle = (i: number) => `@creator${i}`;
  const campaign = (i: number) => `Campaign ${(i % 10) + 1}`;
  const start = weekStart.getTime() - 42 * DAY;
  const roster: Cell[][] = [header("Roster")];
  for (let i = 0; i < creators; i++) {
    const followers = r.int(800, 2_000_000);
    roster.push([
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
    ]);
  }
  const campaigns: Cell[][] = [header("Campaigns")];
  for (let c = 0; c < 10; c++)
    campaigns.push([campaign(c), "Sales", new Date(start), new Date(weekStart.getTime() + 14 * DAY), 50_000]);
  const postRows: Cell[][] = [header("Posts")];
  for (let p = 0; p < posts; p++) {
    const who = p % Math.max(creators, 1);
    const impressions = r.int(500, 500_000);
    postRows.push([
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
    ]);
  }
  const budget: Cell[][] = [header("Budget")];
  const deliverables: Cell[][] = [header("Deliverables")];
  for (let i = 0; i < creators; i++) {
    budget.push([
      campaign(i),
      handle(i),
      "Creator fee",
      1000,
      r.int(800, 1300),
      new Date(start + (i % 42) * DAY),
      "",
    ]);
    deliverables.push([
      campaign(i),
      handle(i),
      "Instagram Reel",
      new Date(start + (i % 49) * DAY),
      "",
      "",
      "",
      "",
      "Planned",
    ]);
  }
  return {
    Roster: roster,
    Campaigns: campaigns,
    Deliverables: deliverables,
    Posts: postRows,
    Budget: budget,
  };
}
