import type { Cell } from "../cells";
import { isBlank } from "../cells";
import { type DateOptions, dateExample, parseDate } from "../dateParse";
import { formatYmd } from "../dates";
import { handleKey, nameKey } from "../keys";
import { METRICS, type MetricKey } from "../metrics";
import { describe, type NumberOptions, parseNumber } from "../numbers";
import type { BudgetLine, Campaign, Deliverable, Skipped } from "../records";
import type { FieldOf } from "./fields";
import type { KeyedRow, ReportCreator, ReportData, ReportPost } from "./records";

/**
 * Readers from the rows the sheets layer read to the report's records. Nothing here throws on bad
 * data: a row that cannot be used is left out and said so in `skipped`, a row that can be used with
 * a blank field in place of a bad one is kept and also said so.
 */

/** decimalComma: the spreadsheet's locale writes "12,5" (decimalCommaFor), so "45.000" reads as 45,000. */
export type ReadOptions = DateOptions & NumberOptions;

export interface Read<T> {
  records: T[];
  skipped: Skipped[];
}

const LABELS: Record<string, string> = { postUrl: "Post URL", emv: "EMV", handle: "Handle" };

/** "linkClicks" → "Link clicks": the column as a person would call it. */
export function columnLabel(key: string): string {
  const known = LABELS[key];
  if (known) return known;
  const words = key.replace(/([A-Z])/g, " $1").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export { handleKey, nameKey };

const FORMULA_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|LOADING)/i;

export function isFormulaError(value: Cell): boolean {
  return typeof value === "string" && FORMULA_ERROR.test(value.trim());
}

function rowIsBlank(row: KeyedRow): boolean {
  for (const key in row.values) if (!isBlank(row.values[key])) return false;
  return true;
}

/** Reads one row's fields, by the keys `K` of its sheet's fields, and collects what was wrong with them. */
class RowReader<K extends string> {
  problems: string[] = [];
  private row: KeyedRow = { row: 0, values: {} };

  constructor(private readonly options: ReadOptions) {}

  /** One reader serves a whole sheet: an object per row is measurable on 100,000 posts. */
  at(row: KeyedRow): this {
    this.row = row;
    if (this.problems.length > 0) this.problems = [];
    return this;
  }

  cell(key: K): Cell {
    return this.row.values[key];
  }

  text(key: K): string {
    return this.textOf(this.cell(key));
  }

  /** A cell as text: a date as its day in the spreadsheet's zone. */
  textOf(value: Cell): string {
    if (value === null || value === undefined) return "";
    if (value instanceof Date)
      return Number.isNaN(value.getTime()) ? "" : formatYmd(value, this.options.timeZone);
    return String(value).trim();
  }

  /** Text of a formula column, "" when it shows an error. */
  shown(key: K): string {
    return isFormulaError(this.cell(key)) ? "" : this.text(key);
  }

  /** A count or amount: blank is 0, anything else must be a number ≥ 0. */
  amount(key: K): number {
    return this.optionalAmount(key) ?? 0;
  }

  /**
   * A number ≥ 0, null when blank or a placeholder ("n/a", "tbd", "—"); a bad value is a problem
   * and reads as null.
   */
  optionalAmount(key: K): number | null {
    const value = this.cell(key);
    const number = parseNumber(value, this.options);
    if (number === null) return null;
    if (number === undefined || number < 0) {
      this.problems.push(`${columnLabel(key)} must be a number ≥ 0, got ${quoted(value)}`);
      return null;
    }
    if (number > LARGEST_AMOUNT) {
      this.problems.push(`${columnLabel(key)} is too large to be a count or amount, got ${quoted(value)}`);
      return null;
    }
    return number;
  }

  date(key: K): Date | null {
    const value = this.cell(key);
    const date = parseDate(value, this.options);
    if (date === undefined) {
      this.problems.push(
        `${columnLabel(key)} must be a date like 2026-11-16 or ${dateExample(this.options.dayFirst)}, got ${quoted(value)}`,
      );
      return null;
    }
    return date;
  }
}

/** Past a quadrillion a cell is a paste error, and a few such sums would overflow to Infinity. */
const LARGEST_AMOUNT = 1e15;

function skip(skipped: Skipped[], sheet: string, row: number, reasons: string[], consequence = ""): void {
  for (const reason of reasons)
    skipped.push({ sheet, row, reason: consequence ? `${reason}; ${consequence}` : reason });
}

export function readRoster(rows: readonly KeyedRow[], options: ReadOptions): Read<ReportCreator> {
  const records: ReportCreator[] = [];
  const skipped: Skipped[] = [];
  const reader = new RowReader<FieldOf<"roster">>(options);
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (rowIsBlank(row)) continue;
    const r = reader.at(row);
    const handle = r.text("handle");
    if (handleKey(handle) === "") {
      skip(skipped, "Roster", row.row, ["Handle is blank"], "this creator cannot be matched to posts");
      continue;
    }
    const platform = r.text("platform");
    const key = `${nameKey(platform)}|${handleKey(handle)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const where = platform ? ` on ${platform}` : "";
      skip(
        skipped,
        "Roster",
        row.row,
        [`${handle}${where} is already on row ${first}`],
        "this row is ignored",
      );
      continue;
    }
    seen.set(key, row.row);
    const followers = r.optionalAmount("followers");
    skip(skipped, "Roster", row.row, r.problems, "read as blank");
    records.push({
      row: row.row,
      creator: r.text("creator"),
      handle,
      platform,
      followers,
      owner: r.text("owner"),
      tier: r.shown("tier"),
    });
  }
  return { records, skipped };
}

export function readCampaigns(rows: readonly KeyedRow[], options: ReadOptions): Read<Campaign> {
  const records: Campaign[] = [];
  const skipped: Skipped[] = [];
  const reader = new RowReader<FieldOf<"campaigns">>(options);
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (rowIsBlank(row)) continue;
    const r = reader.at(row);
    const campaign = r.text("campaign");
    if (campaign === "") {
      skip(skipped, "Campaigns", row.row, ["Campaign is blank"], "this row is ignored");
      continue;
    }
    const first = seen.get(nameKey(campaign));
    if (first !== undefined) {
      skip(
        skipped,
        "Campaigns",
        row.row,
        [`Campaign "${campaign}" is already on row ${first}`],
        "this row is ignored",
      );
      continue;
    }
    seen.set(nameKey(campaign), row.row);
    const start = r.date("start");
    const end = r.date("end");
    const budget = r.optionalAmount("budget");
    skip(skipped, "Campaigns", row.row, r.problems, "read as blank");
    records.push({ row: row.row, campaign, objective: r.text("objective"), start, end, budget });
  }
  return { records, skipped };
}

export function readDeliverables(rows: readonly KeyedRow[], options: ReadOptions): Read<Deliverable> {
  const records: Deliverable[] = [];
  const skipped: Skipped[] = [];
  const reader = new RowReader<FieldOf<"deliverables">>(options);
  for (const row of rows) {
    if (rowIsBlank(row)) continue;
    const r = reader.at(row);
    const dueDate = r.date("dueDate");
    const postedOn = r.date("postedOn");
    if (r.problems.length > 0) {
      skip(skipped, "Deliverables", row.row, r.problems, "left out of the due and overdue lists");
      continue;
    }
    records.push({
      row: row.row,
      campaign: r.text("campaign"),
      handle: r.text("handle"),
      deliverable: r.text("deliverable"),
      dueDate,
      postedOn,
      postUrl: r.text("postUrl"),
      status: r.text("status"),
    });
  }
  return { records, skipped };
}

type Counts = Record<MetricKey, number> & { missing?: MetricKey[] };

/** The post's counts, a blank or unreadable one as 0 for the sums and named in `missing` for the rates. */
function metricCounts(r: RowReader<FieldOf<"posts">>): Counts {
  const counts = {} as Counts;
  const missing: MetricKey[] = [];
  for (const metric of METRICS) {
    const value = r.optionalAmount(metric);
    if (value === null) missing.push(metric);
    counts[metric] = value ?? 0;
  }
  if (missing.length > 0) counts.missing = missing;
  return counts;
}

/**
 * A post is left out only when it has no usable date (it belongs to no week). A bad count or
 * amount is missing for that post alone: the post still counts in the posts total, the FTC check
 * and every sum without that figure, and the problem names the row, the column and the value.
 */
export function readPosts(rows: readonly KeyedRow[], options: ReadOptions): Read<ReportPost> {
  const records: ReportPost[] = [];
  const skipped: Skipped[] = [];
  const reader = new RowReader<FieldOf<"posts">>(options);
  for (const row of rows) {
    if (rowIsBlank(row)) continue;
    const r = reader.at(row);
    const date = r.date("date");
    if (date === null) {
      if (r.problems.length === 0) r.problems.push("Date is blank");
      skip(skipped, "Posts", row.row, r.problems, "the post is not counted");
      continue;
    }
    // Fields in column order, so a row's problems are listed left to right.
    const post = {
      row: row.row,
      date,
      handle: r.text("handle"),
      campaign: r.text("campaign"),
      platform: r.text("platform"),
      postUrl: r.text("postUrl"),
      caption: r.text("caption"),
      ...metricCounts(r),
      promoRedemptions: r.amount("promoRedemptions"),
      revenue: r.amount("revenue"),
      emv: null as number | null,
      emvShown: "",
      disclosure: r.shown("disclosure") || null,
    };
    skip(skipped, "Posts", row.row, r.problems, "the post is counted without it");
    const emvCell = r.cell("emv");
    const emvNumber = isFormulaError(emvCell) ? undefined : parseNumber(emvCell);
    if (emvNumber !== null && emvNumber !== undefined && emvNumber >= 0) post.emv = emvNumber;
    else if (emvNumber !== null) post.emvShown = describe(emvCell);
    records.push(post);
  }
  return { records, skipped };
}

export function readBudget(rows: readonly KeyedRow[], options: ReadOptions): Read<BudgetLine> {
  const records: BudgetLine[] = [];
  const skipped: Skipped[] = [];
  const reader = new RowReader<FieldOf<"budget">>(options);
  for (const row of rows) {
    if (rowIsBlank(row)) continue;
    const r = reader.at(row);
    const planned = r.amount("planned");
    const actual = r.amount("actual");
    const paidOn = r.date("paidOn");
    if (r.problems.length > 0) {
      skip(skipped, "Budget", row.row, r.problems, "the line is not counted");
      continue;
    }
    records.push({
      row: row.row,
      campaign: r.text("campaign"),
      handle: r.text("handle"),
      item: r.text("item"),
      planned,
      actual,
      paidOn,
    });
  }
  return { records, skipped };
}

/** The report's sheets as the sheets layer read them; a sheet the spreadsheet lacks is left out. */
export interface ReportSheets {
  roster?: readonly KeyedRow[];
  campaigns?: readonly KeyedRow[];
  deliverables?: readonly KeyedRow[];
  posts?: readonly KeyedRow[];
  budget?: readonly KeyedRow[];
}

/** Reads every sheet the report uses; skipped rows come in sheet order, then row order. */
export function readReportData(sheets: ReportSheets, options: ReadOptions): ReportData {
  const roster = readRoster(sheets.roster ?? [], options);
  const campaigns = readCampaigns(sheets.campaigns ?? [], options);
  const deliverables = readDeliverables(sheets.deliverables ?? [], options);
  const posts = readPosts(sheets.posts ?? [], options);
  const budget = readBudget(sheets.budget ?? [], options);
  return {
    creators: roster.records,
    campaigns: campaigns.records,
    deliverables: deliverables.records,
    posts: posts.records,
    budget: budget.records,
    skipped: [
      ...posts.skipped,
      ...budget.skipped,
      ...roster.skipped,
      ...campaigns.skipped,
      ...deliverables.skipped,
    ],
    postsSheetMissing: sheets.posts === undefined,
  };
}

/** Longest bad value quoted in a problem, quotes included, so one pasted caption cannot fill the list. */
const QUOTED_CHARS = 60;

/** A bad value as a problem quotes it, cut to QUOTED_CHARS. */
export function quoted(value: Cell): string {
  const text = describe(value);
  return text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS - 2)}…${text.slice(-1)}` : text;
}
