import type { Cell } from "../cells";
import { formatCompact, isNumericKind, isWebLink } from "./format";
import { type Better, type ColumnKind, kindsOfRow, type ReportBlock } from "./table";

/**
 * The report as one HTML e-mail. Gmail drops <style> blocks for many accounts, scripts, SVG and
 * most CSS, so every style is inline (properties Gmail keeps: width, background, white-space,
 * padding; see https://developers.google.com/workspace/gmail/design/css), charts are table cells
 * holding a coloured div of N% width, and nothing is loaded from elsewhere: the only addresses
 * are the post links, as plain <a href>.
 *
 * It is laid out for a 600 px reading pane, the width mail clients design for: the widest tables
 * leave out the columns marked sheet-only, large amounts are shortened ("$33.9K"), links show
 * their site, and dates never wrap. The report sheet has every column and every digit.
 */

export interface HtmlOptions {
  currency: string;
  /**
   * Longest table the e-mail shows (default 25); the rest stays in the report sheet. Gmail clips a
   * message past about 100 KB, and a week can list hundreds of posts needing attention.
   */
  maxRows?: number;
}

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const MUTED = "#6b7280";
const BORDER = "#e5e7eb";
const UP = "#15803d";
const DOWN = "#b91c1c";
const BAR = "#4f46e5";
const STRIPE = "#f9fafb";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** A change is green when it is good news and red when bad; a change that is neither stays plain. */
function changeColour(value: number, better: Better): string | undefined {
  if (better === null || value === 0) return undefined;
  return value > 0 === (better === "up") ? UP : DOWN;
}

/** How a cell is coloured: by which way its row is better when it is a change, else not at all. */
type Tone = Better | "none";

/** "https://www.instagram.com/p/abc/" → "instagram.com": a long path would widen its column. */
function siteOf(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, "").replace(/[/?#:].*$/, "");
}

/**
 * Text with a break opportunity (<wbr>) every 10 characters of a word over 25 long (a link pasted
 * in a caption, a long handle), so it wraps in its cell instead of widening the table. Markup, not
 * CSS: Gmail keeps only the CSS properties it lists (see above), and a <wbr> needs none of them.
 */
function breakable(text: string): string {
  // \u200b marks the places before escaping, so no entity such as &amp; is split.
  const marked = text.replace(/\S{26,}/g, (word) => word.replace(/.{10}(?=.)/g, "$&\u200b"));
  return escapeHtml(marked).replace(/\u200b/g, "<wbr>");
}

function cellHtml(value: Cell, kind: ColumnKind, currency: string, tone: Tone): string {
  if (kind === "link" && isWebLink(value)) {
    const url = value.trim();
    return `<a href="${escapeHtml(url)}" style="color:#1d4ed8;">${escapeHtml(siteOf(url))}</a>`;
  }
  const shown = formatCompact(value, kind, currency);
  // A link that is not a web address is shown exactly as typed.
  const text = kind === "link" ? escapeHtml(shown) : breakable(shown);
  const colour = typeof value === "number" && tone !== "none" ? changeColour(value, tone) : undefined;
  if (colour) return `<span style="color:${colour};font-weight:bold;">${text}</span>`;
  return text;
}

/** Changes are coloured by their row's better direction; a "change" column elsewhere, a rise is good. */
function toneOf(block: ReportBlock, row: number, column: number): Tone {
  if (block.changeColumns)
    return block.changeColumns.includes(column) ? (block.better?.[row] ?? null) : "none";
  return kindsOfRow(block, row)[column] === "change" ? "up" : "none";
}

/** Each row's bar as a % of the track: of the largest value, or for a pie of the whole. */
function barWidths(block: ReportBlock, column: number, share: boolean): number[] {
  const values = block.rows.map((row) => {
    const value = row[column];
    return typeof value === "number" && value > 0 ? value : 0;
  });
  const scale = share ? values.reduce((sum, v) => sum + v, 0) : Math.max(0, ...values);
  return values.map((v) => (scale === 0 ? 0 : Math.round((v / scale) * 1000) / 10));
}

function bar(width: number, height: number): string {
  return (
    // text-align:left: in a right-aligned number cell the bar still grows from the left.
    `<div style="background:${BORDER};text-align:left;">` +
    `<div style="background:${BAR};width:${width}%;height:${height}px;font-size:0;line-height:0;">&nbsp;</div>` +
    "</div>"
  );
}

const barCell = (width: number) => `<td width="28%">${bar(width, 10)}</td>`;

/** The columns the e-mail shows, in order. */
function shownColumns(block: ReportBlock): number[] {
  const hidden = new Set(block.sheetOnly ?? []);
  return block.columnKinds.map((_, i) => i).filter((i) => !hidden.has(i));
}

/** Per column drawn as bars, each row's bar width. */
function columnBars(block: ReportBlock): Map<number, number[]> {
  return new Map((block.bars ?? []).map((column) => [column, barWidths(block, column, false)]));
}

// Padding comes from the table's cellpadding and alignment from align=: a style per cell would
// double the message's size, and Gmail clips long messages. Dates alone carry nowrap, so
// "2026-11-22" never breaks at its hyphens.
function tableHtml(block: ReportBlock, currency: string, maxRows: number): string {
  const chart = block.chart;
  const chartWidths = chart ? barWidths(block, chart.valueColumn, chart.kind === "pie") : [];
  const bars = columnBars(block);
  const columns = shownColumns(block);
  const th = (text: string, kind: ColumnKind | undefined) =>
    `<th align="${kind && isNumericKind(kind) ? "right" : "left"}" ` +
    `style="border-bottom:2px solid ${BORDER};color:${MUTED};font-size:12px;">${escapeHtml(text)}</th>`;
  const head = columns.map((c) => th(block.header[c] ?? "", block.columnKinds[c])).join("");
  const chartHead = chart ? th(chart.title, undefined) : "";
  const body = block.rows
    .slice(0, maxRows)
    .map((row, r) => {
      const kinds = kindsOfRow(block, r);
      const cells = columns
        .map((c) => {
          const kind = kinds[c] ?? "text";
          const align = isNumericKind(kind) ? ' align="right"' : "";
          const nowrap = kind === "date" ? ' style="white-space:nowrap;"' : "";
          const barWidth = bars.get(c)?.[r];
          const under = barWidth === undefined ? "" : bar(barWidth, 6);
          return `<td${align}${nowrap}>${cellHtml(row[c] ?? null, kind, currency, toneOf(block, r, c))}${under}</td>`;
        })
        .join("");
      const chartBar = chart ? barCell(chartWidths[r] ?? 0) : "";
      const shade = r % 2 === 1 ? ` style="background:${STRIPE};"` : "";
      return `<tr${shade}>${cells}${chartBar}</tr>`;
    })
    .join("");
  return (
    `<table role="table" cellpadding="4" cellspacing="0" width="100%" ` +
    `style="border-collapse:collapse;font-size:13px;${FONT}">` +
    `<thead><tr>${head}${chartHead}</tr></thead><tbody>${body}</tbody></table>`
  );
}

function titleHtml(block: ReportBlock): string {
  const lines = block.rows
    .map((row) => {
      const [label, value] = row;
      return (
        `<p style="margin:0 0 2px;color:${MUTED};font-size:13px;">` +
        `${escapeHtml(String(label ?? ""))}: ${escapeHtml(String(value ?? ""))}</p>`
      );
    })
    .join("");
  return `<h1 style="margin:0 0 8px;font-size:22px;${FONT}">${escapeHtml(block.title)}</h1>${lines}`;
}

function noticesHtml(block: ReportBlock): string {
  const lines = block.rows
    .map((row) => `<p style="margin:4px 0;">${escapeHtml(String(row[0] ?? ""))}</p>`)
    .join("");
  return (
    `<div style="margin:16px 0;padding:8px 12px;background:#fef3c7;border-left:4px solid #d97706;">` +
    `<p style="margin:0 0 4px;font-weight:bold;">${escapeHtml(block.title)}</p>${lines}</div>`
  );
}

function summaryHtml(block: ReportBlock): string {
  const text = String(block.rows[0]?.[0] ?? "");
  return `<p style="margin:16px 0;font-size:15px;line-height:1.4;font-weight:bold;">${escapeHtml(text)}</p>`;
}

function smallPrint(text: string): string {
  return `<p style="margin:6px 0 0;color:${MUTED};font-size:12px;">${breakable(text)}</p>`;
}

function sectionHtml(block: ReportBlock, options: HtmlOptions): string {
  const maxRows = options.maxRows ?? 25;
  const table = block.rows.length > 0 ? tableHtml(block, options.currency, maxRows) : "";
  const hidden = block.rows.length - maxRows;
  const more = hidden > 0 ? smallPrint(`${hidden} more rows are in the report sheet.`) : "";
  const note = block.note ? smallPrint(block.note) : "";
  return `<h2 style="margin:24px 0 8px;font-size:16px;${FONT}">${escapeHtml(block.title)}</h2>${table}${more}${note}`;
}

/** A complete HTML document for an e-mail body. */
export function renderReportHtml(blocks: readonly ReportBlock[], options: HtmlOptions): string {
  const title = blocks.find((b) => b.id === "title")?.title ?? "Weekly report";
  const content = blocks
    .map((block) => {
      if (block.id === "title") return titleHtml(block);
      if (block.id === "notices") return noticesHtml(block);
      if (block.id === "summary") return summaryHtml(block);
      return sectionHtml(block, options);
    })
    .join("\n");
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title></head>\n` +
    `<body style="margin:0;padding:0;background:#f3f4f6;">` +
    `<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="background:#f3f4f6;"><tr>` +
    `<td align="center" style="padding:8px;">` +
    `<table role="presentation" cellpadding="0" cellspacing="0" width="100%" ` +
    `style="max-width:720px;background:#ffffff;color:#111827;font-size:14px;${FONT}"><tr>` +
    `<td style="padding:16px;text-align:left;">\n${content}\n</td></tr></table></td></tr></table></body></html>\n`
  );
}
