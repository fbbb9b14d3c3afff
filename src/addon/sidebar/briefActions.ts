import { briefErrors } from "../../core/brief/briefErrors";
import { creatorIdOf, recipientFor } from "../../core/brief/recipients";
import { renderBrief } from "../../core/brief/render";
import { type Brief, parseBrief } from "../../core/brief/schema";
import { messageOf } from "../../core/errors";
import { SidebarError } from "../../core/rpc/result";
import type { CreatedDoc, SavedBrief } from "../../core/rpc/types";
import { FEATURE_SCOPES, scopeProblem } from "../../platform/scopesPort";
import { listBriefs, nextBriefId, recordBriefLinks, storeBrief } from "../../sheets/stores/briefStore";
import { readCampaigns, readDeliverables } from "../../sheets/stores/programSheets";
import { readRoster } from "../../sheets/stores/roster";
import type { AddonContext } from "../context";
import { briefBlocks } from "./briefDoc";
import { nowIso, todayOf } from "./clock";

/** A Doc per creator takes a few seconds in Apps Script; this many stays well inside a run's 6 minutes. */
export const PERSONALISED_DOCS = 25;

/** A brief from the sidebar, checked against the schema; the first problem is named with its field. */
function briefFrom(input: Record<string, unknown>, id: string, updatedAt: string): Brief {
  const result = parseBrief({ ...input, id, updatedAt });
  if (result.ok) return result.brief;
  const first = result.errors[0];
  throw new SidebarError(first?.message ?? "The brief could not be read.", first?.field || undefined);
}

const givenId = (input: Record<string, unknown>) => (typeof input.id === "string" ? input.id.trim() : "");

/** Saves a brief as it is, finished or not (the sidebar shows what is still missing); a new one gets the next id. */
export function saveBrief(context: AddonContext, input: { brief: Record<string, unknown> }): SavedBrief {
  const id = givenId(input.brief) || nextBriefId(context.workbook);
  const brief = briefFrom(input.brief, id, nowIso(context));
  // The campaign is how the brief is found again in "Saved briefs"; one without it is a stray row.
  if (brief.campaign.trim() === "") {
    throw new SidebarError(
      "Not saved: add the campaign name first; saved briefs are listed by it.",
      "campaign",
    );
  }
  storeBrief(context.workbook, brief);
  return { brief, briefs: listBriefs(context.workbook) };
}

/**
 * "Create Google Doc": one Doc of the brief, or one per chosen Roster row, personalised. Only a
 * brief that passes every check (the campaign's dates included) goes to creators, and every row is
 * checked before the first Doc is made.
 */
export function createBriefDocs(
  context: AddonContext,
  input: { brief: Record<string, unknown>; rows: number[] },
): CreatedDoc[] {
  const { workbook } = context;
  const denied = scopeProblem(context.scopes, FEATURE_SCOPES.docs, "No Doc was made.");
  if (denied) throw new SidebarError(denied);
  const brief = briefFrom(input.brief, givenId(input.brief) || "new", nowIso(context));
  const notes: string[] = [];
  const campaign = readCampaigns(workbook, notes).find(
    (known) => known.name.trim().toLowerCase() === brief.campaign.trim().toLowerCase(),
  );
  const problem = briefErrors(brief, { campaign, today: todayOf(context), locale: workbook.locale })[0];
  if (problem) throw new SidebarError(`Fix this before making the Doc: ${problem.message}`, problem.field);
  if (input.rows.length === 0) {
    const preview = renderBrief(brief, workbook.locale);
    const { url } = context.docs.create(preview.title, briefBlocks(preview));
    return [{ title: preview.title, url, handle: "", deliverablesFrom: "" }];
  }
  const roster = readRoster(workbook)?.data.rows ?? [];
  const creators = [...new Set(input.rows)].map((row) => {
    const creator = roster.find((entry) => entry.row === row);
    if (!creator) {
      throw new SidebarError(
        `Roster row ${row} holds no creator any more; reload and pick again.`,
        "creators",
      );
    }
    return creator;
  });
  const lines = readDeliverables(workbook, notes);
  const docs = creators.map((creator) => {
    const recipient = recipientFor(brief, creator, lines);
    const preview = renderBrief(brief, workbook.locale, recipient);
    const title = `${preview.title} for ${recipient.handle || recipient.name}`;
    const { url } = context.docs.create(title, briefBlocks(preview));
    return {
      title,
      url,
      handle: recipient.handle,
      deliverablesFrom: recipient.source ?? "brief",
      row: creator.row,
      who: creatorIdOf(creator),
    };
  });
  let left: Map<number, string>;
  try {
    left = recordBriefLinks(workbook, docs);
  } catch (error) {
    // The Docs exist: answering an error would lose them, and a retry would make them twice.
    const note = `The link could not be written to the Roster (${messageOf(error)}); copy it from here.`;
    left = new Map(docs.map((doc) => [doc.row, note]));
  }
  return docs.map(({ row, who: _who, ...doc }) => {
    const note = left.get(row);
    return note ? { ...doc, note } : doc;
  });
}
