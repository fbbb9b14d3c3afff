import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runOnTeamFile } from "../../../scripts/demo/teamFile";
import { importXlsx } from "../../../src/workbook/memory/xlsxImport";

describe("npm run demo -- --in team.xlsx", () => {
  it("adopts a team's exported workbook, keeps their columns and values, and writes the result", async () => {
    const dir = mkdtempSync(join(tmpdir(), "team-file-"));
    const input = join(dir, "team.xlsx");
    const book = new ExcelJS.Workbook();
    const roster = book.addWorksheet("Roster");
    roster.addRow(["Username", "Follower count", "Contact email", "Vibe"]);
    roster.addRow(["@maya", 12500, "maya@example.com", "outdoorsy"]);
    roster.addRow(["@leo", "4.3K", "leo@example.com", "foodie"]);
    const posts = book.addWorksheet("Posts");
    posts.addRow([
      "Post date",
      "IG handle",
      "Campaign",
      "Platform",
      "Caption",
      "Impressions",
      "Likes",
      "Revenue",
    ]);
    posts.addRow([
      new Date(Date.UTC(2026, 10, 10)),
      "@maya",
      "Spring",
      "Instagram",
      "#ad new shoes",
      10000,
      500,
      300,
    ]);
    await book.xlsx.writeFile(input);

    const out = join(dir, "result.xlsx");
    const result = await runOnTeamFile(input, out, new Date(Date.UTC(2026, 10, 18)));
    expect(result.setUp).toMatch(
      /^Created Settings, Campaigns, Deliverables, Budget, Budget by campaign, ROI\. Updated Roster, Posts\.$/,
    );
    expect(result.report).toMatch(/^Built sheet "Report 2026-11-09"/);

    const after = await importXlsx(out);
    const values = after.sheet("Roster")?.read().values ?? [];
    expect(values[0]?.slice(0, 4)).toEqual(["Username", "Follower count", "Contact email", "Vibe"]);
    expect(values[1]?.slice(0, 4)).toEqual(["@maya", 12500, "maya@example.com", "outdoorsy"]);
    const tier = (values[0] ?? []).indexOf("Tier");
    expect(values.slice(1, 3).map((row) => row[tier])).toEqual(["Micro", "Nano"]);
    const roi = after.sheet("ROI")?.read().values ?? [];
    expect(roi[1]?.slice(0, 3)).toEqual(["Spring", "All creators", 0]);
  });
});
