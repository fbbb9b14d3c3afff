import type { FieldError } from "../../core/brief/fieldErrors";
import { headerKey } from "../../core/brief/longText";
import { type CreatorId, creatorIdOf, sameCreator } from "../../core/brief/recipients";
import type { Brief } from "../../core/brief/schema";
import { BRIEF_COLUMNS, BRIEFS_SHEET, briefToRow, rowToBrief } from "../../core/brief/store";
import { BRIEF_LINK } from "../../core/outreach/merge";
import { SidebarError } from "../../core/rpc/result";
import type { BriefSummary } from "../../core/rpc/types";
import type { WorkbookPort, WriteCell } from "../../workbook/port";
import { lastUsedColumn, rowTexts } from "../layout";
import { at, cellText, columnRuns } from "../plan";
import { type KeyedSheet, openKeyedSheet, readKeyedSheet, recordText, writeRecord } from "./keyedSheet";
import { readRoster } from "./roster";

const idOf = (keyed: KeyedSheet, index: number) => recordText(keyed, index, "Brief id");

/** The saved briefs, newest first, for the sidebar's "Open" list. */
export function listBriefs(workbook: WorkbookPort): BriefSummary[] {
  const keyed = readKeyedSheet(workbook, BRIEFS_SHEET);
  if (!keyed) return [];
  const briefs: BriefSummary[] = [];
  keyed.records.forEach((_, index) => {
    const id = idOf(keyed, index);
    if (id !== "")
      briefs.push({
        id,
        campaign: recordText(keyed, index, "Campaign"),
        updatedAt: recordText(keyed, index, "Updated"),
      });
  });
  return briefs.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export function loadBrief(workbook: WorkbookPort, id: string): Brief {
  const keyed = readKeyedSheet(workbook, BRIEFS_SHEET);
  const index = keyed ? keyed.records.findIndex((_, i) => idOf(keyed, i) === id) : -1;
  const record = keyed?.records[index];
  if (!record) {
    throw new SidebarError(
      `There is no brief "${id}" on the "${BRIEFS_SHEET}" sheet; it may have been deleted. Pick another or start a new one.`,
      "briefId",
    );
  }
  const result = rowToBrief(record);
  if (!result.ok) throw new SidebarError(describe(id, result.errors), "briefId");
  return result.brief;
}

function describe(id: string, errors: FieldError[]): string {
  const first = errors[0];
  const where = first?.field ? ` (${first.field})` : "";
  return `Brief "${id}" on the "${BRIEFS_SHEET}" sheet could not be opened${where}: ${first?.message ?? "it is damaged."}`;
}

/** "B1", "B2"…: the next free id, never reusing one still on the sheet. */
export function nextBriefId(workbook: WorkbookPort): string {
  const numbers = listBriefs(workbook).map((brief) => Number(/^B(\d+)$/i.exec(brief.id)?.[1] ?? 0));
  return `B${Math.max(0, ...numbers) + 1}`;
}

/** Writes the brief over its row (same id) or below the last row. */
export function storeBrief(workbook: WorkbookPort, brief: Brief): void {
  const keyed = openKeyedSheet(workbook, BRIEFS_SHEET, BRIEF_COLUMNS);
  const index = keyed.records.findIndex((_, i) => idOf(keyed, i) === brief.id);
  const row = index === -1 ? keyed.records.length + 2 : index + 2;
  writeRecord(keyed, row, briefToRow(brief, keyed.headers));
}

/** A Doc link the add-on may write over: its own earlier link, never the team's other text. */
const DOC_LINK = /^https:\/\/docs\.google\.com\//;

/**
 * Writes each creator's brief Doc link to the Roster's "Brief link" column (made after the last
 * used column when missing), which fills {{brief link}} in the "Brief delivery" e-mail. A row is
 * written only while it still holds the creator the Doc was made for, and only where the cell is
 * empty or holds a Docs link. Answers why each row left alone was left.
 */
export function recordBriefLinks(
  workbook: WorkbookPort,
  links: { row: number; who: CreatorId; url: string }[],
): Map<number, string> {
  const left = new Map<number, string>();
  const roster = readRoster(workbook);
  const sheet = roster ? workbook.sheet(roster.layout.tab) : null;
  if (!roster || !sheet || links.length === 0) return left;
  const { snapshot, layout } = roster;
  const header = rowTexts(snapshot, layout.headerRow);
  const found = header.findIndex((name) => headerKey(name) === headerKey(BRIEF_LINK)) + 1;
  const col = found || lastUsedColumn(snapshot) + 1;
  const byRow = new Map(roster.data.rows.map((entry) => [entry.row, entry]));
  const cells = new Map<number, WriteCell>();
  for (const link of links) {
    const entry = byRow.get(link.row);
    const cell = at(snapshot, link.row, col);
    const text = cellText(cell.value).trim();
    if (!entry || !sameCreator(creatorIdOf(entry), link.who)) {
      left.set(
        link.row,
        `Roster row ${link.row} now holds another creator, so the link was not written there.`,
      );
    } else if (cell.formula !== "" || (text !== "" && !DOC_LINK.test(text))) {
      left.set(link.row, `Roster row ${link.row}'s ${BRIEF_LINK} holds other text, so it was left as it is.`);
    } else cells.set(link.row, { text: link.url });
  }
  for (const run of columnRuns(col, cells)) sheet.write(run.row, run.col, run.cells);
  // The header last: a run stopped before it finds no column and places it again.
  if (!found) sheet.write(layout.headerRow, col, [[{ text: BRIEF_LINK }]]);
  return left;
}
