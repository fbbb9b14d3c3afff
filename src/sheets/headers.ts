import type { Cell } from "../core/cells";
import type { TableSpec } from "./spec";

/** "Follower count", "followers_count" and "FOLLOWERS COUNT" all normalise to "followercount". */
export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export interface HeaderMatch {
  /** 0-based sheet column of each spec key found in the header row. */
  found: Map<string, number>;
  /** Spec keys the sheet lacks, in spec order (appended at the right). */
  missing: string[];
  /** Number of header cells up to the last non-blank one. */
  width: number;
}

/** Matches a header row to a table's columns: first the header names, then their synonyms. */
export function matchHeaders(header: Cell[], spec: TableSpec): HeaderMatch {
  const byName = new Map<string, number>();
  let width = 0;
  header.forEach((cell, index) => {
    const text = typeof cell === "string" ? cell : cell === null || cell === undefined ? "" : String(cell);
    if (text.trim() === "") return;
    width = index + 1;
    const name = normaliseHeader(text);
    if (!byName.has(name)) byName.set(name, index);
  });
  const found = new Map<string, number>();
  const taken = new Set<number>();
  for (const pass of ["header", "synonyms"] as const) {
    for (const column of spec.columns) {
      if (found.has(column.key)) continue;
      const names = pass === "header" ? [column.header] : (column.synonyms ?? []);
      for (const name of names) {
        const index = byName.get(normaliseHeader(name));
        if (index !== undefined && !taken.has(index)) {
          found.set(column.key, index);
          taken.add(index);
          break;
        }
      }
    }
  }
  const missing = spec.columns.filter((c) => !found.has(c.key)).map((c) => c.key);
  return { found, missing, width };
}
