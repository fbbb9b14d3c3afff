import { headerKey } from "../../core/brief/longText";
import { rosterValue } from "../../core/brief/recipients";
import { zonedMidnight } from "../../core/dates";
import { messageOf } from "../../core/errors";
import {
  type DraftSelection,
  type PlannedDraft,
  planDrafts,
  type RosterUpdate,
} from "../../core/outreach/drafts";
import type { DraftMessage } from "../../core/outreach/mime";
import { htmlFromPlainText } from "../../core/outreach/plainTextHtml";
import { SidebarError } from "../../core/rpc/result";
import type { DraftOutcome } from "../../core/rpc/types";
import { appendOutreachLog, draftedToday } from "../../sheets/stores/outreachLog";
import { existingColumn, type RosterRead, readRoster } from "../../sheets/stores/roster";
import { findTemplate, readTemplates } from "../../sheets/stores/templateStore";
import type { WorkbookPort } from "../../workbook/port";
import type { AddonContext } from "../context";
import { todayOf } from "./clock";

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
  // A creator with neither handle nor name cannot be told apart in the log, so is never held back.
  const fresh = plan.drafts.filter(
    (draft) => headerKey(draft.handle) === "" || !already.has(headerKey(draft.handle)),
  );
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
      const { draftId, url } = context.drafts.create(draftMessage(draft, context.now()));
      made.push(draft);
      outcome.created.push({
        row: draft.row,
        handle: draft.handle,
        name: draft.name,
        email: draft.to,
        draftId,
        url,
        emptyFields: draft.emptyFields,
      });
    } catch (error) {
      const message = messageOf(error);
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

  // The log first: it is what keeps a second click from drafting these creators again.
  appendOutreachLog(
    workbook,
    outcome.created.map((draft) => ({
      date: today,
      handle: draft.handle,
      template: template.name,
      draftId: draft.draftId,
    })),
  );
  const madeRows = new Set(made.map((draft) => draft.row));
  updateRoster(
    workbook,
    roster,
    plan.updates.filter((update) => madeRows.has(update.row)),
    today,
    outcome.notes,
  );
  outcome.roster = readRoster(workbook)?.data ?? roster.data;
  outcome.quota = Math.max(0, quota - made.length);
  return outcome;
}

/** The merged e-mail as a MIME message: the creator's name on the To line when there is one address. */
function draftMessage(draft: PlannedDraft, date: Date): DraftMessage {
  const to = draft.recipients.map((email) =>
    draft.recipients.length === 1 && draft.name !== "" ? { email, name: draft.name } : { email },
  );
  return { to, subject: draft.subject, text: draft.body, html: htmlFromPlainText(draft.body), date };
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
 * Sets Last contacted and moves Prospect to Contacted for the drafted creators only, each column in
 * one call that touches no other cell. The Roster is read again first: Gmail took a while, and a
 * teammate may have edited or sorted it meanwhile, so a row is updated only if it still holds the
 * creator who was drafted, and a status only if it still reads Prospect.
 */
function updateRoster(
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
    return (
      was !== undefined &&
      is !== undefined &&
      headerKey(rosterValue(was, "Handle")) === headerKey(rosterValue(is, "Handle"))
    );
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
