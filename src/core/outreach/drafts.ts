import * as z from "zod/mini";
import { headerKey } from "../brief/longText";
import { count } from "../text";
import { asFields, BRIEF_LINK, fieldsIn, type MergeSource, mergeTemplate, unknownFieldsFor } from "./merge";
import { isDraftAddress } from "./mime";
import { creatorKey, DRAFTS_PER_DAY_LABEL } from "./outreachLog";

/** One Roster row as read: its 1-based sheet row and every cell as text, keyed by header. */
export interface RosterRow {
  row: number;
  values: Record<string, string>;
}

/** Which creators the sidebar asked for: rows the user selected, or everyone matching a filter. */
export const DraftSelectionSchema = z.lazy(() =>
  z.union([
    z.object({ rows: z.array(z.number().check(z.int(), z.minimum(1))).check(z.maxLength(5_000)) }),
    z.object({
      filter: z.object({
        status: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50))),
        tier: z.optional(z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50))),
      }),
    }),
  ]),
);
export type DraftSelection = z.output<typeof DraftSelectionSchema>;

export interface DraftRequest {
  roster: RosterRow[];
  selection: DraftSelection;
  template: MergeSource;
  /** Drafts the team's cap (Settings › Drafts per day) still allows today, and the cap itself. */
  allowance: { left: number; cap: number };
  /**
   * Creators (by creatorKey) the Outreach log shows with this template today, and why each is
   * skipped: no retry may leave a creator a second draft.
   */
  earlier?: ReadonlyMap<string, string>;
  /** "YYYY-MM-DD" */
  today: string;
}

export interface PlannedDraft {
  row: number;
  handle: string;
  /** The Creator column: the display name in the To header. */
  name: string;
  /** The addresses as typed, one or more. */
  recipients: string[];
  /** The same, joined for people to read. */
  to: string;
  subject: string;
  body: string;
  /** Fields blank for this creator: the draft is made, but worth a look before sending. */
  emptyFields: string[];
}

export interface SkippedCreator {
  row: number;
  handle: string;
  reason: string;
}

export interface RosterUpdate {
  row: number;
  lastContacted: string;
  /** Only set when a Prospect becomes Contacted; any other status is the team's to change. */
  status?: "Contacted";
}

export interface DraftPlan {
  drafts: PlannedDraft[];
  skipped: SkippedCreator[];
  updates: RosterUpdate[];
}

const EMAIL_HEADERS = ["email", "e-mail", "email address", "e-mail address"];
const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;".]+(\.[^\s@<>,;".]+)+$/;

/**
 * Plans "Create Gmail drafts" without touching Gmail: who gets which merged e-mail, who is skipped
 * and why (so the user can fix the Roster), and which Roster cells change once the drafts exist.
 */
export function planDrafts(request: DraftRequest): DraftPlan {
  const plan: DraftPlan = { drafts: [], skipped: [], updates: [] };
  const headers = [...new Set(request.roster.flatMap((creator) => Object.keys(creator.values)))];
  const unknown = unknownFieldsFor(request.template, headers);
  const left = Math.max(0, Math.floor(request.allowance.left) || 0);
  const link = headerKey(BRIEF_LINK);
  // A "Your brief is here: " with nothing after it would also block the proper draft all day.
  const needsLink = fieldsIn(request.template).some((field) => headerKey(field) === link);
  for (const creator of selectedRows(request)) {
    const handle = cellText(creator, ["handle"]) || cellText(creator, ["creator"]);
    const skip = (reason: string) => plan.skipped.push({ row: creator.row, handle, reason });
    if (isBlankRow(creator)) {
      skip(`Row ${creator.row} has no creator on the Roster.`);
      continue;
    }
    const address = cellText(creator, EMAIL_HEADERS);
    if (address === "") {
      skip("No e-mail address in the Email column.");
      continue;
    }
    const recipients = address
      .split(/[,;]/)
      .map((part) => part.trim())
      .filter((part) => part !== "");
    const invalid = recipients.find((part) => !ADDRESS.test(part));
    if (invalid !== undefined) {
      skip(`The e-mail address ${JSON.stringify(invalid)} is not valid.`);
      continue;
    }
    const unsendable = recipients.find((part) => !isDraftAddress(part));
    if (unsendable !== undefined) {
      skip(
        `The e-mail address ${JSON.stringify(unsendable)} has letters outside plain ASCII, which a draft's To line cannot carry; type the address the creator's mail provider gives in ASCII.`,
      );
      continue;
    }
    if (unknown.length > 0) {
      skip(
        `The template uses ${asFields(unknown)}, which ${unknown.length === 1 ? "is not a Roster column" : "are not Roster columns"}; add the column or fix the field.`,
      );
      continue;
    }
    if (needsLink && cellText(creator, [link]) === "") {
      skip("No brief Doc yet — create it in Briefs first.");
      continue;
    }
    const earlier = request.earlier?.get(creatorKey(handle, recipients.join(", ")));
    if (earlier !== undefined) {
      skip(earlier);
      continue;
    }
    if (plan.drafts.length >= left) {
      skip(
        `Over the team's cap of ${count(request.allowance.cap, "draft")} a day (Settings › ${DRAFTS_PER_DAY_LABEL}); ${left} left today. Run "Create Gmail drafts" again tomorrow for this creator.`,
      );
      continue;
    }
    const merged = mergeTemplate(request.template, creator.values);
    plan.drafts.push({
      row: creator.row,
      handle,
      name: cellText(creator, ["creator", "name"]),
      recipients,
      to: recipients.join(", "),
      subject: merged.subject,
      body: merged.body,
      emptyFields: merged.emptyFields,
    });
    const isProspect = headerKey(cellText(creator, ["status"])) === "prospect";
    plan.updates.push(
      isProspect
        ? { row: creator.row, lastContacted: request.today, status: "Contacted" }
        : { row: creator.row, lastContacted: request.today },
    );
  }
  return plan;
}

function selectedRows(request: DraftRequest): RosterRow[] {
  const { selection, roster } = request;
  if ("rows" in selection) {
    const byRow = new Map(roster.map((creator) => [creator.row, creator]));
    const wanted = [...new Set(selection.rows)].sort((a, b) => a - b);
    return wanted.map((row) => byRow.get(row) ?? { row, values: {} });
  }
  const status = new Set((selection.filter.status ?? []).map(headerKey));
  const tier = new Set((selection.filter.tier ?? []).map(headerKey));
  return roster.filter(
    (creator) =>
      !isBlankRow(creator) &&
      (status.size === 0 || status.has(headerKey(cellText(creator, ["status"])))) &&
      (tier.size === 0 || tier.has(headerKey(cellText(creator, ["tier"])))),
  );
}

function cellText(creator: RosterRow, names: string[]): string {
  for (const [header, value] of Object.entries(creator.values)) {
    if (names.includes(headerKey(header)) && value.trim() !== "") return value.trim();
  }
  return "";
}

function isBlankRow(creator: RosterRow): boolean {
  return Object.values(creator.values).every((value) => value.trim() === "");
}
