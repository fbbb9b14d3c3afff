import { headerKey } from "../../core/brief/longText";
import { zonedMidnight } from "../../core/dates";
import {
  type DraftSelection,
  type PlannedDraft,
  planDrafts,
  type RosterUpdate,
} from "../../core/outreach/drafts";
import { ROSTER } from "../../sheets/layouts/roster";
import { asWritten, columnBlock } from "../../sheets/plan";
import type { WorkbookPort } from "../../workbook/port";
import type { AddonContext } from "../context";
import { todayOf } from "./clock";
import { appendOutreachLog, draftedToday } from "./outreachLog";
import { rosterValue } from "./recipients";
import { existingColumn, type RosterRead, readRoster } from "./roster";
import { SidebarError } from "./rpc";
import { findTemplate, readTemplates } from "./templateStore";
import type { DraftOutcome } from "./types";

export interface DraftsInput {
  templateId: string;
  selection: DraftSelection;
  /** The handle the sidebar showed on each selected row, so a Roster sorted since is not drafted to the wrong person. */
  expected?: { row: number; handle: string }[];
}

/**
 * "Create Gmail drafts": never sends. Drafts what planDrafts allows, then, for the drafts Gmail made,
 * sets Last contacted to today, moves Prospect to Contacted, and logs each draft.
 */
export function createDrafts(context: AddonContext, input: DraftsInput): DraftOutcome {
  const { workbook } = context;
  const roster = readRoster(workbook);
  if (!roster) {
    throw new SidebarError(
      'There is no "Roster" sheet; set it up from the Influencer Desk menu first.',
      "selection",
    );
  }
  const stored = readTemplates(workbook);
  if (!stored) throw new SidebarError("There are no outreach templates yet; reload the sidebar.", "template");
  const template = findTemplate(stored, input.templateId);
  const { selection: asked } = input;
  if (
    "rows" in asked ? asked.rows.length === 0 : !asked.filter.status?.length && !asked.filter.tier?.length
  ) {
    throw new SidebarError(
      "Select at least one creator, or choose a status or tier to filter by.",
      "selection",
    );
  }
  const today = todayOf(context);
  const quota = context.mail.remainingDailyQuota();
  const { selection, moved } = withoutMovedRows(roster, input);
  const plan = planDrafts({ roster: roster.data.rows, selection, template, remainingQuota: quota, today });

  const outcome: DraftOutcome = {
    created: [],
    skipped: [...moved, ...plan.skipped],
    notes: [],
    roster: roster.data,
    quota,
  };
  const already = draftedToday(workbook, template.name, today);
  const fresh = plan.drafts.filter((draft) => !already.has(headerKey(draft.handle)));
  for (const draft of plan.drafts) {
    if (fresh.includes(draft)) continue;
    outcome.skipped.push({
      row: draft.row,
      handle: draft.handle,
      reason: `Already drafted today with "${template.name}" (see the Outreach log); no second draft was made.`,
    });
  }
  const made: PlannedDraft[] = [];
  for (const [index, draft] of fresh.entries()) {
    try {
      const draftId = context.mail.createDraft(draft.to, draft.subject, draft.body);
      made.push(draft);
      outcome.created.push({ row: draft.row, handle: draft.handle, draftId, emptyFields: draft.emptyFields });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome.notes.push(`Gmail refused the draft for ${draft.handle || `row ${draft.row}`}: ${message}`);
      for (const rest of fresh.slice(index)) {
        outcome.skipped.push({
          row: rest.row,
          handle: rest.handle,
          reason: "Not drafted: Gmail stopped before this creator.",
        });
      }
      break;
    }
  }
  outcome.skipped.sort((a, b) => a.row - b.row);
  if (made.length === 0) return outcome;

  const madeRows = new Set(made.map((draft) => draft.row));
  updateRoster(
    workbook,
    roster,
    plan.updates.filter((update) => madeRows.has(update.row)),
    today,
    outcome.notes,
  );
  appendOutreachLog(
    workbook,
    outcome.created.map((draft) => ({
      date: today,
      handle: draft.handle,
      template: template.name,
      draftId: draft.draftId,
    })),
  );
  outcome.roster = readRoster(workbook)?.data ?? roster.data;
  outcome.quota = Math.max(0, quota - made.length);
  return outcome;
}

function withoutMovedRows(
  roster: RosterRead,
  input: DraftsInput,
): { selection: DraftSelection; moved: DraftOutcome["skipped"] } {
  if (!("rows" in input.selection) || !input.expected) return { selection: input.selection, moved: [] };
  const byRow = new Map(roster.data.rows.map((entry) => [entry.row, entry]));
  const moved: DraftOutcome["skipped"] = [];
  for (const { row, handle } of input.expected) {
    const entry = byRow.get(row);
    const now = entry ? rosterValue(entry, "Handle") : "";
    if (entry && headerKey(now) !== headerKey(handle)) {
      moved.push({
        row,
        handle,
        reason: `Row ${row} now holds ${now || "another creator"}: the Roster changed since the sidebar loaded it. Reload the list and select again.`,
      });
    }
  }
  const skip = new Set(moved.map((entry) => entry.row));
  return { selection: { rows: input.selection.rows.filter((row) => !skip.has(row)) }, moved };
}

/**
 * One write per column, from the first to the last drafted row: Last contacted and Status change for
 * drafted creators only, and the cells between them are written back as they were.
 */
function updateRoster(
  workbook: WorkbookPort,
  roster: RosterRead,
  updates: RosterUpdate[],
  today: string,
  notes: string[],
): void {
  const sheet = workbook.sheet(ROSTER.name);
  if (!sheet || updates.length === 0) return;
  const lastContacted = existingColumn(roster.layout, "lastContacted");
  const status = existingColumn(roster.layout, "status");
  if (lastContacted === undefined) {
    notes.push(
      'The Roster has no "Last contacted" column, so no dates were written; add one with "Set up one sheet › Roster".',
    );
  } else {
    const day = zonedMidnight(today, workbook.timeZone);
    const dates = new Map(updates.map((update) => [update.row, day] as const));
    for (const run of columnBlock(lastContacted, dates, (row) =>
      asWritten(roster.snapshot, row, lastContacted),
    )) {
      sheet.write(run.row, run.col, run.cells);
    }
  }
  // Only a creator read as a Prospect is promoted, and that status was read from this column.
  const promoted = updates.filter((update) => update.status === "Contacted");
  if (status === undefined || promoted.length === 0) return;
  const contacted = new Map(promoted.map((update) => [update.row, "Contacted"] as const));
  for (const run of columnBlock(status, contacted, (row) => asWritten(roster.snapshot, row, status))) {
    sheet.write(run.row, run.col, run.cells);
  }
}
