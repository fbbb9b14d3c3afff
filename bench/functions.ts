import { seeded } from "../scripts/demo/random";
import { DEFAULT_ROWS, vocabularyTable } from "../src/core/disclosure";
import { EMV, ENGAGEMENT_RATE, FTC_CHECK, TIER } from "../src/core/functions";
import { medianMs, perSecond, row } from "./measure";

const ROWS = 100_000;

/** One range call over 100,000 rows per custom function, as `=TIER(C2:C100001)` makes in Sheets. */
export function benchFunctions(): string[] {
  const r = seeded(7);
  const followers = Array.from({ length: ROWS }, () => [r.int(0, 3_000_000)]);
  const interactions = Array.from({ length: ROWS }, () => [r.int(0, 500), r.int(0, 200), r.int(0, 300)]);
  const platforms = Array.from({ length: ROWS }, (_, i) => [["Instagram", "TikTok", "YouTube"][i % 3]]);
  const counts = Array.from({ length: ROWS }, () => Array.from({ length: 7 }, () => r.int(0, 100_000)));
  const base =
    "Trail run before work, legs fresh and the light was perfect on the ridge. Loving how these shoes grip on wet rock";
  const captions = Array.from({ length: ROWS }, (_, i) =>
    [
      i % 3 === 0
        ? `${base} #ad @summitgear code MAYA15 for 15% off your first order`
        : `${base} and the #adventure continues with friends this weekend`,
    ].map((c) => c.padEnd(200, ".")),
  );
  // A team's whole Settings table, every ready-made market switched on: the most terms a call compiles.
  const rules = vocabularyTable(DEFAULT_ROWS.map((term) => ({ ...term, use: true })));
  const results = [
    {
      name: "ENGAGEMENT_RATE",
      ms: medianMs(5, () => ENGAGEMENT_RATE(interactions, followers)),
      target: "≥ 1,000,000/s",
    },
    { name: "TIER", ms: medianMs(5, () => TIER(followers)), target: "≥ 1,000,000/s" },
    { name: "EMV", ms: medianMs(5, () => EMV(platforms, counts)), target: "≥ 1,000,000/s" },
    {
      name: "FTC_CHECK (200-char captions)",
      ms: medianMs(5, () => FTC_CHECK(captions)),
      target: "≥ 200,000/s",
    },
    {
      name: "FTC_CHECK with a rules table (every market on)",
      ms: medianMs(5, () => FTC_CHECK(captions, rules)),
      target: "≥ 200,000/s",
    },
  ];
  return results.map((x) =>
    row(
      `${x.name}, one call over 100,000 rows`,
      `${x.ms.toFixed(1)} ms = ${perSecond(ROWS, x.ms)}`,
      x.target,
    ),
  );
}
