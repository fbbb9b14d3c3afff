import { type DraftPlan, type DraftSelection, planDrafts } from "../../core/outreach/drafts";
import { DRAFT_STATUS } from "../../core/outreach/outreachLog";
import type { Template } from "../../core/outreach/templates";
import { SidebarError } from "../../core/rpc/result";
import type { DraftAllowance, DraftPreview } from "../../core/rpc/types";
import { FEATURE_SCOPES, scopeProblem } from "../../platform/scopesPort";
import { draftAllowance, readOutreachToday } from "../../sheets/stores/outreachLog";
import { noRoster, type RosterRead, readRoster } from "../../sheets/stores/roster";
import { findTemplate, readTemplates } from "../../sheets/stores/templateStore";
import type { AddonContext } from "../context";
import { todayOf } from "./clock";
import { type ExpectedRow, withoutMovedRows } from "./draftRoster";

export interface DraftsInput {
  templateId: string;
  selection: DraftSelection;
  /** The handle the sidebar showed on each selected row, so a Roster sorted since is not drafted to the wrong person. */
  expected?: ExpectedRow[];
}

/** Everything a click decides before Gmail is asked; the confirmation step shows the same. */
export interface DraftSetup {
  roster: RosterRead;
  template: Template;
  today: string;
  plan: DraftPlan;
  quota: DraftAllowance;
}

/**
 * Who gets a draft and who is skipped and why, from the Roster, the saved template and today's
 * Outreach log rows: creators already drafted today with this template, and those over the team's cap.
 */
export function draftSetup(context: AddonContext, input: DraftsInput): DraftSetup {
  const { workbook } = context;
  const denied = scopeProblem(context.scopes, FEATURE_SCOPES.drafts, "Nothing was drafted.");
  if (denied) throw new SidebarError(denied);
  const roster = readRoster(workbook);
  if (!roster) {
    throw new SidebarError(noRoster(workbook, "first"), "selection");
  }
  const stored = readTemplates(workbook);
  if (!stored) throw new SidebarError("There are no outreach templates yet; reload the sidebar.", "template");
  const template = findTemplate(stored, input.templateId);
  const asked = input.selection;
  if (
    "rows" in asked ? asked.rows.length === 0 : !asked.filter.status?.length && !asked.filter.tier?.length
  ) {
    throw new SidebarError(
      "Select at least one creator, or choose a status or tier to filter by.",
      "selection",
    );
  }
  const today = todayOf(context);
  const logged = readOutreachToday(workbook, template, today);
  const quota = draftAllowance(workbook, today);
  const earlier = new Map<string, string>();
  for (const [key, status] of logged.byCreator) earlier.set(key, earlierReason(template.name, status));
  const { selection, moved } = withoutMovedRows(roster, asked, input.expected);
  const plan = planDrafts({
    roster: roster.data.rows,
    selection,
    template,
    allowance: quota,
    today,
    earlier,
  });
  plan.skipped = [...moved, ...plan.skipped].sort((a, b) => a.row - b.row);
  return { roster, template, today, plan, quota };
}

function earlierReason(template: string, status: string): string {
  return status === DRAFT_STATUS.started
    ? `A draft with "${template}" was started today but its Outreach log row was never completed, so it may be in Gmail's Drafts; check there, and delete its "Drafting" row in the Outreach log to draft again.`
    : `Already drafted today with "${template}" (see the Outreach log); no second draft was made.`;
}

/** The confirmation step: the same plan as the click would make, nothing written. */
export function previewDrafts(context: AddonContext, input: DraftsInput): DraftPreview {
  const { template, plan, quota } = draftSetup(context, input);
  return {
    template: template.name,
    drafts: plan.drafts.map(({ row, handle, name, to, emptyFields }) => ({
      row,
      handle,
      name,
      email: to,
      emptyFields,
    })),
    skipped: plan.skipped,
    quota,
  };
}
