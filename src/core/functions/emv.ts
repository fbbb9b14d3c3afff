import type { Arg, Cell, Grid } from "../cells";
import { cellText, isBlank, isGrid } from "../cells";
import { METRIC_HEADERS, METRICS, type MetricKey } from "../metrics";
import { parseNumber } from "../numbers";
import {
  callHeight,
  cellAt,
  decidesBlank,
  type FunctionResult,
  InputError,
  mapRows,
  quote,
  requireOneColumn,
  rowAt,
  rowIsBlank,
  rowsOf,
  widthOf,
} from "./shape";

const FN = "EMV";

// The order of the columns in `counts` is the metric list's (src/core/metrics.ts).
export { METRICS, type MetricKey };

/** A count's name inside a sentence: its column header in lower case ("link clicks"). */
const labelOf = (key: MetricKey): string => METRIC_HEADERS[key].toLowerCase();

/** A post's counts; a Post record fits as it is. */
export type MetricCounts = Readonly<Record<MetricKey, number>>;
/** Currency per single action. */
export type Rates = Readonly<Record<MetricKey, number>>;

/** Ayzenberg EMV Index (2017), the values used when no rate card is given. */
export const AYZENBERG_RATES: Rates = {
  impressions: 0.00482,
  views: 0.09,
  likes: 0.21,
  comments: 3.17,
  shares: 2.14,
  saves: 0,
  linkClicks: 2.28,
};

export interface RateCard {
  /** Rates by platform name, trimmed and lower-cased. */
  readonly platforms: ReadonlyMap<string, Rates>;
  /** Platform names as the card spells them, for messages. */
  readonly names: readonly string[];
  /** The Default row: rates for a blank platform or one the card does not list. */
  readonly fallback: Rates | undefined;
}

/** Earned media value, rounded to cents so sums like 48.2 + 105 + 126.8 show as 347, not 346.99999. */
export function emvOf(counts: MetricCounts, rates: Rates): number {
  let total = 0;
  for (const key of METRICS) total += counts[key] * rates[key];
  return roundToCents(total);
}

/** The rates a card gives a platform: its own row, else the Default row, else undefined. */
export function ratesFor(platform: string, card: RateCard): Rates | undefined {
  const key = platform.trim().toLowerCase();
  return (key === "" ? undefined : card.platforms.get(key)) ?? card.fallback;
}

const HEADER_METRICS: Readonly<Record<string, MetricKey>> = {
  impression: "impressions",
  view: "views",
  like: "likes",
  comment: "comments",
  share: "shares",
  save: "saves",
  click: "linkClicks",
  linkclick: "linkClicks",
};
const ACCEPTED_HEADERS =
  "Platform, Impressions, Views, Likes, Comments, Shares, Saves, Link clicks (or Clicks)";

/**
 * A team's own rate card: a header row (Platform, then metric names in any order, any case, singular or
 * plural), then one row per platform with currency per action; a row named Default covers the rest.
 */
export function parseRateCard(grid: Grid): RateCard {
  const headerIndex = grid.findIndex((row) => !rowIsBlank(row));
  const header = grid[headerIndex];
  if (header === undefined) {
    throw new Error(
      `${FN}: rate_card is empty; give a header row (${ACCEPTED_HEADERS}) and a row per platform`,
    );
  }
  const firstHeader = cellText(header[0]).trim();
  if (!/^platforms?$/i.test(firstHeader)) {
    throw new Error(`${FN}: rate_card's first column must be headed "Platform", got ${quote(header[0])}`);
  }
  const columns = metricColumns(grid, headerIndex);
  const platforms = new Map<string, Rates>();
  const rowOfPlatform = new Map<string, number>();
  const names: string[] = [];
  let fallback: Rates | undefined;
  for (let index = headerIndex + 1; index < grid.length; index++) {
    const row = grid[index] ?? [];
    if (rowIsBlank(row)) continue;
    const rowNumber = index + 1;
    const name = cellText(row[0]).trim();
    if (name === "") throw new Error(`${FN}: rate_card row ${rowNumber}: platform name is blank`);
    const key = name.toLowerCase();
    const earlier = rowOfPlatform.get(key);
    if (earlier !== undefined) {
      throw new Error(`${FN}: rate_card rows ${earlier} and ${rowNumber} are both "${name}"`);
    }
    rowOfPlatform.set(key, rowNumber);
    const rates = ratesOfRow(row, columns, `${FN}: rate_card row ${rowNumber} (${name})`);
    if (key === "default") {
      fallback = rates;
    } else {
      platforms.set(key, rates);
      names.push(name);
    }
  }
  if (rowOfPlatform.size === 0) throw new Error(`${FN}: rate_card has no platform rows under its header`);
  return { platforms, names, fallback };
}

/** `=EMV(platform, counts, [rate_card])`: earned media value of each row's counts at its platform's rates. */
export function EMV(platform: Arg, counts: Arg, rate_card?: Arg): FunctionResult {
  requireOneColumn(FN, "platform", platform);
  const card = rateCardArg(rate_card);
  const height = callHeight(FN, [
    ["platform", platform],
    ["counts", counts],
  ]);
  const countRows = rowsOf(counts);
  const width = widthOf(countRows);
  if (width > METRICS.length) {
    throw new Error(
      `${FN}: counts has ${width} columns but there are only ${METRICS.length} metrics: ${metricList()}`,
    );
  }
  const platformRows = rowsOf(platform);
  const platformDecides = decidesBlank(height, platform);
  const countsDecide = decidesBlank(height, counts);
  const rateLists = new Map<string, readonly number[]>();
  const rateListFor = (cell: Cell): readonly number[] => {
    if (typeof cell !== "string" && !isBlank(cell)) {
      throw new InputError(`${FN}: platform must be text like "Instagram", got ${quote(cell)}`);
    }
    const text = typeof cell === "string" ? cell : "";
    let list = rateLists.get(text);
    if (list === undefined) {
      list = listOf(platformRates(text, card));
      rateLists.set(text, list);
    }
    return list;
  };
  return mapRows(height, (i) => {
    const row = rowAt(countRows, i);
    const platformCell = cellAt(platformRows, i);
    if ((!countsDecide || rowIsBlank(row)) && (!platformDecides || isBlank(platformCell))) return "";
    const rates = rateListFor(platformCell);
    let total = 0;
    for (let j = 0; j < row.length; j++) {
      const cell = row[j];
      const count = parseNumber(cell);
      if (count === null) continue;
      if (count === undefined || count < 0) {
        throw new InputError(`${FN}: counts (${labelAt(j)}) must be a number ≥ 0, got ${quote(cell)}`);
      }
      total += count * (rates[j] ?? 0);
    }
    if (!Number.isFinite(total)) throw new InputError(`${FN}: counts are too large to add up`);
    return roundToCents(total);
  });
}

function rateCardArg(arg: Arg | undefined): RateCard | undefined {
  if (isGrid(arg)) return parseRateCard(arg);
  if (isBlank(arg)) return undefined;
  throw new Error(
    `${FN}: rate_card must be a range with a header row (${ACCEPTED_HEADERS}), got ${quote(arg)}`,
  );
}

function platformRates(platform: string, card: RateCard | undefined): Rates {
  if (card === undefined) return AYZENBERG_RATES;
  const rates = ratesFor(platform, card);
  if (rates !== undefined) return rates;
  if (platform.trim() === "") {
    throw new InputError(`${FN}: platform is blank and rate_card has no Default row; fill in the platform`);
  }
  throw new InputError(
    `${FN}: platform "${platform.trim()}" is not in rate_card (${card.names.join(", ")}); add a row for it or a Default row`,
  );
}

/** Header columns after Platform, as metric keys by column index. */
function metricColumns(
  grid: Grid,
  headerIndex: number,
): readonly (readonly [column: number, key: MetricKey])[] {
  const header = grid[headerIndex] ?? [];
  const columns: [number, MetricKey][] = [];
  const seen = new Set<MetricKey>();
  for (let column = 1; column < widthOf(grid); column++) {
    const cell = header[column];
    if (isBlank(cell)) {
      if (grid.some((row) => !isBlank(row[column]))) {
        throw new Error(
          `${FN}: rate_card column ${column + 1} has rates but no header; name the metric it prices`,
        );
      }
      continue;
    }
    const key =
      HEADER_METRICS[
        cellText(cell)
          .toLowerCase()
          .replace(/[\s_-]+/g, "")
          .replace(/s$/, "")
      ];
    if (key === undefined) {
      throw new Error(`${FN}: rate_card column ${quote(cell)} is not a metric; use ${ACCEPTED_HEADERS}`);
    }
    if (seen.has(key)) throw new Error(`${FN}: rate_card has two columns for ${labelOf(key)}`);
    seen.add(key);
    columns.push([column, key]);
  }
  if (columns.length === 0)
    throw new Error(`${FN}: rate_card has no metric columns; use ${ACCEPTED_HEADERS}`);
  return columns;
}

function ratesOfRow(
  row: readonly Cell[],
  columns: readonly (readonly [number, MetricKey])[],
  where: string,
): Rates {
  const rates = Object.fromEntries(METRICS.map((key) => [key, 0])) as Record<MetricKey, number>;
  for (const [column, key] of columns) {
    const cell = row[column];
    const rate = parseNumber(cell);
    if (rate === null) continue;
    if (rate === undefined || rate < 0) {
      throw new Error(`${where}: ${labelOf(key)} rate must be a number ≥ 0, got ${quote(cell)}`);
    }
    rates[key] = rate;
  }
  return rates;
}

function listOf(rates: Rates): readonly number[] {
  return METRICS.map((key) => rates[key]);
}

function labelAt(column: number): string {
  const key = METRICS[column];
  return key === undefined ? `column ${column + 1}` : labelOf(key);
}

function metricList(): string {
  return METRICS.map(labelOf).join(", ");
}

function roundToCents(amount: number): number {
  const cents = Math.round(amount * 100);
  return Number.isFinite(cents) ? cents / 100 : amount;
}
