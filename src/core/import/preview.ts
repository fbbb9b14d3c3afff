import type { Cell } from "../cells";
import { formatYmd } from "../dates";
import { fieldLabel, type ImportField, METRIC_FIELDS, type MetricField } from "./fields";
import type { CreatorChoice, ImportPlan, PromoLine } from "./planTypes";
import type { SkippedRow } from "./rows";
import type { SourceId } from "./sources";

/**
 * A plan as the sidebar and the CLI show it: plain values only (google.script.run refuses a Date),
 * counts of everything, and the first LIST_LIMIT items of each list, which is what a person reads.
 */

export const LIST_LIMIT = 100;

export interface PreviewChange {
  field: MetricField;
  label: string;
  /** The cell as it is: a number, text as typed, "YYYY-MM-DD" for a date cell, "" when blank. */
  old: string | number;
  new: number;
}

export interface PreviewUpdate {
  row: number;
  lines: number[];
  note?: string;
  changes: PreviewChange[];
}

export interface PreviewNewPost {
  line: number;
  date: string;
  handle: string;
  postUrl: string;
  /** Metric label → number, in Posts order. */
  metrics: [string, number][];
}

export interface ImportPreview {
  source: SourceId;
  sourceLabel: string;
  /** Field → 0-based file column, and the headers nothing reads. */
  columns: Partial<Record<ImportField, number>>;
  ignored: string[];
  creator: CreatorChoice | null;
  counts: {
    newPosts: number;
    updatedPosts: number;
    changedCells: number;
    unchanged: number;
    skipped: number;
    promoLines: number;
  };
  newPosts: PreviewNewPost[];
  updates: PreviewUpdate[];
  skipped: SkippedRow[];
  promoLines: PromoLine[];
}

function plainOld(cell: Cell, timeZone: string): string | number {
  if (cell instanceof Date) return formatYmd(cell, timeZone);
  if (typeof cell === "number" || typeof cell === "string") return cell;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return "";
}

export function previewOf(plan: ImportPlan, timeZone: string): ImportPreview {
  const first = <T>(list: T[]) => list.slice(0, LIST_LIMIT);
  return {
    source: plan.source,
    sourceLabel: plan.sourceLabel,
    columns: plan.mapping.columns,
    ignored: plan.mapping.ignored,
    creator: plan.creator ?? null,
    counts: {
      newPosts: plan.newPosts.length,
      updatedPosts: plan.updates.length,
      changedCells: plan.updates.reduce((sum, update) => sum + update.changes.length, 0),
      unchanged: plan.unchanged.length,
      skipped: plan.skipped.length,
      promoLines: plan.promoLines.length,
    },
    newPosts: first(plan.newPosts).map((post) => ({
      line: post.line,
      date: String(post.values.date ?? ""),
      handle: String(post.values.handle ?? ""),
      postUrl: String(post.values.postUrl ?? ""),
      metrics: METRIC_FIELDS.filter((field) => typeof post.values[field] === "number").map((field) => [
        fieldLabel(field),
        post.values[field] as number,
      ]),
    })),
    updates: first(plan.updates).map((update) => ({
      row: update.row,
      lines: update.lines,
      ...(update.note ? { note: update.note } : {}),
      changes: update.changes.map((change) => ({
        field: change.field,
        label: fieldLabel(change.field),
        old: plainOld(change.old, timeZone),
        new: change.new,
      })),
    })),
    skipped: first(plan.skipped),
    promoLines: first(plan.promoLines),
  };
}
