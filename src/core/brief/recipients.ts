import { disclosureForCreator } from "../disclosure/platforms";
import type { DeliverableLine, RosterEntry } from "../rpc/types";
import { headerKey } from "./longText";
import { type Platform, platformOf } from "./platforms";
import type { BriefRecipient } from "./render";
import type { Brief, BriefDeliverable } from "./schema";

/*
 * Shared by the sidebar's preview and the server's Google Doc, so both personalise a brief alike.
 * Imports types only from the brief schema: the sidebar bundle must not pull in zod.
 */

/** A Roster cell by header, as people retype headers (case and spacing ignored); "" when absent. */
export function rosterValue(creator: RosterEntry, header: string): string {
  const key = headerKey(header);
  for (const [name, value] of Object.entries(creator.values)) if (headerKey(name) === key) return value;
  return "";
}

/** Who a Roster row holds, as the sidebar or an earlier read saw it. */
export interface CreatorId {
  handle: string;
  email?: string;
  name?: string;
}

export const creatorIdOf = (creator: RosterEntry): CreatorId => ({
  handle: rosterValue(creator, "Handle"),
  email: rosterValue(creator, "Email"),
  name: rosterValue(creator, "Creator"),
});

/**
 * Whether two reads of a row show the same creator: by handle, and by e-mail and name when the
 * handle is blank, since "" equals "" for every creator without one and a sort moves them.
 */
export function sameCreator(a: CreatorId, b: CreatorId): boolean {
  const key = (c: CreatorId) =>
    headerKey(c.handle) || `\n${headerKey(c.email ?? "")}\n${headerKey(c.name ?? "")}`;
  return key(a) === key(b);
}

const handleKey = (handle: string) => headerKey(handle).replace(/^@/, "");

/**
 * The creator a personalised brief greets, with the deliverables they owe and the disclosure for
 * their platforms. Their deliverables are their rows on the Deliverables sheet for this campaign
 * that are not due before the draft (older rows belong to an earlier round), else all of the
 * brief's: a brief never loses a deliverable because the Roster names one platform.
 */
export function recipientFor(brief: Brief, creator: RosterEntry, lines: DeliverableLine[]): BriefRecipient {
  const name = rosterValue(creator, "Creator");
  const handle = rosterValue(creator, "Handle");
  const rosterPlatform = rosterValue(creator, "Platform");
  const theirs = sheetLinesFor(brief, handle, lines);
  const fromSheet = theirs.length > 0;
  const deliverables = fromSheet ? grouped(theirs, platformOf(rosterPlatform)) : brief.deliverables;
  const platforms = [...deliverables.map((deliverable) => deliverable.platform), rosterPlatform];
  return {
    name,
    handle,
    deliverables,
    source: fromSheet ? "sheet" : "brief",
    disclosure: disclosureForCreator(brief.mandatory.disclosure, platforms),
  };
}

/** This creator's Deliverables rows for the brief's campaign, leaving out any due before the draft. */
function sheetLinesFor(brief: Brief, handle: string, lines: DeliverableLine[]): DeliverableLine[] {
  const campaign = headerKey(brief.campaign);
  const draftDue = brief.timeline.draftDue;
  if (campaign === "" || handleKey(handle) === "") return [];
  return lines.filter(
    (line) =>
      headerKey(line.campaign) === campaign &&
      handleKey(line.handle) === handleKey(handle) &&
      !(draftDue !== "" && line.dueDate !== "" && line.dueDate < draftDue),
  );
}

/** Identical lines (same format and due date) become one deliverable with a quantity. */
function grouped(lines: DeliverableLine[], fallback: Platform): BriefDeliverable[] {
  const byKey = new Map<string, BriefDeliverable>();
  for (const line of lines) {
    const key = `${headerKey(line.format)}|${line.dueDate}`;
    const known = byKey.get(key);
    if (known) known.quantity += 1;
    else {
      const platform = platformOf(line.format);
      byKey.set(key, {
        platform: platform === "Other" ? fallback : platform,
        format: line.format.trim(),
        quantity: 1,
        dueDate: line.dueDate,
      });
    }
  }
  return [...byKey.values()].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
