import type { Cell } from "../core/cells";
import { dayFirstFor } from "../core/dateParse";
import { previousWeek, sameWallClock, type Week } from "../core/dates";
import { checkDisclosure } from "../core/disclosure/check";
import { compileVocabulary, ftcVocabulary, type Vocabulary } from "../core/disclosure/compile";
import { messageOf } from "../core/errors";
import { AYZENBERG_RATES, emvOf, parseRateCard, type RateCard, ratesFor } from "../core/functions";
import { decimalCommaFor } from "../core/numbers";
import type { Post } from "../core/records";
import { type Benchmarks, DEFAULT_BENCHMARKS } from "../core/report/benchmark";
import { buildWeeklyReport } from "../core/report/build";
import type { FieldOf } from "../core/report/fields";
import { type ReportSheets, readReportData } from "../core/report/read";
import type { KeyedRow } from "../core/report/records";
import { SPEND_BASIS_LABELS, type SpendBasis, spendBasisOf } from "../core/report/spend";
import type { WeeklyReport } from "../core/report/types";
import type { Mapping, SheetMapping } from "../core/rpc/mapping";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { readBenchmarks } from "./benchmarkTables";
import { disclosureTermsIn } from "./disclosureTerms";
import { openTable } from "./findTable";
import { normaliseHeader } from "./headers";
import { AdoptError, type TableLayout } from "./layout";
import { BUDGET } from "./layouts/budget";
import { CAMPAIGNS } from "./layouts/campaigns";
import { DELIVERABLES } from "./layouts/deliverables";
import { POSTS } from "./layouts/posts";
import { ROSTER } from "./layouts/roster";
import { SETTINGS_SHEET, WEEKDAYS } from "./layouts/settings";
import { mappingFromSettings, valueMaps } from "./mapping";
import { cellText } from "./plan";
import { defaultSettings } from "./refresh";
import { planSettings, readSettingValues, type SettingsLayout, settingsTableGrid } from "./settings";
import type { TableSpec } from "./spec";
import type { ColumnKey } from "./tables";

/** Everything the report takes from Settings (or, without one, from the spreadsheet and our defaults). */
export interface ReportConfig {
  spreadsheetName: string;
  timeZone: string;
  /** 0 = Sunday … 6 = Saturday. */
  firstDayOfWeek: number;
  currency: string;
  /** Settings › Report recipients as typed. */
  recipients: string;
  hasSettingsSheet: boolean;
  /** One engagement benchmark per platform (Settings' tables, or the cited defaults). */
  benchmarks: Benchmarks;
  /** The Settings rate card; null means the default rates the EMV function uses without one. */
  rateCard: RateCard | null;
  /** Settings' disclosure terms, compiled; the FTC's terms without a usable table. */
  disclosure: Vocabulary;
  /** Which date puts a cost in a report week. */
  spendBasis: SpendBasis;
  /** Typed dates read 16/11/2026 (true) or 11/16/2026 (false), per the spreadsheet's locale. */
  dayFirst: boolean;
  /** Text numbers read "12,5" as 12.5 (true) or "45,000" as 45000 (false), per the spreadsheet's locale. */
  decimalComma: boolean;
  /** What the reader should know about the settings used (shown at the top of the report). */
  notes: string[];
  /** Settings › Mapping: which of the team's tabs, columns and values play ours. */
  mapping: Mapping;
}

const MONDAY = 1;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function weekdayNumber(text: string): number | undefined {
  const wanted = text.trim().toLowerCase();
  const index = WEEKDAYS.findIndex(
    (day) => day.toLowerCase() === wanted || day.slice(0, 3).toLowerCase() === wanted,
  );
  return index < 0 ? undefined : index;
}

function readTables(snapshot: SheetSnapshot, layout: SettingsLayout, source: string, notes: string[]) {
  const benchmarks = readBenchmarks(snapshot, layout, source, notes);
  let rateCard: RateCard | null = null;
  const rateGrid = settingsTableGrid(snapshot, layout, "rateCard");
  if (rateGrid.some((row) => row.some((cell) => cellText(cell).trim() !== ""))) {
    try {
      rateCard = parseRateCard(rateGrid);
    } catch (error) {
      const why = messageOf(error);
      notes.push(
        `The EMV rate card in Settings cannot be read (${why}), so posts without an EMV value are valued at ` +
          "the default rates (Ayzenberg EMV Index, 2017). Fix the rate card and rebuild.",
      );
    }
  }
  const terms = disclosureTermsIn(snapshot, layout);
  if (terms.problem !== null) notes.push(terms.problem);
  const disclosure = terms.rows === null ? ftcVocabulary() : compileVocabulary(terms.rows);
  return { benchmarks, rateCard, disclosure };
}

/** Reads Settings with one read; a missing or mistyped setting falls back to the default and says so. */
export function readReportConfig(workbook: WorkbookPort): ReportConfig {
  const snapshot = workbook.sheet(SETTINGS_SHEET)?.read() ?? null;
  const defaults = defaultSettings(workbook);
  const notes: string[] = [];
  const base = {
    spreadsheetName: workbook.name,
    dayFirst: dayFirstFor(workbook.locale),
    decimalComma: decimalCommaFor(workbook.locale),
    hasSettingsSheet: snapshot !== null,
  };
  if (!snapshot) {
    notes.push(
      `There is no Settings sheet, so the report uses the spreadsheet's time zone (${defaults.timeZone}), ` +
        "weeks starting on Monday, USD, the default EMV rates and the default engagement benchmarks.",
    );
    return {
      ...base,
      timeZone: defaults.timeZone,
      firstDayOfWeek: MONDAY,
      currency: defaults.currency,
      recipients: "",
      benchmarks: Object.values(DEFAULT_BENCHMARKS),
      rateCard: null,
      disclosure: ftcVocabulary(),
      spendBasis: "due",
      notes,
      mapping: {},
    };
  }
  const { layout } = planSettings(snapshot, defaults);
  const values = readSettingValues(snapshot, layout, defaults);
  let timeZone = values.timeZone;
  if (!isTimeZone(timeZone)) {
    notes.push(
      `Settings › Time zone "${timeZone}" is not a time zone name such as Europe/Berlin, so the ` +
        `spreadsheet's own zone (${defaults.timeZone}) is used.`,
    );
    timeZone = defaults.timeZone;
  }
  let firstDayOfWeek = weekdayNumber(values.firstDayOfWeek);
  if (firstDayOfWeek === undefined) {
    notes.push(
      `Settings › First day of week "${values.firstDayOfWeek}" is not a day name such as Monday, so weeks start on Monday.`,
    );
    firstDayOfWeek = MONDAY;
  }
  let spendBasis = spendBasisOf(values.spendCountedBy);
  if (spendBasis === undefined) {
    notes.push(
      `Settings › Spend counted by "${values.spendCountedBy}" is neither "${SPEND_BASIS_LABELS.due}" nor "${SPEND_BASIS_LABELS.paid}", so spend is counted by deliverable due date.`,
    );
    spendBasis = "due";
  }
  return {
    ...base,
    timeZone,
    firstDayOfWeek,
    spendBasis,
    currency: values.currency.trim().toUpperCase(),
    recipients: values.reportRecipients,
    ...readTables(snapshot, layout, values.benchmarkSource, notes),
    notes,
    mapping: mappingFromSettings(snapshot, layout),
  };
}

/** True when every key in F is one of K. */
type Within<F extends string, K extends string> = [F] extends [K] ? true : false;
type Holds<T extends true> = T;
/**
 * Compiles only while every column the core report reads (REPORT_FIELDS) is a column key of its
 * sheet's layout: renaming a layout key without the report's reader fails here, not in a user's report.
 */
export type ReportFieldsAreColumns = [
  Holds<Within<FieldOf<"roster">, ColumnKey<"Roster">>>,
  Holds<Within<FieldOf<"campaigns">, ColumnKey<"Campaigns">>>,
  Holds<Within<FieldOf<"deliverables">, ColumnKey<"Deliverables">>>,
  Holds<Within<FieldOf<"posts">, ColumnKey<"Posts">>>,
  Holds<Within<FieldOf<"budget">, ColumnKey<"Budget">>>,
];

interface Source {
  spec: TableSpec;
  key: keyof ReportSheets;
  /** Said in the report when the spreadsheet has no such sheet (the Posts notice comes from the report itself). */
  missing?: string;
}

const SOURCES: Source[] = [
  {
    spec: ROSTER,
    key: "roster",
    missing:
      "There is no Roster sheet, so creators show no tier or followers and none is checked against the engagement benchmark.",
  },
  {
    spec: CAMPAIGNS,
    key: "campaigns",
    missing: "There is no Campaigns sheet, so campaigns show no objective or budget.",
  },
  {
    spec: DELIVERABLES,
    key: "deliverables",
    missing: "There is no Deliverables sheet, so no due or overdue deliverables are listed.",
  },
  { spec: POSTS, key: "posts" },
  { spec: BUDGET, key: "budget", missing: "There is no Budget sheet, so spend and ROI are not counted." },
];

/**
 * Data rows (under the team's header row) keyed by our column keys; columns the sheet lacks are left
 * out, so they read as blank. Team values mapped to ours in Settings › Mapping read as ours.
 */
export function keyedRows(
  layout: TableLayout,
  snapshot: SheetSnapshot,
  entry: SheetMapping | undefined,
): KeyedRow[] {
  const added = new Set(layout.added.map((a) => a.spec.key));
  const columns = [...layout.columns].filter(([key]) => !added.has(key));
  const maps = valueMaps(layout.spec, entry);
  const rows: KeyedRow[] = [];
  for (let r = layout.headerRow; r < snapshot.values.length; r++) {
    const source = snapshot.values[r] ?? [];
    const values: Record<string, Cell> = {};
    for (const [key, col] of columns) {
      const cell = source[col - 1] ?? "";
      const mapped = typeof cell === "string" ? maps.get(key)?.get(normaliseHeader(cell)) : undefined;
      values[key] = mapped ?? cell;
    }
    rows.push({ row: r + 1, values });
  }
  return rows;
}

/**
 * Reads the report's sheets with one read each, through Settings › Mapping as the report's config
 * read it (a "Creators" tab is the Roster). A missing sheet is left out with a note; a sheet whose header row we cannot recognise is
 * left out with the reason (Posts then counts as empty, not missing, so the report does not tell the
 * team to add a sheet they have).
 */
export function readReportSheets(
  workbook: WorkbookPort,
  mapping: Mapping = {},
): { sheets: ReportSheets; notes: string[] } {
  const sheets: ReportSheets = {};
  const notes: string[] = [];
  for (const source of SOURCES) {
    try {
      const found = openTable(workbook, source.spec, mapping);
      if (!found?.snapshot) {
        if (source.missing) notes.push(source.missing);
        continue;
      }
      sheets[source.key] = keyedRows(found.layout, found.snapshot, mapping[source.spec.name]);
    } catch (error) {
      if (!(error instanceof AdoptError)) throw error;
      const why = error.message.replace(/\s*Nothing was changed\.$/, "");
      notes.push(`${why} Until then the report leaves the ${source.spec.name} sheet out.`);
      if (source.key === "posts") sheets.posts = [];
    }
  }
  return { sheets, notes };
}

/** EMV of a post whose EMV cell holds no number, at its platform's rates, as the EMV column computes it. */
export function emvFromRates(config: ReportConfig): (post: Post) => number {
  return (post) => {
    const card = config.rateCard;
    const rates = card ? ratesFor(post.platform, card) : AYZENBERG_RATES;
    if (!rates) {
      throw new Error(
        `the EMV rate card in Settings has no row for "${post.platform.trim()}" and no Default row`,
      );
    }
    return emvOf(post, rates);
  };
}

/** Date cells as the day and time they show, read in Settings' zone rather than the spreadsheet's. */
function rezoneDates(sheets: ReportSheets, from: string, to: string): void {
  for (const rows of Object.values(sheets)) {
    for (const { values } of rows ?? []) {
      for (const [key, value] of Object.entries(values)) {
        if (value instanceof Date) values[key] = sameWallClock(value, from, to);
      }
    }
  }
}

/** Reads the sheets and builds the report of one week; the notes about settings and sheets come first. */
export function weeklyReportFor(
  workbook: WorkbookPort,
  config: ReportConfig,
  week: Week,
  now: Date,
  definitions: readonly string[],
): WeeklyReport {
  const { sheets, notes } = readReportSheets(workbook, config.mapping);
  if (workbook.timeZone !== config.timeZone) rezoneDates(sheets, workbook.timeZone, config.timeZone);
  const data = readReportData(sheets, {
    dayFirst: config.dayFirst,
    decimalComma: config.decimalComma,
    timeZone: config.timeZone,
  });
  const report = buildWeeklyReport({
    ...data,
    week,
    previousWeek: previousWeek(week, config.timeZone),
    settings: {
      timeZone: config.timeZone,
      firstDayOfWeek: config.firstDayOfWeek,
      currency: config.currency,
      benchmarks: config.benchmarks,
      spreadsheetName: config.spreadsheetName,
      spendBasis: config.spendBasis,
    },
    builtAt: now,
    today: now,
    emvOf: emvFromRates(config),
    disclosureOf: (caption) => checkDisclosure(caption, config.disclosure),
    definitions,
  });
  report.notices.unshift(...config.notes, ...notes);
  return report;
}
