import { messageOf } from "../../core/errors";
import type { PlannedDraft } from "../../core/outreach/drafts";
import type { DraftMessage } from "../../core/outreach/mime";
import { DRAFT_STATUS, type LogEntry } from "../../core/outreach/outreachLog";
import { htmlFromPlainText } from "../../core/outreach/plainTextHtml";
import type { CreatedDraft } from "../../platform/draftsPort";
import type { OutreachLogWriter } from "../../sheets/stores/outreachLog";
import type { AddonContext } from "../context";
import type { DraftSetup } from "./draftPlan";

/**
 * Apps Script stops a run after 6 minutes (https://developers.google.com/apps-script/guides/services/quotas,
 * "Script runtime"), drafts made or not. The loop stops well before, leaving time to update the Roster
 * and answer; the next click continues, skipping everyone the log shows as drafted today.
 */
export const DRAFT_TIME_BUDGET_MS = 4 * 60_000;

export interface MadeDraft {
  draft: PlannedDraft;
  created: CreatedDraft;
}

export interface DraftRun {
  made: MadeDraft[];
  /** Drafts not tried, and why the loop stopped before them. */
  notTried: PlannedDraft[];
  stop: { kind: "time" } | { kind: "gmail"; draft: PlannedDraft; message: string } | null;
  /** A failure after which nothing more may be written (the log could not be written). */
  failure: unknown;
}

/**
 * Makes the planned drafts one by one. Each creator's log row is written before Gmail is asked and
 * completed after, so the row (today, template id, creator) is there even when the run is stopped
 * or the completing write fails, and no retry drafts that creator again.
 */
export function makeDrafts(
  context: AddonContext,
  setup: DraftSetup,
  log: OutreachLogWriter,
  startedAt: number,
): DraftRun {
  const run: DraftRun = { made: [], notTried: [], stop: null, failure: null };
  const drafts = setup.plan.drafts;
  for (const [index, draft] of drafts.entries()) {
    if (run.made.length > 0 && context.now().getTime() - startedAt >= DRAFT_TIME_BUDGET_MS) {
      run.stop = { kind: "time" };
      run.notTried = drafts.slice(index);
      break;
    }
    const step = makeOne(context, setup, log, draft);
    if (step.created) run.made.push({ draft, created: step.created });
    if (step.refused !== undefined) run.stop = { kind: "gmail", draft, message: step.refused };
    if (step.failure !== undefined) run.failure = step.failure;
    if (step.refused !== undefined || step.failure !== undefined) {
      run.notTried = drafts.slice(step.created ? index + 1 : index);
      break;
    }
  }
  return run;
}

interface Step {
  created?: CreatedDraft;
  /** Gmail's reason for refusing this draft. */
  refused?: string;
  failure?: unknown;
}

function makeOne(
  context: AddonContext,
  setup: DraftSetup,
  log: OutreachLogWriter,
  draft: PlannedDraft,
): Step {
  const entry = logEntry(setup, draft);
  let row: number;
  try {
    row = log.begin(entry);
    // The row must be stored before Gmail is asked, so a run stopped after the draft is made, or
    // another run reading the log, still finds it (Sheets buffers writes until a flush or the end).
    context.workbook.flush();
  } catch (failure) {
    return { failure };
  }
  let created: CreatedDraft;
  try {
    created = context.drafts.create(draftMessage(draft, context.now()));
  } catch (error) {
    try {
      log.finish(row, { ...entry, status: DRAFT_STATUS.refused });
    } catch (failure) {
      return { refused: messageOf(error), failure };
    }
    return { refused: messageOf(error) };
  }
  try {
    log.finish(row, { ...entry, status: DRAFT_STATUS.made, draftId: created.draftId, link: created.url });
  } catch (failure) {
    return { created, failure };
  }
  return { created };
}

function logEntry(setup: DraftSetup, draft: PlannedDraft): LogEntry {
  return {
    date: setup.today,
    handle: draft.handle,
    email: draft.to,
    template: setup.template.name,
    templateId: setup.template.id,
    status: DRAFT_STATUS.started,
    draftId: "",
    link: "",
  };
}

/** The merged e-mail as a MIME message: the creator's name on the To line when there is one address. */
function draftMessage(draft: PlannedDraft, date: Date): DraftMessage {
  const to = draft.recipients.map((email) =>
    draft.recipients.length === 1 && draft.name !== "" ? { email, name: draft.name } : { email },
  );
  return { to, subject: draft.subject, text: draft.body, html: htmlFromPlainText(draft.body), date };
}
