import ExcelJS from "exceljs";
import { type FakeAppsScript, installFakeAppsScript } from "../fakes/appsScript";
import type { TeamCase, TeamSheet } from "./corpus";

/** "#cfe2f3" as exceljs wants it. */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** The case as the .xlsx a team would download from Sheets or save from Excel. */
export async function teamXlsx(team: TeamCase, path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of team.sheets) {
    const ws = book.addWorksheet(sheet.name);
    sheet.rows.forEach((values, r) => {
      values.forEach((value, c) => {
        if (value === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
      });
    });
    await formatXlsxSheet(ws, sheet);
  }
  await book.xlsx.writeFile(path);
}

/** The case with its values only: what the team had before they formatted it. */
export function unformatted(team: TeamCase): TeamCase {
  return { ...team, sheets: team.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows })) };
}

/** Opens `from` (say, the add-on's result), adds the case's formatting to its sheets, saves as `to`. */
export async function formatXlsxFile(team: TeamCase, from: string, to: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  for (const sheet of team.sheets) {
    const ws = book.getWorksheet(sheet.name);
    if (ws) await formatXlsxSheet(ws, sheet);
  }
  await book.xlsx.writeFile(to);
}

async function formatXlsxSheet(ws: ExcelJS.Worksheet, sheet: TeamSheet): Promise<void> {
  for (const [area, format] of Object.entries(sheet.formats ?? {}))
    eachCell(ws, area, (cell) => (cell.numFmt = format));
  for (const [area, values] of Object.entries(sheet.dropdowns ?? {})) {
    eachCell(ws, area, (cell) => {
      cell.dataValidation = { type: "list", allowBlank: true, formulae: [`"${values.join(",")}"`] };
    });
  }
  for (const [a1, note] of Object.entries(sheet.notes ?? {})) ws.getCell(a1).note = note;
  for (const a1 of sheet.bold ?? []) ws.getCell(a1).font = { ...ws.getCell(a1).font, bold: true };
  for (const [a1, color] of Object.entries(sheet.fontColors ?? {})) {
    ws.getCell(a1).font = { ...ws.getCell(a1).font, color: { argb: argb(color) } };
  }
  for (const [a1, color] of Object.entries(sheet.fills ?? {})) {
    ws.getCell(a1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
  }
  for (const area of sheet.merges ?? []) ws.mergeCells(area);
  for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  for (const row of sheet.hiddenRows ?? []) ws.getRow(row).hidden = true;
  if (sheet.protect) await ws.protect("team", {});
}

function eachCell(ws: ExcelJS.Worksheet, area: string, visit: (cell: ExcelJS.Cell) => void): void {
  const [from = "", to = from] = area.split(":");
  const start = ws.getCell(from);
  const end = ws.getCell(to);
  for (let r = Number(start.row); r <= Number(end.row); r++) {
    for (let c = Number(start.col); c <= Number(end.col); c++) visit(ws.getCell(r, c));
  }
}

/** The case as a Google spreadsheet, in the Apps Script fakes (installed; call uninstall when done). */
export function teamFake(team: TeamCase): FakeAppsScript {
  const fake = installFakeAppsScript({
    spreadsheet: {
      name: team.name,
      timeZone: "UTC",
      sheets: team.sheets.map((sheet) => ({
        name: sheet.name,
        values: sheet.rows.map((row) =>
          row.map((value) => (typeof value === "string" && /^[-+@]/.test(value) ? `'${value}` : value)),
        ),
      })),
    },
    // The set-up menu opens the sidebar's mapping step when a tab or column of the team's is not mapped yet.
    htmlFiles: { Sidebar: "" },
  });
  formatFake(fake, team);
  fake.resetCalls();
  return fake;
}

/** Adds the case's formatting to the fake spreadsheet's sheets, as the team would by hand. */
export function formatFake(fake: FakeAppsScript, team: TeamCase): void {
  for (const sheet of team.sheets) {
    const target = fake.spreadsheet.getSheetByName(sheet.name);
    if (!target) throw new Error(`Corpus: no sheet ${sheet.name}`);
    for (const [area, format] of Object.entries(sheet.formats ?? {}))
      target.getRange(area).setNumberFormat(format);
    for (const [area, values] of Object.entries(sheet.dropdowns ?? {})) {
      target
        .getRange(area)
        .setDataValidation(fake.spreadsheetApp.newDataValidation().requireValueInList(values).build());
    }
    for (const [a1, note] of Object.entries(sheet.notes ?? {})) target.getRange(a1).setNote(note);
    for (const a1 of sheet.bold ?? []) target.getRange(a1).setFontWeight("bold");
    for (const [a1, color] of Object.entries(sheet.fontColors ?? {})) target.getRange(a1).setFontColor(color);
    for (const [a1, color] of Object.entries(sheet.fills ?? {})) target.getRange(a1).setBackground(color);
    for (const area of sheet.merges ?? []) target.getRange(area).merge();
    for (const col of sheet.hiddenColumns ?? []) target.hideColumns(col);
    for (const row of sheet.hiddenRows ?? []) target.hideRows(row);
    if (sheet.protect) target.protect().setDescription("team");
  }
}
