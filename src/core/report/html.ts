import type { Cell } from "../cells";
import { formatCell, isNumericKind, isWebLink, linkLabel } from "./format";
import { type Better, type ColumnKind, kindsOfRow, type ReportBlock } from "./table";

/**
 * The report as one HTML e-mail. Gmail drops <style> blocks, scripts, SVG and most CSS, so every
 * style is inline, charts are table cells holding a coloured div of N% width, and nothing is
 * loaded from elsewhere: the only addresses are the post links, as plain <a href>.
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

function cellHtml(value: Cell, kind: ColumnKind, currency: string, tone: Tone): string {
  if (kind === "link" && isWebLink(value)) {
    const url = value.trim();
    return `<a href="${escapeHtml(url)}" style="color:#1d4ed8;">${escapeHtml(linkLabel(url))}</a>`;
  }
  const text = escapeHtml(formatCell(value, kind, currency));
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

function barWidths(block: ReportBlock): number[] {
  const chart = block.chart;
  if (!chart) return [];
  const values = block.rows.map((row) => {
    const value = row[chart.valueColumn];
    return typeof value === "number" && value > 0 ? value : 0;
  });
  // A pie shows each slice's share of the whole; columns and lines show each value against the largest.
  const scale = chart.kind === "pie" ? values.reduce((sum, v) => sum + v, 0) : Math.max(0, ...values);
  return values.map((v) => (scale === 0 ? 0 : Math.round((v / scale) * 1000) / 10));
}

function barCell(width: number): string {
  return (
    `<td width="28%"><div style="background:${BORDER};">` +
    `<div style="background:${BAR};width:${width}%;height:10px;font-size:0;line-height:0;">&nbsp;</div>` +
    "</div></td>"
  );
}

// Padding comes from the table's cellpadding and alignment from align=: a style per cell would
// double the message's size, and Gmail clips long messages.
function tableHtml(block: ReportBlock, currency: string, maxRows: number): string {
  const widths = barWidths(block);
  const th = (text: string, kind: ColumnKind | undefined) =>
    `<th align="${kind && isNumericKind(kind) ? "right" : "left"}" ` +
    `style="border-bottom:2px solid ${BORDER};color:${MUTED};font-size:12px;">${escapeHtml(text)}</th>`;
  const head = block.header.map((h, i) => th(h, block.columnKinds[i])).join("");
  const chartHead = block.chart ? th(block.chart.title, undefined) : "";
  const body = block.rows
    .slice(0, maxRows)
    .map((row, r) => {
      const kinds = kindsOfRow(block, r);
      const cells = row
        .map((value, c) => {
          const kind = kinds[c] ?? "text";
          const align = isNumericKind(kind) ? ' align="right"' : "";
          return `<td${align}>${cellHtml(value, kind, currency, toneOf(block, r, c))}</td>`;
        })
        .join("");
      const bar = block.chart ? barCell(widths[r] ?? 0) : "";
      const shade = r % 2 === 1 ? ` style="background:${STRIPE};"` : "";
      return `<tr${shade}>${cells}${bar}</tr>`;
    })
    .join("");
  return (
    `<table role="table" cellpadding="5" cellspacing="0" width="100%" ` +
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

function smallPrint(text: string): string {
  return `<p style="margin:6px 0 0;color:${MUTED};font-size:12px;">${escapeHtml(text)}</p>`;
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
      return sectionHtml(block, options);
    })
    .join("\n");
  return (
    `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title></head>\n` +
    `<body style="margin:0;padding:0;background:#f3f4f6;">` +
    `<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="background:#f3f4f6;"><tr>` +
    `<td align="center" style="padding:16px;">` +
    `<table role="presentation" cellpadding="0" cellspacing="0" width="100%" ` +
    `style="max-width:760px;background:#ffffff;color:#111827;font-size:14px;${FONT}"><tr>` +
    `<td style="padding:24px;text-align:left;">\n${content}\n</td></tr></table></td></tr></table></body></html>\n`
  );
}
