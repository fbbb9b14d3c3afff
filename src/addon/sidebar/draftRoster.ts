import { type CreatorId, creatorIdOf, rosterValue, sameCreator } from "../../core/brief/recipients";
import { zonedMidnight } from "../../core/dates";
import type { DraftSelection, RosterUpdate, SkippedCreator } from "../../core/outreach/drafts";
import { existingColumn, type RosterRead, readRoster } from "../../sheets/stores/roster";
import type { WorkbookPort } from "../../workbook/port";

/** Ticked rows with the creator the sidebar showed, so a Roster sorted since is not drafted to the wrong person. */
export interface ExpectedRow extends CreatorId {
  row: number;
}

/** The selection without rows that now hold another creator than the sidebar showed, and why. */
export function withoutMovedRows(
  roster: RosterRead,
  selection: DraftSelection,
  expected: ExpectedRow[] | undefined,
): { selection: DraftSelection; moved: SkippedCreator[] } {
  if (!("rows" in selection) || !expected) return { selection, moved: [] };
  const byRow = new Map(roster.data.rows.map((entry) => [entry.row, entry]));
  const moved: SkippedCreator[] = [];
  for (const { row, ...shown } of expected) {
    const entry = byRow.get(row);
    if (entry && !sameCreator(creatorIdOf(entry), shown)) {
      const now = rosterValue(entry, "Handle") || rosterValue(entry, "Creator");
      moved.push({
        row,
        handle: shown.handle,
        reason: `Row ${row} now holds ${now || "another creator"}: the Roster changed since the sidebar loaded it. Reload the list and select again.`,
      });
    }
  }
  const skip = new Set(moved.map((entry) => entry.row));
  return { selection: { rows: selection.rows.filter((row) => !skip.has(row)) }, moved };
}

/**
 * Sets Last contacted and moves Prospect to Contacted for the drafted creators only, each column in
 * one call that touches no other cell. The Roster is read again first: Gmail took a while, and a
 * teammate may have edited or sorted it meanwhile, so a row is updated only if it still holds the
 * creator who was drafted, and a status only if it still reads Prospect.
 */
export function updateRoster(
  workbook: WorkbookPort,
  drafted: RosterRead,
  updates: RosterUpdate[],
  today: string,
  notes: string[],
): void {
  const now = readRoster(workbook);
  // The team's tab that plays the Roster ("Creators"), as the read found it.
  const sheet = now ? workbook.sheet(now.layout.tab) : null;
  if (!sheet || !now || updates.length === 0) return;
  const before = new Map(drafted.data.rows.map((entry) => [entry.row, entry]));
  const current = new Map(now.data.rows.map((entry) => [entry.row, entry]));
  const still = updates.filter((update) => {
    const was = before.get(update.row);
    const is = current.get(update.row);
    return was !== undefined && is !== undefined && sameCreator(creatorIdOf(was), creatorIdOf(is));
  });
  if (still.length < updates.length) {
    notes.push(
      `The Roster changed while the drafts were made, so ${updates.length - still.length} row(s) were left as they are; check Last contacted and Status there.`,
    );
  }
  const lastContacted = existingColumn(now.layout, "lastContacted");
  const status = existingColumn(now.layout, "status");
  if (lastContacted === undefined) {
    notes.push(
      'The Roster has no "Last contacted" column, so no dates were written; add one with "Set up one sheet › Roster".',
    );
  } else if (still.length > 0) {
    sheet.fill(
      still.map((update) => ({ row: update.row, col: lastContacted })),
      zonedMidnight(today, workbook.timeZone),
    );
  }
  if (status === undefined) return;
  const promoted = still.filter((update) => {
    const entry = current.get(update.row);
    return (
      update.status === "Contacted" && entry !== undefined && rosterValue(entry, "Status") === "Prospect"
    );
  });
  if (promoted.length > 0) {
    sheet.fill(
      promoted.map((update) => ({ row: update.row, col: status })),
      "Contacted",
    );
  }
}
