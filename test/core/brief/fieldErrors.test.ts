import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { fieldErrorsFrom } from "../../../src/core/brief/fieldErrors";

/** Checks without a message of their own still say what was expected, not just "Invalid input". */
function errors(schema: z.ZodMiniType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return fieldErrorsFrom(result.error);
}

describe("messages of checks without their own text", () => {
  it("names the expected type, limits, choices and unknown fields", () => {
    expect(errors(z.object({ rows: z.array(z.number()) }), { rows: [2, "3"] })).toEqual([
      { field: "rows.1", message: "Expected number, got string" },
    ]);
    expect(errors(z.string().check(z.maxLength(5)), "too long")).toEqual([
      { field: "", message: "Too big: expected at most 5 characters" },
    ]);
    expect(errors(z.array(z.number()).check(z.minLength(1)), [])).toEqual([
      { field: "", message: "Too small: expected at least 1 item" },
    ]);
    expect(errors(z.number().check(z.minimum(1)), 0)).toEqual([
      { field: "", message: "Too small: expected ≥ 1" },
    ]);
    expect(errors(z.enum(["Instagram", "TikTok"]), "Myspace")).toEqual([
      { field: "", message: "Expected one of: Instagram, TikTok" },
    ]);
    expect(errors(z.strictObject({ id: z.string() }), { id: "T1", sendTo: "all" })).toEqual([
      { field: "", message: "Unknown field: sendTo" },
    ]);
    expect(errors(z.object({ id: z.string() }), null)).toEqual([
      { field: "", message: "Expected object, got null" },
    ]);
  });
});
