import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportXlsx } from "../../../src/workbook/memory/xlsxExport";
import { importXlsx } from "../../../src/workbook/memory/xlsxImport";

/** A team's file: a merged title, a note, a bold red font, a yellow fill, a hidden column and row, protection. */
async function teamFile(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Roster");
  ws.getCell("A1").value = "Spring program";
  ws.mergeCells("A1:C1");
  ws.addRow([]);
  ws.getRow(3).values = ["Creator", "Handle", "Secret"];
  ws.getRow(4).values = ["Maya", "@maya", "x"];
  ws.getRow(5).values = ["Leo", "@leo", "y"];
  ws.getCell("A4").note = "Met at VidCon";
  ws.getCell("A3").font = { bold: true, color: { argb: "FFFF0000" } };
  ws.getCell("B3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getColumn(3).hidden = true;
  ws.getRow(5).hidden = true;
  await ws.protect("secret", { selectLockedCells: true });
  await book.xlsx.writeFile(path);
}

async function reopen(path: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const ws = book.getWorksheet("Roster");
  if (!ws) throw new Error("no Roster");
  return ws;
}

describe("the team's formatting on the local path (--in/--out)", () => {
  it("keeps merges, notes, fonts, fills, hidden rows and columns and protection", async () => {
    const dir = mkdtempSync(join(tmpdir(), "team-formatting-"));
    await teamFile(join(dir, "team.xlsx"));
    const workbook = await importXlsx(join(dir, "team.xlsx"));
    // The merged title is one cell's value, not copied into B1 and C1.
    expect(workbook.sheet("Roster")?.read().values[0]).toEqual(["Spring program", "", ""]);
    await exportXlsx(workbook, join(dir, "out.xlsx"));

    const ws = await reopen(join(dir, "out.xlsx"));
    expect((ws.model as { merges: string[] }).merges).toEqual(["A1:C1"]);
    expect(ws.getCell("B1").type).toBe(ExcelJS.ValueType.Merge);
    expect(ws.getCell("A4").note).toBe("Met at VidCon");
    expect(ws.getCell("A3").font).toMatchObject({ bold: true, color: { argb: "FFFF0000" } });
    expect(ws.getCell("B3").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(ws.getColumn(3).hidden).toBe(true);
    expect(ws.getRow(5).hidden).toBe(true);
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, algorithmName: "SHA-512" });
  });

  it("moves notes, merges and hidden rows up with deleteRows, as Sheets does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "team-formatting-"));
    await teamFile(join(dir, "team.xlsx"));
    const workbook = await importXlsx(join(dir, "team.xlsx"));
    const sheet = workbook.sheet("Roster");
    sheet?.deleteRows(2, 1);
    expect(sheet?.team.noteAt(3, 1)).toBe("Met at VidCon");
    expect(sheet?.team.noteAt(4, 1)).toBe("");
    expect([...(sheet?.team.hiddenRows ?? [])]).toEqual([4]);
    sheet?.deleteRows(1, 1);
    expect(sheet?.team.merges).toEqual([]);
  });
});
