import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../../scripts/build";
import { scaledData } from "../../../scripts/demo/scaledData";
import { evaluate, loadBundle } from "../../bundle/loadBundle";
import { installFakeAppsScript } from "../../fakes/appsScript";

let bundle: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "influencer-desk-calls-"));
  await buildDist(dir);
  bundle = join(dir, "Code.js");
});

/** Runs a menu handler from the bundle against a fake spreadsheet holding a program of the given size. */
function runMenu(handler: string, creators: number, runs = 1, typedTiers = false) {
  const data = scaledData(creators, creators * 2);
  if (typedTiers) {
    // The team typed a tier on every other row, so Tier gets a formula per empty cell (per-row mode).
    const tier = (data.Roster[0] ?? []).indexOf("Tier");
    data.Roster.forEach((row, i) => {
      if (i > 0 && i % 2 === 0) row[tier] = "VIP";
    });
  }
  const fake = installFakeAppsScript({
    spreadsheet: {
      name: "Program",
      timeZone: "Europe/Berlin",
      sheets: Object.entries(data).map(([name, values]) => ({
        name,
        values,
        rows: Math.max(1000, values.length + 10),
      })),
    },
  });
  try {
    const context = loadBundle(bundle, fake.globals);
    const perRun: string[][] = [];
    for (let i = 0; i < runs; i++) {
      fake.resetCalls();
      evaluate(context, `${handler}()`);
      perRun.push([...fake.calls]);
    }
    return { perRun, fake };
  } finally {
    fake.uninstall();
  }
}

describe("service calls per menu action do not grow with the data", () => {
  it("setting up every sheet makes the same calls for 100 and for 10,000 creators", () => {
    const small = runMenu("menuSetUpAll", 100).perRun[0] ?? [];
    const large = runMenu("menuSetUpAll", 10_000).perRun[0] ?? [];
    // A new sheet is 1,000 rows: the 10,010-row ROI sheet needs one grid growth that 110 rows do not.
    const growth = (calls: string[]) => calls.filter((c) => c === "Sheet.insertRowsAfter").length;
    const withoutGrowth = (calls: string[]) => calls.filter((c) => c !== "Sheet.insertRowsAfter");
    expect(small.length).toBeGreaterThan(0);
    expect(withoutGrowth(large)).toEqual(withoutGrowth(small));
    expect(growth(small)).toBe(0);
    expect(growth(large)).toBe(1);
    console.info(`menuSetUpAll: ${small.length} service calls at 100 creators, ${large.length} at 10,000`);
  });

  it("stays the same when the team's typed values interleave with our formulas in a column", () => {
    const small = runMenu("menuSetUpAll", 100, 1, true).perRun[0] ?? [];
    const large = runMenu("menuSetUpAll", 10_000, 1, true).perRun[0] ?? [];
    const withoutGrowth = (calls: string[]) => calls.filter((c) => c !== "Sheet.insertRowsAfter");
    expect(withoutGrowth(large)).toEqual(withoutGrowth(small));
    // One formula per run of empty cells, all runs of a length in one call.
    expect(small).toContain("RangeList.setFormulaR1C1");
  });

  it("setting up every sheet on an empty spreadsheet takes at most 250 service calls", () => {
    const fake = installFakeAppsScript({
      spreadsheet: { name: "New", timeZone: "Europe/Berlin", sheets: [{ name: "Sheet1", values: [] }] },
    });
    try {
      const context = loadBundle(bundle, fake.globals);
      fake.resetCalls();
      evaluate(context, "menuSetUpAll()");
      console.info(`menuSetUpAll on an empty spreadsheet: ${fake.calls.length} service calls`);
      expect(fake.calls.length).toBeLessThanOrEqual(250);
    } finally {
      fake.uninstall();
    }
  });

  it("a second run only reads, for both sizes", () => {
    for (const creators of [100, 10_000]) {
      const { perRun } = runMenu("menuSetUpAll", creators, 2);
      const second = perRun[1] ?? [];
      const writes = second.filter(
        (call) =>
          /\.(set|insert|add|create|clear|delete)/.test(call) &&
          !/toast|tryLock|releaseLock|waitLock/.test(call),
      );
      expect(writes, `${creators} creators`).toEqual([]);
    }
  });
});
