import type { Cell } from "../cells";
import { parseNumber } from "../numbers";
import { METRIC_FIELDS, type MetricField } from "./fields";
import type { CellChange, ExistingPost } from "./planTypes";
import { postKey } from "./urls";

export function cellText(cell: Cell): string {
  return typeof cell === "string" ? cell.trim() : cell === null || cell === undefined ? "" : String(cell);
}

/** Existing posts by their link's key; the first row wins when a sheet has a post twice. */
export function indexPosts(posts: ExistingPost[]): Map<string, ExistingPost> {
  const byKey = new Map<string, ExistingPost>();
  for (const post of posts) {
    const url = cellText(post.values.postUrl);
    const key = url ? postKey(url) : undefined;
    if (key && !byKey.has(key)) byKey.set(key, post);
  }
  return byKey;
}

/** Equal as the sheet would show them; the cell read the way the rest of the add-on reads Posts. */
function sameNumber(cell: Cell, value: number): boolean {
  const old = parseNumber(cell);
  if (typeof old !== "number") return false;
  return Math.abs(old - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

/** The metric cells of a post that the imported numbers change. */
export function changesFor(post: ExistingPost, metrics: Partial<Record<MetricField, number>>): CellChange[] {
  const changes: CellChange[] = [];
  for (const field of METRIC_FIELDS) {
    const value = metrics[field];
    if (value === undefined || !(field in post.values)) continue;
    const old = post.values[field];
    if (!sameNumber(old, value)) changes.push({ row: post.row, field, old: old ?? "", new: value });
  }
  return changes;
}
