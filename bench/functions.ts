import { readFileSync } from "node:fs";
import vm from "node:vm";
import { seeded } from "../scripts/demo/random";
import { DEFAULT_ROWS, vocabularyTable } from "../src/core/disclosure";
import { EMV, ENGAGEMENT_RATE, FTC_CHECK, TIER } from "../src/core/functions";
import { medianCpuMs, medianMs, perSecond, row } from "./measure";

const ROWS = 100_000;

type FtcCheck = (caption: unknown, rules?: unknown) => unknown;

/**
 * FTC_CHECK as Apps Script calls it: the bundle's own top-level function. Evaluated in the main realm,
 * since a vm context slows every global lookup, which Apps Script does not.
 */
function bundledFtcCheck(path: string): FtcCheck {
  vm.runInThisContext(readFileSync(path, "utf8"), { filename: "Code.js" });
  return (globalThis as unknown as { FTC_CHECK: FtcCheck }).FTC_CHECK;
}

/** One range call over 100,000 rows per custom function, as `=TIER(C2:C100001)` makes in Sheets. */
export function benchFunctions(bundle = "dist/Code.js"): string[] {
  const bundled = bundledFtcCheck(bundle);
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
      run: () => ENGAGEMENT_RATE(interactions, followers),
      target: "≥ 1,000,000/s",
    },
    { name: "TIER", run: () => TIER(followers), target: "≥ 1,000,000/s" },
    { name: "EMV", run: () => EMV(platforms, counts), target: "≥ 1,000,000/s" },
    {
      name: "FTC_CHECK (200-char captions)",
      run: () => FTC_CHECK(captions),
      target: "≥ 200,000/s",
    },
    {
      name: "FTC_CHECK with a rules table (every market on)",
      run: () => FTC_CHECK(captions, rules),
      target: "≥ 200,000/s",
    },
    {
      name: "FTC_CHECK in dist/Code.js, without rules",
      run: () => bundled(captions),
      target: "≥ 200,000/s",
    },
    {
      name: "FTC_CHECK in dist/Code.js, with the rules table",
      run: () => bundled(captions, rules),
      target: "≥ 200,000/s",
    },
  ];
  return results.map((x) => {
    const ms = medianMs(5, x.run);
    const cpu = medianCpuMs(5, x.run);
    return row(
      `${x.name}, one call over 100,000 rows`,
      `${ms.toFixed(1)} ms = ${perSecond(ROWS, ms)} (CPU ${cpu.toFixed(1)} ms = ${perSecond(ROWS, cpu)})`,
      x.target,
    );
  });
}
