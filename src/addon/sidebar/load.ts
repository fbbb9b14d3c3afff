import { rosterValue } from "../../core/brief/recipients";
import { BRIEF_LIMITS, DELIVERABLE_FORMATS, OBJECTIVES, PLATFORMS } from "../../core/brief/schema";
import { messageOf } from "../../core/errors";
import { TEMPLATE_LIMITS } from "../../core/outreach/templates";
import type { DraftAllowance, RosterData, SidebarData } from "../../core/rpc/types";
import { readDisclosureTerms } from "../../sheets/disclosureTerms";
import { STATUSES } from "../../sheets/layouts/lists";
import { listBriefs } from "../../sheets/stores/briefStore";
import { draftAllowance } from "../../sheets/stores/outreachLog";
import { readCampaigns, readDeliverables } from "../../sheets/stores/programSheets";
import { noRoster, readRoster } from "../../sheets/stores/roster";
import { ensureTemplates } from "../../sheets/stores/templateStore";
import type { AddonContext } from "../context";
import { PERSONALISED_DOCS } from "./briefActions";
import { nowIso, todayOf } from "./clock";

const TIER_ORDER = ["below nano", "nano", "micro", "mid-tier", "macro", "mega"];

/** Tiers found on the Roster, smallest first, for the draft filter. */
function tiersIn(roster: RosterData): string[] {
  const found = new Set(
    roster.rows.map((entry) => rosterValue(entry, "Tier").trim()).filter((tier) => tier !== ""),
  );
  const rank = (tier: string) => {
    const index = TIER_ORDER.indexOf(tier.toLowerCase());
    return index === -1 ? TIER_ORDER.length : index;
  };
  return [...found].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Our statuses, then any others the team uses on the Roster. */
function statusesIn(roster: RosterData): string[] {
  const statuses = [...STATUSES];
  for (const entry of roster.rows) {
    const status = rosterValue(entry, "Status").trim();
    if (status !== "" && !statuses.some((known) => known.toLowerCase() === status.toLowerCase())) {
      statuses.push(status);
    }
  }
  return statuses;
}

/**
 * Everything the sidebar shows when it opens. A sheet it cannot read becomes a note, so the Briefs
 * tab still works when the Roster is missing. The first time, the starter templates are written.
 */
export function loadSidebar(context: AddonContext): SidebarData {
  const { workbook } = context;
  const notes: string[] = [];
  let roster: RosterData = { headers: [], rows: [] };
  try {
    const read = readRoster(workbook);
    if (read) roster = read.data;
    else notes.push(noRoster(workbook, "to draft e-mails"));
  } catch (error) {
    notes.push(messageOf(error));
  }
  let quota: DraftAllowance | null = null;
  try {
    quota = draftAllowance(workbook, todayOf(context));
  } catch (error) {
    console.error("Reading today's drafts from the Outreach log failed", error);
  }
  const disclosure = readDisclosureTerms(workbook);
  if (disclosure.problem !== null) notes.push(disclosure.problem);
  return {
    spreadsheet: workbook.name,
    today: todayOf(context),
    locale: workbook.locale,
    lists: {
      objectives: [...OBJECTIVES],
      platforms: [...PLATFORMS],
      formats: [...DELIVERABLE_FORMATS],
      statuses: statusesIn(roster),
      tiers: tiersIn(roster),
    },
    limits: {
      briefText: {
        short: BRIEF_LIMITS.shortText,
        medium: BRIEF_LIMITS.mediumText,
        long: BRIEF_LIMITS.longText,
        summary: BRIEF_LIMITS.summary,
        keyMessage: BRIEF_LIMITS.keyMessage,
      },
      keyMessages: BRIEF_LIMITS.keyMessages,
      deliverables: BRIEF_LIMITS.deliverables,
      quantity: BRIEF_LIMITS.quantity,
      template: { ...TEMPLATE_LIMITS },
      personalisedDocs: PERSONALISED_DOCS,
    },
    campaigns: readCampaigns(workbook, notes),
    roster,
    deliverables: readDeliverables(workbook, notes),
    briefs: listBriefs(workbook),
    templates: ensureTemplates(workbook, context.assets, nowIso(context)).templates,
    disclosureTerms: disclosure.rows,
    quota,
    notes,
  };
}
