import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runOnTeamFile } from "../../../scripts/demo/teamFile";
import { importXlsx } from "../../../src/workbook/memory/xlsxImport";
import { diffSnapshots, snapshotMemory } from "../../adoption/snapshot";
import { teamXlsx } from "../../adoption/teamBook";
import { TEAM, TEAM_EXPORT, TEAM_MAPPING, teamCells } from "../../sheets/stores/teamProgram";

describe("npm run demo -- --in team.xlsx --mapping … --import export.csv", () => {
  it("imports into the team's mapped Post log under its title and matches creators from their Creators tab", async () => {
    const dir = mkdtempSync(join(tmpdir(), "influencer-desk-team-import-"));
    const [input, csv, out] = ["team.xlsx", "content.csv", "result.xlsx"].map((file) => join(dir, file)) as [
      string,
      string,
      string,
    ];
    await teamXlsx(TEAM, input);
    writeFileSync(csv, TEAM_EXPORT);
    const result = await runOnTeamFile(input, out, new Date("2026-11-25T12:00:00Z"), TEAM_MAPPING, {
      files: [csv],
    });
    expect(result.imports).toHaveLength(1);
    expect(result.imports[0]).toContain(
      "1 new, 2 updated (6 cells), 0 unchanged, 1 skipped; new posts from row 6",
    );
    const after = await importXlsx(out);
    const log = after.sheet("Post log")?.read().values ?? [];
    const at = (row: number, header: string) => log[row - 1]?.[(log[1] ?? []).indexOf(header)];
    // Instagram's Views are its impressions: the team's "Impr.", never "Watch count" (their Views).
    expect([at(6, "Creator handle"), at(6, "Impr."), at(3, "Impr."), at(3, "Watch count")]).toEqual([
      "@leo",
      3000,
      1000,
      900,
    ]);
    // Of the team's own cells, only the counts the export changed are different.
    const teams = [...teamCells()].flatMap(([sheet, keys]) => keys.map((key) => `${sheet}!${key} `));
    const changed = diffSnapshots(snapshotMemory(await importXlsx(input)), snapshotMemory(after)).changed;
    expect(changed.filter((line) => teams.some((cell) => line.startsWith(cell)))).toEqual([
      'Post log!G3 value: "800" → "1000"',
      'Post log!G4 value: "1600" → "2000"',
    ]);
  }, 120_000);
});
