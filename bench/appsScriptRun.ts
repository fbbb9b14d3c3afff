import { performance } from "node:perf_hooks";
import { appsScriptContext } from "../src/addon/appsScriptContext";
import type { AddonContext } from "../src/addon/context";
import type { Cell } from "../src/core/cells";
import { installFakeAppsScript } from "../test/fakes/appsScript";

/**
 * Runs an action through the real Apps Script adapters over the recording fake (which stores cells
 * and evaluates no formula), so the time is the add-on's own work plus the fake's bookkeeping.
 */
export function runOnFake(
  sheets: Record<string, Cell[][]>,
  action: (context: AddonContext) => unknown,
  now?: Date,
) {
  const fake = installFakeAppsScript({
    spreadsheet: {
      name: "Bench program",
      timeZone: "UTC",
      sheets: Object.entries(sheets).map(([name, values]) => ({
        name,
        values,
        rows: Math.max(1000, values.length + 10),
      })),
    },
  });
  try {
    const context = appsScriptContext();
    if (now) context.now = () => now;
    fake.resetCalls();
    const start = performance.now();
    action(context);
    return { ms: performance.now() - start, calls: fake.calls.length };
  } finally {
    fake.uninstall();
  }
}
