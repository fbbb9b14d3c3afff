import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importExportFile, importReport } from "../../../scripts/demo/importStep";
import { cellSnapshot, importProgram } from "../../addon/sidebar/importProgram";
import { csv, fixturePosts, instagramCsv, tiktokCsv } from "../../core/import/fixtures";

const dir = mkdtempSync(join(tmpdir(), "influencer-desk-cli-import-"));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const MAYA = fixturePosts("maya", 3, (i) => `C8xYz${i}AbCd`);

describe("npm run demo -- --import", () => {
  it("imports a CSV, prints source, mapping and counts, and a second run changes nothing", () => {
    const { context, workbook } = importProgram([]);
    const path = file("instagram.csv", instagramCsv(MAYA));
    const first = importReport(importExportFile(context, path));
    expect(first).toContain("instagram.csv: Instagram (Meta Business Suite content export)");
    expect(first).toContain("Permalink → Post URL");
    expect(first).toContain(
      "Ignored: Account ID, Account name, Duration (sec), Post type, Data comment, Date, Reach, Follows",
    );
    expect(first).toContain("3 new, 0 updated (0 cells), 0 unchanged, 0 skipped; new posts from row 2");
    const after = cellSnapshot(workbook);
    expect(importReport(importExportFile(context, path))).toContain(
      "0 new, 0 updated (0 cells), 3 unchanged, 0 skipped",
    );
    expect(cellSnapshot(workbook)).toBe(after);
  });

  it("reads a .tsv as a paste, and takes --creator for a per-channel export", () => {
    const { context } = importProgram([]);
    const tsv = file(
      "log.tsv",
      csv(
        [
          ["Post URL", "Handle", "Date", "Views"],
          ["https://instagram.com/p/Abc123", "@maya", "2026-11-02", "1,500"],
        ],
        "\t",
      ),
    );
    expect(importReport(importExportFile(context, tsv))).toContain("1 new, 0 updated");
    const tiktok = file("Content.csv", tiktokCsv(fixturePosts("leo", 2, (i) => `70${i}1`)));
    const report = importReport(importExportFile(context, tiktok, "@ava"));
    expect(report).toContain("Creator: @ava (option)");
    expect(report).toContain("2 new, 0 updated");
  });

  it("refuses every bad file with its message and writes nothing", () => {
    const { context, workbook } = importProgram([]);
    const before = cellSnapshot(workbook);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...Buffer.from("Post URL,Views\n", "utf16le")]]);
    const bad: [string, string | Uint8Array, RegExp][] = [
      [
        "export.xlsx",
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
        /This is an Excel workbook, not a CSV file/,
      ],
      ["empty.csv", "", /The file is empty/],
      ["header.csv", "Post URL,Views\n", /header row but no data rows/],
      ["utf16.csv", utf16, /header row but no data rows/],
      ["quotes.csv", 'Post URL,Views\n"https://x.com/a,1\n', /quotation mark that is never closed/],
      ["names.csv", "Name,Notes\nA,B\n", /cannot tell what this file's columns hold/],
      [
        "big.csv",
        `Post URL,Views\n${"https://instagram.com/p/x,1\n".repeat(200_000)}`,
        /the import reads files up to 5 MB/,
      ],
    ];
    for (const [name, content, message] of bad) {
      const run = importExportFile(context, file(name, content));
      expect(run.ok, name).toBe(false);
      expect(importReport(run), name).toMatch(message);
    }
    expect(cellSnapshot(workbook)).toBe(before);
  });
});
