import { describe, expect, it } from "vitest";
import { summarise } from "../../../src/addon/actions/setUpSheets";
import { engagementRate } from "../../../src/core/functions/engagementRate";
import { DEFAULT_TIERS, tierFor } from "../../../src/core/functions/tier";
import { readMapping } from "../../../src/sheets/mapping";
import { refreshSheets } from "../../../src/sheets/refresh";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../../src/workbook/port";
import { diffSnapshots, snapshotMemory } from "../../adoption/snapshot";

const HEADER = [
  "Creator",
  "Instagram",
  "IG Followers",
  "TikTok",
  "TikTok followers",
  "TT avg engagements",
  "YouTube",
  "YT subscribers",
  "Status",
];

/** A wide roster of `count` creators: one row each, handles and audiences per platform, spread over every tier. */
function wideRoster(count: number) {
  const rows: WriteCell[][] = [HEADER];
  for (let i = 0; i < count; i++) {
    const audience = (platform: number) => Math.round(500 * 3.7 ** ((i * 7 + platform * 3) % 9));
    rows.push([
      `Creator ${i + 1}`,
      { text: `@ig${i}` },
      audience(0),
      { text: `@tt${i}` },
      audience(1),
      (i % 13) * 97,
      `yt.com/@c${i}`,
      i % 5 === 0 ? "" : audience(2),
      i % 2 === 0 ? "Signed" : "In talks",
    ]);
  }
  const workbook = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
  workbook.addSheet("Roster").write(1, 1, rows);
  return { workbook, rows };
}

const CREATORS = 60;

/** A column's values on the creators' rows (the spilled formulas reach further down, blank). */
function column(workbook: MemoryWorkbook, header: string): unknown[] {
  const values = workbook.sheet("Roster")?.read().values ?? [];
  const index = (values[0] ?? []).indexOf(header);
  expect(index, `Roster has ${header}`).toBeGreaterThanOrEqual(0);
  return values.slice(1, CREATORS + 1).map((row) => row[index]);
}

const at = (rows: WriteCell[][], header: string) => rows.slice(1).map((row) => row[HEADER.indexOf(header)]);

describe("a wide roster (a follower column per platform)", () => {
  it("gets Avg interactions, Engagement rate and Tier per other platform, side by side, and nothing of the team's changes", () => {
    const { workbook, rows } = wideRoster(CREATORS);
    const before = snapshotMemory(workbook);
    const first = refreshSheets(workbook, ["Roster"], () => {});
    expect(diffSnapshots(before, snapshotMemory(workbook)).changed).toEqual([]);

    const header = workbook.sheet("Roster")?.read().values[0] ?? [];
    expect(header.slice(0, HEADER.length)).toEqual(HEADER);
    // Their TikTok engagement column feeds ours; YouTube, which has none, gets one to fill.
    expect(header.slice(HEADER.length).filter((h) => /\(/.test(String(h)))).toEqual([
      "Engagement rate (TikTok)",
      "Tier (TikTok)",
      "Avg interactions (YouTube)",
      "Engagement rate (YouTube)",
      "Tier (YouTube)",
    ]);
    expect(first.adopted[0]?.columns).toContainEqual(["TT avg engagements", "Avg interactions (TikTok)"]);

    const tier = (n: unknown) => (typeof n === "number" ? tierFor(n, DEFAULT_TIERS) : "");
    expect(column(workbook, "Tier")).toEqual(at(rows, "IG Followers").map(tier));
    expect(column(workbook, "Tier (TikTok)")).toEqual(at(rows, "TikTok followers").map(tier));
    expect(column(workbook, "Tier (YouTube)")).toEqual(at(rows, "YT subscribers").map(tier));
    const interactions = at(rows, "TT avg engagements") as number[];
    const audiences = at(rows, "TikTok followers") as number[];
    const rates = column(workbook, "Engagement rate (TikTok)") as number[];
    rates.forEach((rate, i) => {
      expect(rate).toBeCloseTo(engagementRate(interactions[i] ?? 0, audiences[i] ?? 0), 12);
    });
    // Nothing typed in YouTube's interactions yet: 0 where there is an audience (as Engagement rate does), no error.
    expect(column(workbook, "Engagement rate (YouTube)")).toEqual(
      at(rows, "YT subscribers").map((n) => (n === "" ? "" : 0)),
    );

    // The per-platform columns are recorded in Settings › Mapping, and a second run changes nothing.
    expect(readMapping(workbook).Roster?.columns).toMatchObject({
      Followers: "IG Followers",
      "Tier (TikTok)": "(added)",
    });
    const afterFirst = snapshotMemory(workbook);
    const second = refreshSheets(workbook, ["Roster"], () => {});
    expect(summarise(second)).toBe("Everything was already up to date; nothing changed.");
    expect(diffSnapshots(afterFirst, snapshotMemory(workbook))).toEqual({ changed: [], added: [] });
  });
});
