import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { fieldErrorsFrom } from "../../../src/core/brief/fieldErrors";

/**
 * Checks without a message of their own name the field in plain words and say what it needs, never
 * the validator's "Invalid input", "Expected number, got number" or "Too small: expected ≥ 1".
 */
function errors(schema: z.ZodMiniType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return fieldErrorsFrom(result.error);
}

describe("messages of checks without their own text", () => {
  it("names the field, and the expected kind, limits, choices and unknown fields", () => {
    expect(errors(z.object({ rows: z.array(z.number()) }), { rows: [2, "3"] })).toEqual([
      { field: "rows.1", message: "Item 2 of Roster rows must be a number." },
    ]);
    expect(errors(z.object({ row: z.number() }), { row: Number.NaN })).toEqual([
      { field: "row", message: "Roster row must be a number." },
    ]);
    expect(errors(z.object({ rows: z.array(z.number().check(z.int())) }), { rows: [1.5] })).toEqual([
      { field: "rows.0", message: "Item 1 of Roster rows must be a whole number." },
    ]);
    expect(errors(z.object({ handle: z.string().check(z.maxLength(5)) }), { handle: "too long" })).toEqual([
      { field: "handle", message: "Handle must be at most 5 characters long." },
    ]);
    expect(errors(z.object({ headers: z.array(z.string()).check(z.minLength(1)) }), { headers: [] })).toEqual(
      [{ field: "headers", message: "Headers must have at least 1 item." }],
    );
    expect(errors(z.object({ minRow: z.number().check(z.minimum(1)) }), { minRow: 0 })).toEqual([
      { field: "minRow", message: "Min row must be at least 1." },
    ]);
    expect(errors(z.enum(["Instagram", "TikTok"]), "Myspace")).toEqual([
      { field: "", message: "The request must be one of: Instagram, TikTok." },
    ]);
    expect(errors(z.strictObject({ id: z.string() }), { id: "T1", sendTo: "all" })).toEqual([
      { field: "", message: 'The request has a field the sidebar never sends: "sendTo".' },
    ]);
    expect(errors(z.object({ id: z.string() }), null)).toEqual([
      { field: "", message: "The request must be a set of named fields." },
    ]);
  });

  it("never falls back to the validator's own words", () => {
    const schema = z.object({ when: z.string().check(z.regex(/^\d+$/)) });
    const [error] = errors(schema, { when: "soon" });
    expect(error?.message).toBe("When is not in the form the sidebar sends.");
  });
});
