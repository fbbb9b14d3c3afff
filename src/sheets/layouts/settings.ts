import type { Cell } from "../../core/cells";
import { DEFAULT_ROWS } from "../../core/disclosure/markets";
import { VOCABULARY_HEADER, vocabularyTable } from "../../core/disclosure/vocabulary";
import { AYZENBERG_RATES } from "../../core/functions/emv";
import { DEFAULT_TIERS } from "../../core/functions/tier";
import { METRIC_HEADERS, METRICS } from "../../core/metrics";
import {
  BENCHMARK_DEFINITION,
  type BenchmarkPlatform,
  DEFAULT_BENCHMARKS,
} from "../../core/report/benchmark";
import { SPEND_BASIS_LABELS } from "../../core/report/spend";
import type { Validation } from "../../workbook/port";

const VOCABULARY_TABLE = vocabularyTable(DEFAULT_ROWS);

export const SETTINGS_SHEET = "Settings" as const;

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** One labelled value in Settings' first block: found by its label in column A, its value in column B. */
export interface SettingSpec<K extends string = string> {
  key: K;
  label: string;
  help: string;
  validation?: Validation;
}

// The list helpers keep each key a literal type, so a misspelt key elsewhere fails to compile.
function settingValues<const K extends string>(list: readonly SettingSpec<K>[]): readonly SettingSpec<K>[] {
  return list;
}

export const SETTING_VALUES = settingValues([
  { key: "currency", label: "Currency", help: "ISO code of the money columns: USD, EUR, GBP…" },
  {
    key: "timeZone",
    label: "Time zone",
    help: "Weeks and report dates follow this zone (IANA name, e.g. Europe/Berlin).",
  },
  {
    key: "firstDayOfWeek",
    label: "First day of week",
    help: "Report weeks start on this day.",
    validation: { kind: "list", values: WEEKDAYS, strict: true },
  },
  {
    key: "reportRecipients",
    label: "Report recipients",
    help: "E-mail addresses for the weekly report, separated by commas.",
  },
  {
    key: "spendCountedBy",
    label: "Spend counted by",
    help: "Which date puts a cost in a report week: the creator's deliverable due dates (the fee split evenly over them) or the budget line's own date (Paid on).",
    validation: { kind: "list", values: Object.values(SPEND_BASIS_LABELS), strict: true },
  },
  {
    key: "benchmarkSource",
    label: "Benchmark source",
    help: "Where your own figures in the engagement benchmark tables below come from; shown in the report for any table you changed.",
  },
]);

export type SettingKey = (typeof SETTING_VALUES)[number]["key"];

/** A table in Settings, found by its title in column A; formulas on other sheets read header and rows. */
export interface SettingsTableSpec<K extends string = string> {
  key: K;
  title: string;
  header: string[];
  defaults: Cell[][];
  /** Rows kept inside the range formulas read, so a team can add rows without touching a formula. */
  reservedRows: number;
  /** Titles earlier versions gave the table: a table under one of them is this table. */
  formerTitles?: string[];
  numberFormats: (string | null)[];
  note: string;
}

function settingsTables<const K extends string>(
  list: readonly SettingsTableSpec<K>[],
): readonly SettingsTableSpec<K>[] {
  return list;
}

/** The header every engagement benchmark table has. */
export const BENCHMARK_HEADER = ["Minimum followers", "Average engagement rate"];

/** One platform's engagement benchmark table, seeded with the cited default (a blank rate: not checked). */
function benchmarkTable<const K extends string>(
  key: K,
  platform: BenchmarkPlatform,
  formerTitles?: string[],
): SettingsTableSpec<K> {
  const { source, bands } = DEFAULT_BENCHMARKS[platform];
  const seeded = bands.length > 0 ? `Default: ${source}.` : `Empty: ${source}; add your own rows.`;
  return {
    key,
    title: `${platform} engagement benchmark`,
    header: BENCHMARK_HEADER,
    defaults: bands.map((b) => [b.minFollowers, b.engagementRate ?? ""]),
    reservedRows: 10,
    numberFormats: ["#,##0", "0.00%"],
    note: `Rate = ${BENCHMARK_DEFINITION}. ${seeded} The weekly report warns when a creator on ${platform} is under a third of their band's rate; a band with a blank rate is not checked.`,
    ...(formerTitles ? { formerTitles } : {}),
  };
}

export const SETTINGS_TABLES = settingsTables([
  {
    key: "tiers",
    title: "Tier table",
    header: ["Minimum followers", "Tier"],
    defaults: [...DEFAULT_TIERS.tiers].reverse().map((t) => [t.minimum, t.name]),
    reservedRows: 10,
    numberFormats: ["#,##0", null],
    note: "Roster's Tier column uses this table. Add rows (Mid-tier, Mega…) inside the reserved rows.",
  },
  {
    key: "rateCard",
    title: "EMV rate card",
    header: ["Platform", ...METRICS.map((m) => METRIC_HEADERS[m])],
    defaults: [["Default", ...METRICS.map((m) => AYZENBERG_RATES[m])]],
    reservedRows: 20,
    numberFormats: [null, ...METRICS.map(() => "0.00###")],
    note: "Value of one action. Default: Ayzenberg EMV Index (2017) — a starting point; replace with your own. Add a row per platform to price it differently.",
  },
  benchmarkTable("benchmark", "Instagram", ["Engagement benchmark"]),
  benchmarkTable("benchmarkTikTok", "TikTok"),
  benchmarkTable("benchmarkYouTube", "YouTube"),
  {
    key: "disclosureTerms",
    title: "Disclosure terms",
    header: [...VOCABULARY_HEADER],
    defaults: VOCABULARY_TABLE.slice(1),
    // Room under the ready-made rows for a team's own terms.
    reservedRows: DEFAULT_ROWS.length + 30,
    numberFormats: [null, null, null, null, null],
    note: "Words and hashtags FTC_CHECK (Posts › Disclosure) and the weekly report accept. Kind: Clear or Unclear. Use: Yes or No; switch a market on, or add your own rows below. README › FTC_CHECK cites each source.",
  },
  {
    key: "mapping",
    title: "Mapping",
    header: ["Sheet", "Field", "Team tab", "Team column", "Team value", "Our value"],
    defaults: [],
    reservedRows: 60,
    numberFormats: [],
    note: 'Which of your tabs and columns play which part, written when the set-up first adopts a sheet. Change a Team tab or Team column and the next run uses it; Our value "keep their list" leaves your dropdown values as they are.',
  },
]);

export type SettingsTableKey = (typeof SETTINGS_TABLES)[number]["key"];
