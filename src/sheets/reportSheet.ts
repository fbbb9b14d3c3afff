import type { Cell } from "../core/cells";
import { zonedMidnight } from "../core/dates";
import { type ColumnKind, kindsOfRow, type ReportBlock } from "../core/report/table";
import { type Area, CHART_CELLS, type ChartSpec, type WorkbookPort, type WriteCell } from "../workbook/port";
import { currencyFormat } from "./currency";

/**
 * The report as a sheet: every block one under the other in columns A…, charts to their right drawn
 * from a small chart-data table further right (a chart needs its labels and values side by side).
 * The whole grid is one write; formats and charts are a fixed number of calls however many posts
 * the week had.
 */

/** A number format over a rectangle of the sheet. */
interface FormatArea {
  area: Area;
  format: string;
}

export interface ReportSheetLayout {
  cells: WriteCell[][];
  formats: FormatArea[];
  charts: ChartSpec[];
  widths: number[];
  /** Columns of the title row to style. */
  titleWidth: number;
}

interface SheetChart {
  block: string;
  kind: ChartSpec["kind"];
  title: string;
  label: string;
  /** One series per column, by header. */
  values: string[];
  /** Series (0-based) drawn against a second axis on the right, where their scale differs. */
  rightAxis?: number[];
}

const SHEET_CHARTS: SheetChart[] = [
  { block: "campaigns", kind: "column", title: "EMV by campaign", label: "Campaign", values: ["EMV"] },
  { block: "daily", kind: "line", title: "Engagements by day", label: "Day", values: ["Engagements"] },
  { block: "platforms", kind: "pie", title: "Platform mix (posts)", label: "Platform", values: ["Posts"] },
  {
    block: "trend",
    kind: "line",
    title: "Last six weeks: posts, engagements, EMV",
    label: "Week of",
    values: ["Posts", "Engagements", "EMV"],
    // Posts are tens, engagements and EMV thousands: posts get the right axis so their line is not flat.
    rightAxis: [0],
  },
];

const YMD = /^\d{4}-\d{2}-\d{2}$/;

/** Each kind's number format; money's is the currency's, text and links have none. */
const FORMATS: Partial<Record<ColumnKind, string>> = {
  int: "#,##0",
  percent: "0.00%",
  change: "+0.0%;-0.0%;0.0%",
  points: '+0.00" pp";-0.00" pp";0.00" pp"',
  date: "yyyy-mm-dd",
};

function formatOf(kind: ColumnKind, currency: string): string | null {
  return kind === "money" ? currencyFormat(currency) : (FORMATS[kind] ?? null);
}

/** Every piece of text is written as Text, so a caption starting with "=" never runs as a formula. */
function cellOf(value: Cell, kind: ColumnKind, timeZone: string): WriteCell {
  if (value === null || value === undefined || value === "") return "";
  // A change in percentage points is a fraction in the model; the sheet shows points, so ×100.
  if (typeof value === "number")
    return Number.isFinite(value) ? (kind === "points" ? value * 100 : value) : "";
  if (typeof value === "boolean" || value instanceof Date) return value;
  // A day is written as that day's midnight in the spreadsheet's zone, so it shows as the same day and sorts as a date.
  if (kind === "date" && YMD.test(value)) return zonedMidnight(value, timeZone);
  return { text: value };
}

const text = (value: string): WriteCell => ({ text: value });

/** Adjacent single-column areas with the same rows and format become one area. */
function mergeColumns(areas: FormatArea[]): FormatArea[] {
  const merged: FormatArea[] = [];
  const sorted = [...areas].sort(
    (a, b) =>
      a.area.row - b.area.row ||
      a.area.numRows - b.area.numRows ||
      a.format.localeCompare(b.format) ||
      a.area.col - b.area.col,
  );
  for (const entry of sorted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.format === entry.format &&
      last.area.row === entry.area.row &&
      last.area.numRows === entry.area.numRows &&
      last.area.col + last.area.numCols === entry.area.col
    ) {
      last.area = { ...last.area, numCols: last.area.numCols + 1 };
    } else merged.push({ area: { ...entry.area }, format: entry.format });
  }
  return merged;
}

/** One area per run of rows that share a format, in each column of a block's data. */
function blockFormats(block: ReportBlock, firstRow: number, currency: string) {
  const areas: FormatArea[] = [];
  const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
  for (let col = 0; col < width; col++) {
    const perRow = block.rows.map((_, r) => formatOf(kindsOfRow(block, r)[col] ?? "text", currency));
    let start = 0;
    for (let r = 1; r <= perRow.length; r++) {
      if (r < perRow.length && perRow[r] === perRow[start]) continue;
      const format = perRow[start];
      if (format) {
        areas.push({ area: { row: firstRow + start, col: col + 1, numRows: r - start, numCols: 1 }, format });
      }
      start = r;
    }
  }
  return mergeColumns(areas);
}

/** Appends one block (title, header, data, note) under `rows`, and its data's formats to `formats`. */
function addBlock(
  block: ReportBlock,
  rows: WriteCell[][],
  formats: FormatArea[],
  currency: string,
  timeZone: string,
): void {
  if (block.id === "title") {
    rows.push([text(block.title)]);
    for (const [label, value] of block.rows)
      rows.push([text(String(label ?? "")), text(String(value ?? ""))]);
    return;
  }
  rows.push([], [text(block.title)]);
  if (block.header.length > 0) rows.push(block.header.map(text));
  formats.push(...blockFormats(block, rows.length + 1, currency));
  block.rows.forEach((values, r) => {
    const kinds = kindsOfRow(block, r);
    rows.push(values.map((value, c) => cellOf(value, kinds[c] ?? "text", timeZone)));
  });
  if (block.note) rows.push([text(block.note)]);
}

/** The widest block's columns (at least the title's two). */
function blocksWidthOf(blocks: readonly ReportBlock[]): number {
  let width = 2;
  for (const block of blocks) {
    if (block.id === "title") continue;
    width = Math.max(width, block.header.length, ...block.rows.map((r) => r.length));
  }
  return width;
}

interface ChartData {
  charts: ChartSpec[];
  /** Cells of the chart-data table, by 1-based sheet row, starting at `dataCol`. */
  rows: { row: number; cells: WriteCell[] }[];
}

/** The charts, stacked at `chartCol`, and the label/value table each reads at `dataCol`. */
function chartData(blocks: readonly ReportBlock[], chartCol: number, dataCol: number): ChartData {
  const charts: ChartSpec[] = [];
  const rows: ChartData["rows"] = [];
  let next = 1;
  for (const chart of SHEET_CHARTS) {
    const block = blocks.find((b) => b.id === chart.block);
    const label = block?.header.indexOf(chart.label) ?? -1;
    const values = chart.values.map((header) => block?.header.indexOf(header) ?? -1);
    if (!block || block.rows.length === 0 || label < 0 || values.some((v) => v < 0)) continue;
    if (next === 1) rows.push({ row: next++, cells: [text("Chart data (the charts read these cells)")] });
    const headerRow = next;
    rows.push({ row: next++, cells: [text(chart.label), ...chart.values.map(text)] });
    for (const row of block.rows) {
      const amounts = values.map((v) => row[v]);
      rows.push({
        row: next++,
        cells: [text(String(row[label] ?? "")), ...amounts.map((a) => (typeof a === "number" ? a : 0))],
      });
    }
    next++;
    const spec: ChartSpec = {
      kind: chart.kind,
      title: chart.title,
      data: { row: headerRow, col: dataCol, numRows: block.rows.length + 1, numCols: values.length + 1 },
      anchor: { row: 2 + charts.length * CHART_CELLS.rows, col: chartCol },
    };
    if (chart.rightAxis) spec.rightAxis = chart.rightAxis;
    charts.push(spec);
  }
  return { charts, rows };
}

/** Lays the blocks out as one grid with its formats and charts; `timeZone` is the spreadsheet's. */
export function reportSheetLayout(
  blocks: readonly ReportBlock[],
  currency: string,
  timeZone: string,
): ReportSheetLayout {
  const rows: WriteCell[][] = [];
  const formats: FormatArea[] = [];
  for (const block of blocks) addBlock(block, rows, formats, currency, timeZone);
  const blocksWidth = blocksWidthOf(blocks);
  const chartCol = blocksWidth + 2;
  const dataCol = chartCol + CHART_CELLS.cols + 1;
  const { charts, rows: dataRows } = chartData(blocks, chartCol, dataCol);
  for (const { row, cells } of dataRows) {
    while (rows.length < row) rows.push([]);
    const target = rows[row - 1] as WriteCell[];
    while (target.length < dataCol - 1) target.push("");
    target.push(...cells);
  }
  const dataWidth = Math.max(0, ...dataRows.map(({ cells }) => cells.length));
  const width = charts.length > 0 ? dataCol + dataWidth - 1 : blocksWidth;
  const cells = rows.map((row) => [...row, ...Array<WriteCell>(width - row.length).fill("")]);
  const widths = Array.from({ length: width }, (_, i) => (i === 0 ? 220 : i < blocksWidth ? 120 : 100));
  return { cells, formats, charts, widths, titleWidth: blocksWidth };
}

/** The sheet a report is built in before it takes its real name. */
export function buildingName(name: string): string {
  return `${name} (building)`;
}

/**
 * Writes a report sheet atomically: everything goes into a temporary sheet, which takes its name
 * only once complete (after `clearName` has made way for it). Any failure removes the temporary
 * sheet, so no half-written report is left and an old one stays as it was.
 */
function writeAtomically(
  workbook: WorkbookPort,
  layout: ReportSheetLayout,
  name: string,
  clearName: () => void,
): void {
  const temporary = buildingName(name);
  // A run stopped by Apps Script's time limit cannot clean up after itself; the next one does.
  if (workbook.sheet(temporary)) workbook.removeSheet(temporary);
  const sheet = workbook.addSheet(temporary);
  try {
    sheet.write(1, 1, layout.cells);
    for (const { area, format } of layout.formats) sheet.setNumberFormats([area], format);
    sheet.setColumnWidths(1, layout.widths);
    sheet.styleHeader(layout.titleWidth);
    for (const chart of layout.charts) sheet.addChart(chart);
    clearName();
    workbook.renameSheet(temporary, name);
  } catch (error) {
    try {
      workbook.removeSheet(temporary);
    } catch (cleanup) {
      console.error(`Could not remove the unfinished sheet "${temporary}"`, cleanup);
    }
    throw error;
  }
}

/** A report in a sheet that must not exist yet: if one appeared meanwhile, it is left alone and this fails. */
export function writeNewReportSheet(workbook: WorkbookPort, layout: ReportSheetLayout, name: string): void {
  writeAtomically(workbook, layout, name, () => {});
}

/** A report that replaces the sheet of that name, once the new one is complete. */
export function replaceReportSheet(workbook: WorkbookPort, layout: ReportSheetLayout, name: string): void {
  writeAtomically(workbook, layout, name, () => {
    if (workbook.sheet(name)) workbook.removeSheet(name);
  });
}
