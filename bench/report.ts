import { scaledData } from "../scripts/demo/scaledData";
import { buildLastWeeksReport } from "../src/addon/actions/weeklyReport";
import { previousWeek, weekContaining } from "../src/core/dates";
import { AYZENBERG_RATES, emvOf } from "../src/core/functions/emv";
import { checkDisclosure } from "../src/core/functions/ftcCheck";
import { DEFAULT_BENCHMARKS } from "../src/core/report/benchmark";
import { buildWeeklyReport } from "../src/core/report/build";
import { DEFINITIONS } from "../src/core/report/definitionTexts";
import { readReportData } from "../src/core/report/read";
import type { KeyedRow } from "../src/core/report/records";
import { tableSpec } from "../src/sheets/tables";
import { runOnFake } from "./appsScriptRun";
import { medianMs, row } from "./measure";

const NOW = new Date("2026-11-16T12:00:00Z");

function keyed(sheet: string, rows: unknown[][]): KeyedRow[] {
  const keys = tableSpec(sheet).columns.map((c) => c.key);
  return rows.slice(1).map((values, i) => ({
    row: i + 2,
    values: Object.fromEntries(keys.map((k, c) => [k, values[c]])),
  })) as KeyedRow[];
}

/** The weekly report over 100,000 posts and 10,000 creators: pure aggregation, and the whole action. */
export function benchReport(): string[] {
  const data = scaledData(10_000, 100_000, new Date("2026-11-16T00:00:00Z"));
  const sheets = {
    roster: keyed("Roster", data.Roster),
    campaigns: keyed("Campaigns", data.Campaigns),
    deliverables: keyed("Deliverables", data.Deliverables),
    posts: keyed("Posts", data.Posts),
    budget: keyed("Budget", data.Budget),
  };
  const week = previousWeek(weekContaining(NOW, "UTC", 1), "UTC");
  const aggregate = medianMs(5, () => {
    const read = readReportData(sheets, { dayFirst: false, timeZone: "UTC" });
    buildWeeklyReport({
      ...read,
      week,
      previousWeek: previousWeek(week, "UTC"),
      settings: {
        timeZone: "UTC",
        firstDayOfWeek: 1,
        currency: "USD",
        benchmarks: Object.values(DEFAULT_BENCHMARKS),
        spreadsheetName: "Bench",
        spendBasis: "due",
      },
      builtAt: NOW,
      today: NOW,
      emvOf: (post) => emvOf(post, AYZENBERG_RATES),
      disclosureOf: checkDisclosure,
      definitions: DEFINITIONS,
    });
  });
  const whole = runOnFake(data, buildLastWeeksReport, NOW);
  const small = runOnFake(
    scaledData(100, 1_000, new Date("2026-11-16T00:00:00Z")),
    buildLastWeeksReport,
    NOW,
  );
  return [
    row(
      "Weekly report aggregation, 100,000 posts + 10,000 creators (read rows + build)",
      `${aggregate.toFixed(0)} ms`,
      "< 500 ms",
    ),
    row(
      "Build last week's report sheet, whole action over the recording fake",
      `${whole.ms.toFixed(0)} ms`,
      "",
    ),
    row(
      "Service calls to build the report at 1,000 / 100,000 posts",
      `${small.calls} / ${whole.calls}`,
      "bounded by the report's sections, not by posts",
    ),
  ];
}
