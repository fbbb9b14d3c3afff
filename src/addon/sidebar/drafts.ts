import { messageOf } from "../../core/errors";
import { OUTREACH_LOG_SHEET } from "../../core/outreach/outreachLog";
import { SidebarError } from "../../core/rpc/result";
import type { DraftOutcome } from "../../core/rpc/types";
import { count } from "../../core/text";
import { openOutreachLog } from "../../sheets/stores/outreachLog";
import { readRoster } from "../../sheets/stores/roster";
import type { AddonContext } from "../context";
import { type DraftSetup, type DraftsInput, draftSetup } from "./draftPlan";
import { updateRoster } from "./draftRoster";
import { DRAFT_TIME_BUDGET_MS, type DraftRun, makeDrafts } from "./draftRun";

/**
 * "Create Gmail drafts": never sends. Drafts what the plan allows, logging each draft as it is made,
 * then, for the drafts Gmail made, sets Last contacted to today and moves Prospect to Contacted.
 */
export function createDrafts(context: AddonContext, input: DraftsInput): DraftOutcome {
  const startedAt = context.now().getTime();
  const setup = draftSetup(context, input);
  if (setup.plan.drafts.length === 0) return outcomeOf(setup, NOTHING_DONE);
  const log = openOutreachLog(context.workbook, setup.plan.drafts.length);
  const run = makeDrafts(context, setup, log, startedAt);
  const outcome = outcomeOf(setup, run);
  if (run.made.length === 0) {
    if (run.failure !== null) throw run.failure;
    return outcome;
  }
  try {
    const madeRows = new Set(run.made.map(({ draft }) => draft.row));
    const updates = setup.plan.updates.filter((update) => madeRows.has(update.row));
    updateRoster(context.workbook, setup.roster, updates, setup.today, outcome.notes);
    outcome.roster = readRoster(context.workbook)?.data ?? setup.roster.data;
  } catch (error) {
    run.failure ??= error;
  }
  if (run.failure !== null) throw failureAfterDrafts(run);
  return outcome;
}

const NOTHING_DONE: DraftRun = { made: [], notTried: [], stop: null, failure: null };

function outcomeOf(setup: DraftSetup, run: DraftRun): DraftOutcome {
  const outcome: DraftOutcome = {
    created: run.made.map(({ draft, created }) => ({
      row: draft.row,
      handle: draft.handle,
      name: draft.name,
      email: draft.to,
      draftId: created.draftId,
      url: created.url,
      emptyFields: draft.emptyFields,
    })),
    skipped: [...setup.plan.skipped],
    notes: [],
    roster: setup.roster.data,
    quota: { left: Math.max(0, setup.quota.left - run.made.length), cap: setup.quota.cap },
  };
  const { stop } = run;
  if (stop?.kind === "gmail") {
    outcome.notes.push(
      `Gmail refused the draft for ${stop.draft.handle || `row ${stop.draft.row}`}: ${stop.message}`,
    );
  }
  if (stop?.kind === "time") {
    outcome.notes.push(
      `Stopped after ${DRAFT_TIME_BUDGET_MS / 60_000} minutes to stay inside Apps Script's 6-minute limit: ${count(run.made.length, "draft")} made, ${run.notTried.length} left. Click "Create Gmail drafts" again to continue; creators drafted today are skipped.`,
    );
  }
  const reason =
    stop?.kind === "time"
      ? 'Not drafted yet: the run stopped at its time limit. Click "Create Gmail drafts" again to continue.'
      : "Not drafted: Gmail stopped before this creator.";
  for (const draft of run.notTried) outcome.skipped.push({ row: draft.row, handle: draft.handle, reason });
  outcome.skipped.sort((a, b) => a.row - b.row);
  return outcome;
}

/**
 * A failure once Gmail has made drafts: the message names them, since the user would otherwise
 * believe nothing happened, and says a retry leaves them alone (their log rows were written first).
 */
function failureAfterDrafts(run: DraftRun): SidebarError {
  const made = run.made.map(
    ({ draft }) => `${draft.name || draft.handle || `row ${draft.row}`} <${draft.to}>`,
  );
  return new SidebarError(
    `Creating Gmail drafts stopped: ${messageOf(run.failure)} Gmail had already made ${count(run.made.length, "draft")}, for ${made.join(", ")}; they are in Gmail's Drafts and in the Outreach log, so trying again does not draft them twice.`,
  );
}

/** "Outreach log" in the results: shows the sheet, which holds each draft's row, id and link. */
export function openOutreachLogSheet(context: AddonContext): boolean {
  if (context.workbook.sheet(OUTREACH_LOG_SHEET) === null) return false;
  context.workbook.activate(OUTREACH_LOG_SHEET);
  return true;
}
