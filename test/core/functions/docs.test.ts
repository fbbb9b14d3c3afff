import { describe, expect, it } from "vitest";
import { CUSTOM_FUNCTIONS, EMV, ENGAGEMENT_RATE, FTC_CHECK, TIER } from "../../../src/core/functions";
import { CUSTOM_FUNCTION_DOCS } from "../../../src/core/functions/docs";

function doc(name: string) {
  const found = CUSTOM_FUNCTION_DOCS.find((entry) => entry.name === name);
  if (found === undefined) throw new Error(`no docs for ${name}`);
  return found;
}

describe("CUSTOM_FUNCTION_DOCS", () => {
  it("documents the four functions with their public parameter names", () => {
    const signatures = CUSTOM_FUNCTIONS.map(
      (fn) =>
        `${fn.name}(${fn.params.map((param) => (param.optional ? `[${param.name}]` : param.name)).join(", ")})`,
    );
    expect(signatures).toEqual([
      "ENGAGEMENT_RATE(interactions, audience)",
      "TIER(followers, [tiers])",
      "EMV(platform, counts, [rate_card])",
      "FTC_CHECK(caption, [rules])",
    ]);
  });

  it("has help for every row of the functions table, in its order and with its parameter names", () => {
    const help = CUSTOM_FUNCTION_DOCS.map((entry) => [entry.name, entry.params.map((param) => param.name)]);
    const table = CUSTOM_FUNCTIONS.map((fn) => [fn.name, fn.params.map((param) => param.name)]);
    expect(help).toEqual(table);
  });

  it("declares in the table every parameter each function takes", () => {
    for (const fn of CUSTOM_FUNCTIONS) expect(fn.run.length, fn.name).toBe(fn.params.length);
  });

  it("gives examples whose stated results are what the functions return", () => {
    // The same arguments Sheets passes for each example formula; an array literal arrives as one row.
    expect(doc("ENGAGEMENT_RATE").example).toBe("=ENGAGEMENT_RATE({30, 12, 8}, 1000)");
    expect(ENGAGEMENT_RATE([[30, 12, 8]], 1000)).toEqual([[doc("ENGAGEMENT_RATE").exampleResult]]);
    expect(doc("TIER").example).toBe("=TIER(25000)");
    expect(TIER(25000)).toBe(doc("TIER").exampleResult);
    expect(doc("EMV").example).toBe('=EMV("Instagram", {10000, 0, 500, 40, 10, 0, 20})');
    expect(EMV("Instagram", [[10000, 0, 500, 40, 10, 0, 20]])).toEqual([[doc("EMV").exampleResult]]);
    expect(doc("FTC_CHECK").example).toBe('=FTC_CHECK("Loving my new running shoes #ad @nike")');
    expect(FTC_CHECK("Loving my new running shoes #ad @nike")).toBe(doc("FTC_CHECK").exampleResult);
  });

  it("tells the README the decisions a user would otherwise have to guess", () => {
    expect(doc("EMV").description).toContain("rounded to cents");
    expect(doc("FTC_CHECK").description).toContain("#ads");
    expect(doc("TIER").description).toContain('"Below Nano"');
  });
});
