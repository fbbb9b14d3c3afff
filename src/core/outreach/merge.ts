import { headerKey } from "../brief/longText";
import type { RosterData } from "../rpc/types";

export interface MergeSource {
  subject: string;
  body: string;
}

export interface Merged {
  subject: string;
  body: string;
  /** Fields with no Roster column, as the template spells them; they stay in the text as `{{field}}`. */
  unknownFields: string[];
  /** Fields whose column is blank for this creator; they merge as nothing. */
  emptyFields: string[];
}

// A field name is anything but braces and line breaks, so "{{ Avg link clicks }}" works and a stray
// "{{" in prose does not swallow the rest of the e-mail.
const FIELD = /\{\{([^{}\r\n]{1,100})\}\}/g;
const FIRST_NAME = "first name";
const CREATOR = "creator";
/**
 * The creator's personalised brief Doc. "Create Google Doc" writes each creator's link to the
 * Roster's "Brief link" column; before it has, the field is known but empty, not a typo.
 */
export const BRIEF_LINK = "Brief link";

/** The merge fields a template uses, each once (case and spacing ignored), as first written. */
export function fieldsIn(template: MergeSource): string[] {
  const seen = new Map<string, string>();
  for (const text of [template.subject, template.body]) {
    for (const match of text.matchAll(FIELD)) {
      const name = (match[1] ?? "").trim();
      if (name !== "" && !seen.has(headerKey(name))) seen.set(headerKey(name), name);
    }
  }
  return [...seen.values()];
}

/** Every key a merge can fill from this Roster: its headers and our names for its columns. */
export function mergeKeys(roster: RosterData): string[] {
  return [...new Set([...roster.headers, ...roster.rows.flatMap((entry) => Object.keys(entry.values))])];
}

/** Fields the template uses that no Roster header (nor {{first name}} or {{brief link}}) can fill. */
export function unknownFieldsFor(template: MergeSource, headers: string[]): string[] {
  const known = new Set(headers.map(headerKey));
  if (known.has(CREATOR)) known.add(FIRST_NAME);
  known.add(headerKey(BRIEF_LINK));
  return fieldsIn(template).filter((field) => !known.has(headerKey(field)));
}

/** "{{Handle}}, {{Tier}}": fields as the user types them. */
export const asFields = (fields: string[]) => fields.map((field) => `{{${field}}}`).join(", ");

/** What Save says of fields no Roster column fills, in the sidebar and on the server alike. */
export const unknownFieldsMessage = (unknown: string[]) =>
  `Not a Roster column: ${asFields(unknown)}. Add the column or fix the field; no drafts are made while it is there.`;

/**
 * Why a template cannot be saved against these merge keys (see mergeKeys), told by the field that
 * holds the unknown field (the body first, where most are typed); null when every field is known.
 */
export function unknownFieldProblem(
  template: MergeSource,
  keys: string[],
): { message: string; field: "subject" | "body" } | null {
  const unknown = unknownFieldsFor(template, keys);
  if (unknown.length === 0) return null;
  const inBody = unknownFieldsFor({ subject: "", body: template.body }, keys).length > 0;
  return { message: unknownFieldsMessage(unknown), field: inBody ? "body" : "subject" };
}

/**
 * Fills `{{fields}}` from one Roster row keyed by header. Values go in literally in one pass, so a
 * value that looks like template syntax ("{{Email}}", "$&") is never read again; making the result
 * safe for HTML is the view's job.
 */
export function mergeTemplate(template: MergeSource, row: Record<string, string>): Merged {
  const values = new Map<string, string>();
  for (const [header, value] of Object.entries(row)) {
    const key = headerKey(header);
    if (!values.has(key)) values.set(key, value);
  }
  if (!values.has(FIRST_NAME) && values.has(CREATOR))
    values.set(FIRST_NAME, firstName(values.get(CREATOR) ?? ""));
  if (!values.has(headerKey(BRIEF_LINK))) values.set(headerKey(BRIEF_LINK), "");
  const unknown = new Map<string, string>();
  const empty = new Map<string, string>();
  const fill = (text: string) =>
    text.replace(FIELD, (whole, inner: string) => {
      const name = inner.trim();
      const key = headerKey(name);
      const value = values.get(key);
      if (name === "") return whole;
      if (value === undefined) {
        if (!unknown.has(key)) unknown.set(key, name);
        return whole;
      }
      if (value.trim() === "" && !empty.has(key)) empty.set(key, name);
      return value.trim();
    });
  const subject = fill(template.subject);
  const body = fill(template.body);
  return { subject, body, unknownFields: [...unknown.values()], emptyFields: [...empty.values()] };
}

/** "Ana Silva" → "Ana": how the team greets a creator when the Roster has no First name column. */
function firstName(creator: string): string {
  return creator.trim().split(/\s+/)[0] ?? "";
}
