import { type RefreshResult, refreshSheets, type SheetName } from "../../sheets/refresh";
import type { AddonContext } from "../context";

export const SET_UP_TITLE = "Influencer Desk: set up sheets";
const TOAST_EVERY_MS = 3000;

/** Builds or refreshes sheets, with a toast per sheet, and says what changed. */
export function setUpSheets(context: AddonContext, targets: SheetName[]): string {
  context.workbook.toast("Reading your sheets…", SET_UP_TITLE);
  // Each toast is a round trip; one a few seconds after the last is as much as anyone can read.
  let shown = Date.now();
  const result = refreshSheets(context.workbook, targets, (message) => {
    if (Date.now() - shown < TOAST_EVERY_MS) return;
    shown = Date.now();
    context.workbook.toast(message, SET_UP_TITLE);
  });
  return summarise(result);
}

export function summarise(result: RefreshResult): string {
  const created = result.sheets.filter((s) => s.created).map((s) => s.name);
  const updated = result.sheets.filter((s) => !s.created && s.changes > 0).map((s) => s.name);
  const parts: string[] = [];
  if (created.length > 0) parts.push(`Created ${created.join(", ")}.`);
  if (updated.length > 0) parts.push(`Updated ${updated.join(", ")}.`);
  if (parts.length === 0) parts.push("Everything was already up to date; nothing changed.");
  // Where a column of ours holds the team's own formulas or values, say so rather than change them.
  for (const sheet of result.sheets) parts.push(...sheet.notes.map((note) => `${note}.`));
  return parts.join(" ");
}
