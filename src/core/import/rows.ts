import { parseExportNumber } from "../numbers";
import { parseExportDay } from "./exportDates";
import { fieldLabel, type ImportField, METRIC_FIELDS, type MetricField } from "./fields";
import type { Mapping } from "./mapping";
import { sourceProfile } from "./sources";
import type { ExportTable } from "./table";
import { handleFromUrl, platformFromUrl, postIdKey, postKey, youtubeUrl } from "./urls";

/** One usable row of an export, its cells read into Posts fields. */
export interface ImportRow {
  /** 1-based row of the file, the header being row 1: what messages point at. */
  line: number;
  /** "YYYY-MM-DD", null when the file has none or it could not be read (see dateText). */
  date: string | null;
  /** The date cell as the file wrote it, for a message when a new post needs a date. */
  dateText: string;
  handle: string;
  campaign: string;
  platform: string;
  postUrl: string;
  caption: string;
  /** The post's key (see postKey), undefined when the row has no link or ID. */
  key: string | undefined;
  promoCode: string;
  /** Only the metrics the file has a value for: a blank cell never blanks a sheet cell. */
  metrics: Partial<Record<MetricField, number>>;
}

export interface SkippedRow {
  /** 1-based row of the file (0 for something about the whole file). */
  line: number;
  reason: string;
}

export interface RowOptions {
  /** The sheet's locale writes days first (16/11/2026). */
  dayFirst: boolean;
  /** "YYYY-MM-DD" today: a date without a year is not after it (nor after the export's own time). */
  today: string;
}

/** A cell as a message quotes it: in quotes, at most 60 characters. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

/** Instagram's export writes 06/29/2026 whatever the account's language; the others follow the sheet. */
const MONTH_FIRST_SOURCES = new Set(["instagram"]);

class RowReader {
  constructor(
    private readonly mapping: Mapping,
    private readonly decimalComma: boolean,
    private readonly options: RowOptions,
  ) {}

  text(cells: string[], field: ImportField): string {
    const at = this.mapping.columns[field];
    const value = at === undefined ? "" : (cells[at] ?? "").trim();
    return /^undefined$/i.test(value) ? "" : value;
  }

  day(cells: string[], field: ImportField, reference: string): string | null | undefined {
    const dayFirst = MONTH_FIRST_SOURCES.has(this.mapping.source) ? false : this.options.dayFirst;
    return parseExportDay(this.text(cells, field), { dayFirst, reference });
  }

  /** The row's metrics, or the first one that is text rather than a number. */
  metrics(cells: string[]): Partial<Record<MetricField, number>> | SkippedRow {
    const metrics: Partial<Record<MetricField, number>> = {};
    for (const field of METRIC_FIELDS) {
      const at = this.mapping.columns[field];
      if (at === undefined) continue;
      const cell = cells[at] ?? "";
      const value = parseExportNumber(cell, this.decimalComma);
      if (value === undefined || (value !== null && value < 0)) {
        return { line: 0, reason: `${fieldLabel(field)} is not a number ≥ 0: ${quote(cell.trim())}` };
      }
      if (value !== null) metrics[field] = value;
    }
    return metrics;
  }
}

/** YouTube Studio's first data row sums the channel: "Total" where the video ID would be. */
function isTotalRow(cells: string[]): boolean {
  return /^total$/i.test((cells[0] ?? "").trim());
}

/** The rows of a table under a mapping, and the rows that cannot be used with the reason. */
export function exportRows(
  table: ExportTable,
  mapping: Mapping,
  options: RowOptions,
): { rows: ImportRow[]; skipped: SkippedRow[] } {
  const reader = new RowReader(mapping, table.decimalComma, options);
  const profile = sourceProfile(mapping.source);
  const rows: ImportRow[] = [];
  const skipped: SkippedRow[] = [];
  table.rows.forEach((cells, i) => {
    const line = table.lines?.[i] ?? i + 2;
    if (isTotalRow(cells)) {
      skipped.push({ line, reason: "the Total row (the sum of the rows below)" });
      return;
    }
    const metrics = reader.metrics(cells);
    if ("reason" in metrics) {
      skipped.push({ line, reason: metrics.reason });
      return;
    }
    const exported = reader.day(cells, "exportedAt", options.today);
    const dateText = reader.text(cells, "date");
    const date = reader.day(cells, "date", exported && exported < options.today ? exported : options.today);
    let postUrl = reader.text(cells, "postUrl");
    const postId = reader.text(cells, "postId");
    const platform = profile.platform || reader.text(cells, "platform") || platformFromUrl(postUrl) || "";
    const key = postUrl ? postKey(postUrl) : postIdKey(platform, postId);
    if (!postUrl && key?.startsWith("youtube:")) postUrl = youtubeUrl(postId);
    rows.push({
      line,
      date: date ?? null,
      dateText,
      handle: reader.text(cells, "handle") || (postUrl ? (handleFromUrl(postUrl) ?? "") : ""),
      campaign: reader.text(cells, "campaign"),
      platform,
      postUrl,
      caption: reader.text(cells, "caption"),
      key,
      promoCode: reader.text(cells, "promoCode"),
      metrics,
    });
  });
  return { rows, skipped };
}
