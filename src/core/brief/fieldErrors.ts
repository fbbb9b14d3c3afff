import * as z from "zod/mini";

// zod/mini loads no locale, so a check without a message of its own would say only "Invalid input".
// zod's English locale costs 2.6 KB in a bundle Apps Script evaluates on every call, and it speaks
// of types ("Expected number, got number" for NaN); these plain sentences name the field instead.
// Config is global, so this holds for every schema.
z.config({
  localeError: (issue) => {
    const name = fieldName(issue.path ?? []);
    switch (issue.code) {
      case "invalid_type":
        return `${name} must be ${KINDS[issue.expected] ?? issue.expected}.`;
      case "too_small":
        return `${name} ${bound(issue.origin, "at least", issue.minimum)}.`;
      case "too_big":
        return `${name} ${bound(issue.origin, "at most", issue.maximum)}.`;
      case "invalid_value":
        return `${name} must be one of: ${issue.values.map(String).join(", ")}.`;
      case "unrecognized_keys":
        return `${name} has ${issue.keys.length === 1 ? "a field" : "fields"} the sidebar never sends: ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}.`;
      case "not_multiple_of":
        return `${name} must be a whole number.`;
      default:
        return `${name} is not in the form the sidebar sends.`;
    }
  },
});

/** How each kind of value is named to a person. */
const KINDS: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "text",
  boolean: "yes or no",
  array: "a list",
  object: "a set of named fields",
  date: "a date",
};

/** The words for the request's fields where their names are not plain enough. */
const LABELS: Record<string, string> = {
  rows: "Roster rows",
  row: "Roster row",
  expected: "Creators shown",
  templateId: "Template",
  id: "Id",
  override: "Column choices",
  lines: "Line numbers",
};

/** ["rows", 0] → "Item 1 of Roster rows"; ["template", "subject"] → "Subject"; [] → "The request". */
function fieldName(path: readonly PropertyKey[]): string {
  const keys = path.filter((part): part is string => typeof part === "string");
  const key = keys[keys.length - 1];
  if (key === undefined) return "The request";
  const label =
    LABELS[key] ??
    `${key.charAt(0).toUpperCase()}${key
      .slice(1)
      .replace(/([A-Z])/g, " $1")
      .toLowerCase()}`;
  const last = path[path.length - 1];
  return typeof last === "number" ? `Item ${last + 1} of ${label}` : label;
}

/** "must be at least 2", "must have at least 1 item", "must be at most 5 characters long". */
function bound(origin: string, words: string, limit: number | bigint): string {
  const n = Number(limit);
  if (origin === "string") return `must be ${words} ${n} character${n === 1 ? "" : "s"} long`;
  if (origin === "array" || origin === "set") return `must have ${words} ${n} item${n === 1 ? "" : "s"}`;
  return `must be ${words} ${n}`;
}

/**
 * One problem tied to a form field. `field` is a dotted path the sidebar can put the message beside
 * ("timeline.goLive", "deliverables.2.quantity"; list positions count from 0), "" for the whole item.
 * `message` reads on its own and counts list positions from 1, as a person does.
 */
export interface FieldError {
  field: string;
  message: string;
}

export function fieldErrorsFrom(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
}
