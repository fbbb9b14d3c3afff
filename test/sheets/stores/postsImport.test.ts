import { describe, expect, it } from "vitest";
import { memoryContext } from "../../../src/addon/memoryContext";
import { runSidebarCall } from "../../../src/addon/sidebar/registryEntries";
import { detectSource, readExport } from "../../../src/core/import/index";
import type { ImportApplied } from "../../../src/core/rpc/import";
import { storeMapping } from "../../../src/sheets/mappingStore";
import { diffSnapshots, snapshotMemory } from "../../adoption/snapshot";
import { recordWrites } from "../../fixtures/programWorkbook";
import { TEAM_EXPORT, TEAM_MAPPING, teamCells, teamProgram } from "./teamProgram";

function request(text: string) {
  const read = readExport(text);
  if (!read.ok) throw new Error(read.message);
  return { table: read.table, source: detectSource(read.table.headers).id, override: {} };
}

function call(context: ReturnType<typeof memoryContext>, fn: string, input: unknown) {
  const result = runSidebarCall(() => context, fn as "sidebarImportApply", input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportApplied;
}

/** A cell of the team's Post log by its header (the header is on row 2, under their title). */
function postLogCell(memory: ReturnType<typeof teamProgram>["memory"], row: number, header: string) {
  const values = memory.sheet("Post log")?.read().values ?? [];
  return values[row - 1]?.[(values[1] ?? []).indexOf(header)];
}

describe("importing into a team's own tabs, as Settings › Mapping records them", () => {
  it("updates the mapped Post log under its title, appends below it, matches creators from their Creators tab, and changes nothing else of theirs", () => {
    const { memory } = teamProgram();
    const { workbook, writes } = recordWrites(memory);
    const context = memoryContext(workbook, () => new Date("2026-11-25T12:00:00Z"));
    const before = snapshotMemory(memory);

    const applied = call(context, "sidebarImportApply", request(TEAM_EXPORT));

    expect(applied.preview.counts).toMatchObject({ newPosts: 1, updatedPosts: 2, skipped: 1 });
    expect(applied.preview.skipped[0]?.reason).toMatch(/zed/);
    expect(applied.written.appended).toEqual({ first: 6, last: 6 });
    // Instagram's Views are its impressions (since 2025): they go to the team's "Impr.", never to
    // "Watch count", the column the mapping names as Views (video plays).
    expect(postLogCell(memory, 3, "Impr.")).toBe(1000);
    expect(postLogCell(memory, 3, "Watch count")).toBe(900);
    expect(postLogCell(memory, 6, "Creator handle")).toBe("@leo");
    expect(postLogCell(memory, 6, "Link")).toBe("https://www.instagram.com/reel/New1/");
    expect(postLogCell(memory, 6, "Impr.")).toBe(3000);
    expect(postLogCell(memory, 6, "Checked by")).toBe("");
    // Every write went to the Post log, below its header row.
    expect(writes.length).toBeGreaterThan(0);
    for (const write of writes) {
      expect(write).toMatchObject({ sheet: "Post log" });
      expect("row" in write && write.row).toBeGreaterThan(2);
    }
    // Cell by cell, of everything the team typed only the counts the export changed are different.
    const diff = diffSnapshots(before, snapshotMemory(memory));
    const teams = [...teamCells()].flatMap(([sheet, keys]) => keys.map((key) => `${sheet}!${key} `));
    expect(diff.changed.filter((line) => teams.some((cell) => line.startsWith(cell)))).toEqual([
      'Post log!G3 value: "800" → "1000"',
      'Post log!G4 value: "1600" → "2000"',
    ]);
    expect(diff.changed.concat(diff.added).filter((line) => line.startsWith("Creators!"))).toEqual([]);
    // Besides the new post's row, the blank Shares and Saves of the updated posts, columns the set-up added.
    expect(
      diff.added.filter((line) => line.startsWith("Post log!") && !/^Post log!\D+6 /.test(line)),
    ).toEqual([
      'Post log!L3 value: "" → "0"',
      'Post log!L4 value: "" → "0"',
      'Post log!M3 value: "" → "0"',
      'Post log!M4 value: "" → "0"',
    ]);
    expect([postLogCell(memory, 2, "Shares"), postLogCell(memory, 2, "Saves")]).toEqual(["Shares", "Saves"]);
    expect(
      diff.changed.filter((line) => line.startsWith("Post log!L2") || line.startsWith("Post log!M2")),
    ).toEqual([]);
  });

  it("names the team's tab when the one the mapping names is gone, and says to run the set-up", () => {
    const { memory, context } = teamProgram();
    storeMapping(memory, { Posts: { ...TEAM_MAPPING.Posts, tab: "Q3 collabs" } });
    const result = runSidebarCall(() => context, "sidebarImportApply", request(TEAM_EXPORT));
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          'There is no "Q3 collabs" (your Posts in Settings › Mapping) sheet yet: run Extensions › Influencer Desk › Set up or refresh all sheets first. Nothing was changed.',
      },
    });
  });
});
