import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MappingFileError, readMappingFile } from "../../../scripts/demo/mappingFile";
import { teamFileCli } from "../../../scripts/demo/teamCli";
import { describeAdoption, htmlPathFor, runOnTeamFile } from "../../../scripts/demo/teamFile";
import { importXlsx } from "../../../src/workbook/memory/xlsxImport";

async function teamFile(dir: string, sheets: Record<string, unknown[][]>, merge?: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    if (merge && name === Object.keys(sheets)[0]) sheet.mergeCells(merge);
  }
  const path = join(dir, "team.xlsx");
  await book.xlsx.writeFile(path);
  return path;
}

describe("npm run demo -- --in team.xlsx --out result.xlsx", () => {
  it("prints the tab and column mapping per sheet, and writes result.html next to result.xlsx", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const input = await teamFile(
      dir,
      {
        Creators: [
          ["Glow Co creators", "", "", ""],
          ["", "", "", ""],
          ["Creator", "Instagram", "IG Followers", "Vibe"],
          ["Maya Reyes", "@maya", 12500, "outdoorsy"],
        ],
      },
      "A1:D1",
    );
    const out = join(dir, "result.xlsx");
    const result = await runOnTeamFile(input, out, new Date(Date.UTC(2026, 10, 18)));
    expect(htmlPathFor(out)).toBe(join(dir, "result.html"));
    expect(result.htmlPath).toBe(join(dir, "result.html"));
    expect(existsSync(result.htmlPath)).toBe(true);
    const text = describeAdoption(result.adopted);
    expect(text).toContain('Roster: used tab "Creators" (as Roster), header on row 3.');
    expect(text).toContain('"Instagram" → Handle, "IG Followers" → Followers');
    expect(text).toMatch(/added: Platform, Email, Avg comments/);
    expect(text).toContain('left alone: "Vibe"');
    expect(text).toContain('Campaigns: new sheet "Campaigns".');
    const after = await importXlsx(out);
    expect(after.sheet("Creators")?.read().values[0]?.[0]).toBe("Glow Co creators");
    expect(after.sheetNames()).not.toContain("Roster");
  });

  it("a refusal exits 1 with the reason and no stack trace, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    // A tab of the team's that reads as no Posts sheet at all: adopting it would write over their columns.
    const input = await teamFile(dir, {
      Blog: [
        ["Date", "Title", "URL"],
        ["2026-11-02", "Tips", "https://blog.example.com"],
      ],
    });
    const out = join(dir, "result.xlsx");
    // Named by the team for our Posts, their tab is refused rather than left alone beside ours.
    const mapping = join(dir, "mapping.json");
    writeFileSync(mapping, JSON.stringify({ Posts: { tab: "Blog" } }));
    const said: string[] = [];
    const problems: string[] = [];
    const code = await teamFileCli(
      { in: input, out, mapping },
      (line) => said.push(line),
      (line) => problems.push(line),
    );
    expect(code).toBe(1);
    expect(problems.join("\n")).toMatch(/Sheet "Blog" \(used as Posts\) has no header row we recognise/);
    expect(problems.join("\n")).toMatch(/Date, Handle, Campaign/);
    expect(problems.join("\n")).not.toMatch(/\n\s+at /);
    expect(said.join("\n")).not.toContain("Custom functions from dist/Code.js");
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it("leaves an unrelated Posts tab alone and uses a tab of its own, or the one --mapping names", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const input = await teamFile(dir, {
      Posts: [
        ["Date", "Title", "URL", "Author", "Words"],
        [new Date(Date.UTC(2026, 10, 2)), "Tips", "https://blog.example.com", "Sam", 1200],
      ],
    });
    const out = join(dir, "result.xlsx");
    const result = await runOnTeamFile(input, out, new Date());
    expect(result.setUp).toMatch(/Sheet "Posts" was left as it is/);
    expect(describeAdoption(result.adopted)).toContain('Posts: new sheet "Posts (Influencer Desk)".');
    const after = await importXlsx(out);
    expect(after.sheet("Posts")?.read().values[0]).toEqual(["Date", "Title", "URL", "Author", "Words"]);

    const again = await runOnTeamFile(input, out, new Date(), { Posts: { tab: "Our posts" } });
    expect(describeAdoption(again.adopted)).toContain('Posts: new sheet "Our posts".');
  }, 120_000);

  it("validates the --mapping file and says what is wrong in it", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-"));
    const mapping = join(dir, "mapping.json");
    writeFileSync(mapping, JSON.stringify({ Post: { tab: 3 } }));
    expect(() => readMappingFile(mapping)).toThrow(MappingFileError);
    expect(() => readMappingFile(mapping)).toThrow(/is not a mapping.*Post/);
    writeFileSync(mapping, JSON.stringify({ Roster: { columns: { Handle: "Instagram" } } }));
    expect(readMappingFile(mapping)).toEqual({ Roster: { columns: { Handle: "Instagram" } } });
  });
});
