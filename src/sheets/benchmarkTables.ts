import type { Cell } from "../core/cells";
import { parseNumber } from "../core/numbers";
import {
  type Benchmark,
  type BenchmarkBand,
  type BenchmarkPlatform,
  type Benchmarks,
  DEFAULT_BENCHMARKS,
  HYPEAUDITOR_2018,
} from "../core/report/benchmark";
import type { SheetSnapshot, WriteCell } from "../workbook/port";
import { SETTINGS_TABLES, type SettingsTableKey } from "./layouts/settings";
import { at, blankValue, cellText } from "./plan";
import type { SettingsLayout } from "./settings";
import { placeGrid, type TablePlace } from "./settingsTables";

/** Which Settings table holds which platform's engagement benchmark. */
export const BENCHMARK_TABLES: readonly { key: SettingsTableKey; platform: BenchmarkPlatform }[] = [
  { key: "benchmark", platform: "Instagram" },
  { key: "benchmarkTikTok", platform: "TikTok" },
  { key: "benchmarkYouTube", platform: "YouTube" },
];

/** The title and note earlier versions wrote above the 2018 table; a team's own words there stay. */
const OLD_TITLE_AND_NOTE = [
  "Engagement benchmark",
  "Average engagement rate by followers. The weekly report warns when a creator is under a third of their band.",
];

/** What earlier versions wrote in Settings › Benchmark source, for the 2018 table they seeded. */
export const OLD_BENCHMARK_SOURCE = "HypeAuditor (2018), about 37,000 Instagram accounts";

/** The table's data rows that hold anything, as [minimum, rate] cells. */
function filledRows(grid: Cell[][]): Cell[][] {
  return grid.slice(1).filter((row) => !(blankValue(row[0]) && blankValue(row[1])));
}

/** Whether the rows are exactly `bands` (a blank rate where the band has none), in order. */
function holdsExactly(grid: Cell[][], bands: readonly BenchmarkBand[]): boolean {
  const rows = filledRows(grid);
  return (
    rows.length === bands.length &&
    rows.every((row, i) => {
      const band = bands[i];
      const rate = band?.engagementRate ?? null;
      const typedRate = parseNumber(row[1] ?? "");
      return (
        parseNumber(row[0] ?? "") === band?.minFollowers &&
        (rate === null
          ? blankValue(row[1])
          : typeof typedRate === "number" && Math.abs(typedRate - rate) < 1e-9)
      );
    })
  );
}

/** A table nobody edited: our current default, or the 2018 table earlier versions seeded (Instagram's). */
export function untouchedDefault(grid: Cell[][], platform: BenchmarkPlatform): boolean {
  if (holdsExactly(grid, DEFAULT_BENCHMARKS[platform].bands)) return true;
  return platform === "Instagram" && holdsExactly(grid, HYPEAUDITOR_2018.bands);
}

/** 1000 → "1K", 1500 → "1.5K", 2000000 → "2M": how band labels name follower counts. */
function shortCount(n: number): string {
  const scaled = (value: number, suffix: string) => `${Number(value.toFixed(1))}${suffix}`;
  if (n >= 1_000_000) return scaled(n / 1_000_000, "M");
  if (n >= 1_000) return scaled(n / 1_000, "K");
  return String(n);
}

/**
 * A Settings benchmark table (Minimum followers, Average engagement rate) as bands; bad rows are
 * named. A minimum with a blank rate is a band the source gives no figure for: it is not checked.
 */
export function parseBenchmark(
  grid: Cell[][],
  headerRow: number,
  platform: string,
  source: string,
): { benchmark: Benchmark | null; problems: string[] } {
  const problems: string[] = [];
  const rows: { min: number; rate: number | null }[] = [];
  grid.slice(1).forEach((cells, i) => {
    const [minCell, rateCell] = cells;
    if (blankValue(minCell) && blankValue(rateCell)) return;
    const row = headerRow + 1 + i;
    const min = parseNumber(minCell ?? "");
    const rate = blankValue(rateCell) ? null : parseNumber(rateCell ?? "");
    if (typeof min !== "number" || min < 0) {
      problems.push(
        `Settings row ${row}: Minimum followers must be a number ≥ 0, got ${JSON.stringify(cellText(minCell ?? ""))}.`,
      );
    } else if (rate !== null && (typeof rate !== "number" || rate <= 0 || rate > 1)) {
      problems.push(
        `Settings row ${row}: Average engagement rate must be a share such as 1.78% or 0.0178 (or blank: not checked), got ${JSON.stringify(cellText(rateCell ?? ""))}.`,
      );
    } else if (rows.some((r) => r.min === min)) {
      problems.push(
        `Settings row ${row}: Minimum followers ${min} is already in the ${platform} benchmark table.`,
      );
    } else rows.push({ min, rate: rate as number | null });
  });
  if (rows.length === 0) return { benchmark: null, problems };
  rows.sort((a, b) => a.min - b.min);
  const bands: BenchmarkBand[] = rows.map((r, i) => {
    const next = rows[i + 1]?.min ?? null;
    return {
      label: next === null ? `over ${shortCount(r.min)}` : `${shortCount(r.min)}–${shortCount(next)}`,
      minFollowers: r.min,
      maxFollowers: next,
      engagementRate: r.rate,
    };
  });
  return { benchmark: { platform, source, bands }, problems };
}

/**
 * The three platforms' benchmarks from Settings. A table nobody edited (today's default, or the 2018
 * table earlier versions seeded) reads as today's default with its cited source; a team's own table
 * is used as typed, credited to Settings › Benchmark source. A missing table is the default.
 */
export function readBenchmarks(
  snapshot: SheetSnapshot,
  layout: SettingsLayout,
  sourceSetting: string,
  notes: string[],
): Benchmarks {
  return BENCHMARK_TABLES.map(({ key, platform }) => {
    const fallback = DEFAULT_BENCHMARKS[platform];
    const place = layout.tables.get(key);
    const grid = place ? placeGrid(snapshot.values, place) : [];
    if (!place || grid.length === 0 || untouchedDefault(grid, platform)) return fallback;
    const title = SETTINGS_TABLES.find((t) => t.key === key)?.title ?? key;
    const typed = sourceSetting.trim();
    const source =
      typed === "" || typed === OLD_BENCHMARK_SOURCE ? `your own figures (Settings › ${title})` : typed;
    const parsed = parseBenchmark(grid, place.headerRow, platform, source);
    if (parsed.problems.length > 0) {
      const fallbackNote = parsed.benchmark ? "Those rows are left out" : "The default is used instead";
      notes.push(
        `The ${title} in Settings has rows it cannot use. ${fallbackNote}: ${parsed.problems.join(" ")}`,
      );
    }
    // A table the team emptied means: do not check this platform.
    if (!parsed.benchmark && parsed.problems.length === 0) return { platform, source, bands: [] };
    return parsed.benchmark ?? fallback;
  });
}

/**
 * For the set-up: the writes that bring an Instagram table still holding the 2018 rows earlier
 * versions seeded up to today's default (rows, and the title and note above them while they read as
 * those versions wrote them). A table with any edit, or any formula, is the team's and stays as it is.
 */
export function benchmarkUpdates(
  snapshot: SheetSnapshot,
  places: ReadonlyMap<SettingsTableKey, TablePlace>,
): { row: number; col: number; cells: WriteCell[][] }[] {
  const place = places.get("benchmark");
  const spec = SETTINGS_TABLES.find((t) => t.key === "benchmark");
  if (!place || !spec) return [];
  // A formula giving the 2018 figure is the team's work, not our seeded constant.
  const formulas = placeGrid(snapshot.formulas, place).flat();
  if (
    formulas.some((f) => f !== "") ||
    !holdsExactly(placeGrid(snapshot.values, place), HYPEAUDITOR_2018.bands)
  )
    return [];
  const rows = Math.max(HYPEAUDITOR_2018.bands.length, spec.defaults.length);
  const cells: WriteCell[][] = Array.from({ length: rows }, (_, i) => {
    const row = spec.defaults[i] ?? ["", ""];
    return row.map((cell) => (cell === null ? "" : cell)) as WriteCell[];
  });
  const heading = [spec.title, spec.note].flatMap((text, i) => {
    const cell = at(snapshot, place.titleRow, place.col + i);
    const old = cell.formula === "" && cellText(cell.value) === OLD_TITLE_AND_NOTE[i];
    return old ? [{ row: place.titleRow, col: place.col + i, cells: [[text]] }] : [];
  });
  return [...heading, { row: place.headerRow + 1, col: place.col, cells }];
}
