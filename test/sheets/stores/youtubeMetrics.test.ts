import { describe, expect, it } from "vitest";
import { refreshYouTubeMetrics } from "../../../src/addon/actions/refreshYouTube";
import { memoryContext } from "../../../src/addon/memoryContext";
import { memoryYouTube } from "../../../src/platform/memoryYouTube";
import { storeMapping } from "../../../src/sheets/mappingStore";
import { readPostsMetrics, writeMetricCells } from "../../../src/sheets/stores/youtubeMetrics";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import { diffSnapshots, snapshotMemory } from "../../adoption/snapshot";
import { recordWrites } from "../../fixtures/programWorkbook";
import { TEAM_MAPPING, teamCells, teamProgram } from "./teamProgram";

describe("writeMetricCells", () => {
  it("writes each run of neighbouring cells once, joins side-by-side runs, and touches nothing between", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Posts");
    sheet.write(1, 1, [
      ["a", "b", "c"],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    book.resetCalls();
    const writes = writeMetricCells(sheet, [
      // rows 2–3 in columns 1 and 2: one 2×2 block
      { row: 2, col: 1, value: 10 },
      { row: 3, col: 1, value: 11 },
      { row: 2, col: 2, value: 20 },
      { row: 3, col: 2, value: 21 },
      // row 5 of column 1 and rows 4–5 of column 3: two more blocks
      { row: 5, col: 1, value: 12 },
      { row: 5, col: 3, value: 31 },
      { row: 4, col: 3, value: 30 },
    ]);
    expect(writes).toBe(3);
    expect(book.calls.filter((c) => c === "write")).toHaveLength(3);
    expect(sheet.read().values.slice(1)).toEqual([
      [10, 20, 1],
      [11, 21, 1],
      [1, 1, 30],
      [12, 1, 31],
    ]);
  });

  it("makes no call when nothing changed", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Posts");
    book.resetCalls();
    expect(writeMetricCells(sheet, [])).toBe(0);
    expect(book.calls).toEqual([]);
  });
});

describe("the YouTube refresh on a team's own Post log", () => {
  const now = () => new Date("2026-11-25T12:00:00Z");

  it("reads the mapped tab under its title row and writes the counts into the team's mapped columns", () => {
    const { memory } = teamProgram(now);
    const posts = readPostsMetrics(memory);
    expect(posts.videos).toEqual([{ row: 5, id: "aaaaaaaaaaa" }]);
    const { workbook, writes } = recordWrites(memory);
    const context = memoryContext(workbook, now);
    context.youtube = memoryYouTube({ aaaaaaaaaaa: { views: 700, likes: 60, comments: 6 } });
    const before = snapshotMemory(memory);
    expect(refreshYouTubeMetrics(context)).toMatch(/^1 video updated, 0 unchanged/);
    // Watch count (the team's Views), Likes and Comments of Ava's row: H5:J5, one write.
    expect(writes).toEqual([{ sheet: "Post log", row: 5, col: 8, cells: [[700, 60, 6]] }]);
    const teams = [...teamCells()].flatMap(([sheet, keys]) => keys.map((key) => `${sheet}!${key} `));
    const changed = diffSnapshots(before, snapshotMemory(memory)).changed;
    expect(changed.filter((line) => teams.some((cell) => line.startsWith(cell)))).toEqual([
      'Post log!H5 value: "500" → "700"',
      'Post log!I5 value: "50" → "60"',
      'Post log!J5 value: "5" → "6"',
    ]);
  });

  it("names the team's tab when the one the mapping names is gone", () => {
    const { memory } = teamProgram(now);
    storeMapping(memory, { Posts: { ...TEAM_MAPPING.Posts, tab: "Q3 collabs" } });
    const context = memoryContext(memory, now);
    context.youtube = memoryYouTube({});
    expect(() => refreshYouTubeMetrics(context)).toThrow(
      'There is no "Q3 collabs" (your Posts in Settings › Mapping) sheet to refresh: run Extensions › Influencer Desk › Set up or refresh all sheets, paste the post links, then try again.',
    );
  });
});
