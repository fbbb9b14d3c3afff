import { type Cell, cellText } from "../core/cells";
import type { ColumnSpec, TableSpec } from "./spec";

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
  /**
   * How strongly the row reads as this table: 1 per column found, less for headers many unrelated
   * sheets have (a blog list's "Date" and "URL" say little about being a Posts sheet).
   */
  score: number;
}

/** Weight of a generic column in `HeaderMatch.score`. */
const GENERIC_WEIGHT = 0.25;

/**
 * Matches a header row to a table's columns: first the team's own choices (Settings › Mapping,
 * field key → their header), then, for the fields they did not choose, our header names, then their synonyms.
 */
export function matchHeaders(
  header: Cell[],
  spec: TableSpec,
  chosen: ReadonlyMap<string, string> = new Map(),
): HeaderMatch {
  const byName = new Map<string, number>();
  let width = 0;
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text.trim() === "") return;
    width = index + 1;
    const name = normaliseHeader(text);
    if (!byName.has(name)) byName.set(name, index);
  });
  const found = new Map<string, number>();
  const taken = new Set<number>();
  const namesFor: ((column: ColumnSpec) => readonly string[])[] = [
    (column) => {
      const mine = chosen.get(column.key);
      return mine === undefined ? [] : [mine];
    },
    (column) => [column.header],
    (column) => column.synonyms ?? [],
  ];
  for (const [step, names] of namesFor.entries()) {
    for (const column of spec.columns) {
      // A field the team chose a column for takes that column or none (then ours is added): never a synonym.
      if (found.has(column.key) || (step > 0 && chosen.has(column.key))) continue;
      for (const name of names(column)) {
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
  const score = spec.columns
    .filter((c) => found.has(c.key))
    .reduce((sum, c) => sum + (c.generic ? GENERIC_WEIGHT : 1), 0);
  return { found, missing, width, score };
}
