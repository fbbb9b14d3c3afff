import * as z from "zod/mini";

// zod/mini loads no locale, so a check without a message of its own would say only "Invalid input".
// zod's English locale costs 2.6 KB in a bundle Apps Script evaluates on every call; these few plain
// sentences cover what our schemas can produce. Config is global, so this holds for every schema.
z.config({
  localeError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return `Expected ${issue.expected}, got ${issue.input === null ? "null" : Array.isArray(issue.input) ? "a list" : typeof issue.input}`;
      case "too_small":
        return `Too small: expected ${bound(issue.origin, "at least", "≥", issue.minimum)}`;
      case "too_big":
        return `Too big: expected ${bound(issue.origin, "at most", "≤", issue.maximum)}`;
      case "invalid_value":
        return `Expected one of: ${issue.values.map(String).join(", ")}`;
      case "unrecognized_keys":
        return `Unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}`;
      case "not_multiple_of":
        return "Expected a whole number";
      default:
        return "Invalid input";
    }
  },
});

/** "at least 2 items", "at most 1 character", "≥ 1". */
function bound(origin: string, words: string, sign: string, limit: number | bigint): string {
  const n = Number(limit);
  if (origin === "string") return `${words} ${n} character${n === 1 ? "" : "s"}`;
  if (origin === "array") return `${words} ${n} item${n === 1 ? "" : "s"}`;
  return `${sign} ${n}`;
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
