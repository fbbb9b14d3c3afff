import type { Cell } from "../../core/cells";
import { youtubeVideoId } from "../../core/import/urls";
import type { SheetPort, WorkbookPort } from "../../workbook/port";
import { openTable } from "../findTable";
import { POSTS } from "../layouts/posts";
import { readMapping } from "../mapping";
import { SET_UP, tabLabel } from "./mappedTab";
import { existingColumn } from "./roster";

/** The Posts counts YouTube's videos.list statistics give. */
export const YOUTUBE_METRICS = ["views", "likes", "comments"] as const;
export type YouTubeMetric = (typeof YOUTUBE_METRICS)[number];

/** A Posts row whose link is a YouTube video. */
export interface PostVideo {
  row: number;
  id: string;
}

/**
 * What a metric cell holds now: a number or blank the refresh may replace, or "theirs" — a formula,
 * text, or any cell of a column the team keeps as text — which it leaves alone.
 */
export type MetricCell = number | "" | "theirs";

export interface PostsMetrics {
  sheet: SheetPort;
  /** Rows with a YouTube link, top to bottom. */
  videos: PostVideo[];
  /** 1-based column of each metric Posts has; a metric without a column is not refreshed. */
  columns: Partial<Record<YouTubeMetric, number>>;
  cell(row: number, metric: YouTubeMetric): MetricCell;
}

/**
 * A number typed into a column formatted as plain text stays text ("1200"): the sign the team keeps
 * the column as text, so every cell of it is theirs. (The Workbook port reads values, not formats.)
 */
const NUMBER_AS_TEXT = /^\s*-?[\d.,\s]*\d[\d.,\s]*$/;

function isTeamText(value: Cell): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/**
 * Posts' YouTube rows and metric cells, from one read of the team's Posts tab under its header row,
 * as Settings › Mapping records it; says what to do when there is none.
 */
export function readPostsMetrics(workbook: WorkbookPort): PostsMetrics {
  const mapping = readMapping(workbook);
  const found = openTable(workbook, POSTS, mapping);
  const sheet = found && workbook.sheet(found.layout.tab);
  if (!found?.snapshot || !sheet)
    throw new Error(
      `There is no ${tabLabel(POSTS, mapping)} sheet to refresh: ${SET_UP}, paste the post links, then try again.`,
    );
  const { snapshot, layout } = found;
  const { values, formulas } = snapshot;
  const urlCol = existingColumn(layout, "postUrl");
  const videos: PostVideo[] = [];
  if (urlCol !== undefined) {
    for (let r = layout.headerRow; r < values.length; r++) {
      const link = values[r]?.[urlCol - 1];
      const id = typeof link === "string" ? youtubeVideoId(link) : undefined;
      if (id) videos.push({ row: r + 1, id });
    }
  }
  const columns: Partial<Record<YouTubeMetric, number>> = {};
  const textColumns = new Set<number>();
  for (const metric of YOUTUBE_METRICS) {
    const col = existingColumn(layout, metric);
    if (col === undefined) continue;
    columns[metric] = col;
    const cells = values.slice(layout.headerRow).map((row) => row[col - 1]);
    if (cells.some((cell) => typeof cell === "string" && NUMBER_AS_TEXT.test(cell))) textColumns.add(col);
  }
  return {
    sheet,
    videos,
    columns,
    cell(row, metric) {
      const col = columns[metric];
      if (col === undefined || textColumns.has(col)) return "theirs";
      if ((formulas[row - 1]?.[col - 1] ?? "") !== "") return "theirs";
      const value = values[row - 1]?.[col - 1];
      if (typeof value === "number") return value;
      return isTeamText(value) || typeof value === "boolean" || value instanceof Date ? "theirs" : "";
    },
  };
}

export interface MetricWrite {
  row: number;
  col: number;
  value: number;
}

/**
 * Writes changed cells as rectangles: each column's run of consecutive rows is one block, and side by
 * side columns whose runs cover the same rows share one write. Cells between changes are never
 * touched. Returns the number of writes.
 */
export function writeMetricCells(sheet: SheetPort, cells: MetricWrite[]): number {
  const blocks = mergeColumns(columnRuns(cells));
  for (const block of blocks) sheet.write(block.row, block.col, block.values);
  return blocks.length;
}

interface Block {
  row: number;
  col: number;
  /** values[r][c] */
  values: number[][];
}

function columnRuns(cells: MetricWrite[]): Block[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Block[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === cell.col && last.row + last.values.length === cell.row) {
      last.values.push([cell.value]);
    } else runs.push({ row: cell.row, col: cell.col, values: [[cell.value]] });
  }
  return runs;
}

function mergeColumns(runs: Block[]): Block[] {
  const merged: Block[] = [];
  for (const run of runs) {
    const left = merged.find(
      (block) =>
        block.row === run.row &&
        block.values.length === run.values.length &&
        block.col + (block.values[0]?.length ?? 0) === run.col,
    );
    if (!left) merged.push(run);
    else
      left.values.forEach((line, i) => {
        line.push(...(run.values[i] ?? []));
      });
  }
  return merged;
}
