import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Arg, Cell, Grid } from "../../../src/core/cells";
import {
  EMV,
  ENGAGEMENT_RATE,
  emvOf,
  FTC_CHECK,
  METRICS,
  type MetricCounts,
  parseRateCard,
  ratesFor,
  TIER,
} from "../../../src/core/functions";

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "12,500",
    "12.5K",
    "1.2M",
    " 900 ",
    "-3",
    "",
    "  ",
    "#ad",
    "Instagram",
    "Default",
    "Platform",
  ),
  fc.constantFrom("Likes", "Clicks", "Min", "#spon", "Ad: hi", "sponsored", "$0.25"),
  fc.double(),
  fc.integer({ min: -5, max: 2_000_000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, Number.MAX_VALUE),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
);
const grid: fc.Arbitrary<Grid> = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 });
const arg: fc.Arbitrary<Arg> = fc.oneof(cell, grid);

const VERDICTS = new Set(["Disclosed", "Not up front", "Unclear", "Missing", ""]);
const DEFAULT_TIER_NAMES = new Set(["Nano", "Micro", "Macro", "Below Nano"]);

/**
 * Calls `run` and checks the one contract every entry keeps: a value (or an N×1 column of values, N being
 * the height of the per-row ranges) that `allowed` accepts, or an Error whose message names the function.
 */
function expectContract(
  fn: string,
  perRow: readonly Arg[],
  run: () => unknown,
  allowed: (value: unknown) => boolean,
): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(`${fn}: `)).toBe(true);
    return;
  }
  const ranges = perRow.filter((value): value is Grid => Array.isArray(value));
  if (ranges.length === 0) {
    expect(allowed(result) || isMessage(fn, result)).toBe(true);
    return;
  }
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows.length).toBe(ranges[0]?.length);
  for (const row of rows) {
    expect(row.length).toBe(1);
    expect(allowed(row[0]) || isMessage(fn, row[0])).toBe(true);
  }
}

function isMessage(fn: string, value: unknown): boolean {
  return typeof value === "string" && value.startsWith(`${fn}: `);
}

function finiteOrBlank(value: unknown): boolean {
  return value === "" || (typeof value === "number" && Number.isFinite(value));
}

describe("every entry returns documented values or throws an Error naming itself", () => {
  it("ENGAGEMENT_RATE", () => {
    fc.assert(
      fc.property(arg, arg, (interactions, audience) => {
        expectContract(
          "ENGAGEMENT_RATE",
          [interactions, audience],
          () => ENGAGEMENT_RATE(interactions, audience),
          finiteOrBlank,
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("TIER", () => {
    fc.assert(
      fc.property(arg, fc.option(arg, { nil: undefined }), (followers, tiers) => {
        const names = new Set(DEFAULT_TIER_NAMES);
        if (Array.isArray(tiers)) {
          for (const row of tiers) {
            const name = String(row[1] ?? "").trim();
            names.add(name);
            names.add(`Below ${name}`);
          }
        }
        expectContract(
          "TIER",
          [followers],
          () => TIER(followers, tiers),
          (value) => value === "" || (typeof value === "string" && names.has(value)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("EMV", () => {
    fc.assert(
      fc.property(arg, arg, fc.option(arg, { nil: undefined }), (platform, counts, rateCard) => {
        expectContract(
          "EMV",
          [platform, counts],
          () => EMV(platform, counts, rateCard),
          (value) => value === "" || (typeof value === "number" && Number.isFinite(value) && value >= 0),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("FTC_CHECK", () => {
    fc.assert(
      fc.property(arg, (caption) => {
        expectContract(
          "FTC_CHECK",
          [caption],
          () => FTC_CHECK(caption),
          (value) => VERDICTS.has(value as string),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe("a range call gives each row what a single-value call gives that row", () => {
  const outcome = (run: () => unknown): unknown => {
    try {
      return run();
    } catch (error) {
      return (error as Error).message;
    }
  };

  it("TIER", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 20 }), (values) => {
        const column = TIER(values.map((value) => [value]));
        expect(column).toEqual(values.map((value) => [outcome(() => TIER(value))]));
      }),
    );
  });

  it("FTC_CHECK", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cell, fc.string({ maxLength: 300 })), { minLength: 1 }), (values) => {
        const column = FTC_CHECK(values.map((value) => [value]));
        expect(column).toEqual(values.map((value) => [outcome(() => FTC_CHECK(value))]));
      }),
    );
  });
});

describe("checkDisclosure position rule", () => {
  it("says Disclosed for #ad starting within 125 characters of plain text and Not up front after", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (index) => {
        const caption = `${"x ".repeat(index).slice(0, index)}#ad`;
        expect(FTC_CHECK(caption)).toBe(index < 125 ? "Disclosed" : "Not up front");
      }),
    );
  });
});

describe("valid tables", () => {
  it("TIER names the tier with the largest minimum the follower count reaches", () => {
    const table = fc.uniqueArray(
      fc.record({ minimum: fc.nat(1_000_000), name: fc.constantFrom("A", "B", "C", "D") }),
      {
        minLength: 1,
        maxLength: 6,
        selector: (tier) => tier.minimum,
      },
    );
    fc.assert(
      fc.property(table, fc.array(fc.nat(2_000_000), { minLength: 1, maxLength: 20 }), (tiers, followers) => {
        const grid: Grid = [["Minimum", "Tier"], ...tiers.map((tier) => [tier.minimum, tier.name])];
        const smallest = tiers.reduce((low, tier) => (tier.minimum < low.minimum ? tier : low));
        const expected = followers.map((count) => {
          const reached = tiers.filter((tier) => tier.minimum <= count);
          if (reached.length === 0) return [`Below ${smallest.name}`];
          return [reached.reduce((high, tier) => (tier.minimum > high.minimum ? tier : high)).name];
        });
        expect(
          TIER(
            followers.map((count) => [count]),
            grid,
          ),
        ).toEqual(expected);
      }),
    );
  });

  it("EMV of a range matches emvOf at the rates the card gives each row's platform", () => {
    const headers = fc.shuffledSubarray(
      ["Impressions", "views", "LIKE", "Comments", "share", "Saves", "Clicks"],
      {
        minLength: 1,
      },
    );
    const rate = fc.oneof(fc.constant(""), fc.double({ min: 0, max: 10, noNaN: true }));
    const platforms = ["Instagram", "TikTok", "YouTube", "Default"];
    fc.assert(
      fc.property(
        headers,
        fc.array(fc.array(rate, { minLength: 7, maxLength: 7 }), { minLength: 4, maxLength: 4 }),
        fc.array(
          fc.tuple(
            fc.constantFrom("Instagram", " tiktok ", "Snapchat", ""),
            fc.array(fc.nat(1_000_000), { minLength: 1, maxLength: 7 }),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        (metricHeaders, rates, rows) => {
          const grid: Grid = [
            ["Platform", ...metricHeaders],
            ...platforms.map((name, i) => [name, ...(rates[i] ?? []).slice(0, metricHeaders.length)]),
          ];
          const card = parseRateCard(grid);
          const expected = rows.map(([platform, counts]) => {
            const rates = ratesFor(platform, card);
            if (rates === undefined) throw new Error("the card has a Default row");
            const record = Object.fromEntries(METRICS.map((key, i) => [key, counts[i] ?? 0])) as MetricCounts;
            return [emvOf(record, rates)];
          });
          const result = EMV(
            rows.map(([platform]) => [platform]),
            rows.map(([, counts]) => counts),
            grid,
          );
          expect(result).toEqual(expected);
        },
      ),
    );
  });
});
