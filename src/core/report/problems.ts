import type { Skipped } from "../records";
import { count } from "../text";
import { int, tableBlock, text } from "./table";
import type { ReportNote } from "./types";

/** What the reader should know before trusting the numbers: gaps, rows counted with a caveat, rows left out. */

export interface Gaps {
  postsSheetMissing: boolean;
  week: { start: string; end: string };
  weekPosts: number;
  /** Posts with no EMV number and no rate card. */
  emvMissing: number;
  /** Posts the FTC check could not run on. */
  uncheckedDisclosures: number;
  skipped: number;
}

/** "Read first": one sentence per gap. */
export function notices(gaps: Gaps): string[] {
  const lines: string[] = [];
  if (gaps.postsSheetMissing) {
    lines.push(
      "There is no Posts sheet, so the report has no post numbers. Add one and log each sponsored post.",
    );
  } else if (gaps.weekPosts === 0) {
    lines.push(`No posts are dated ${gaps.week.start} to ${gaps.week.end} on the Posts sheet.`);
  }
  if (gaps.emvMissing > 0) {
    lines.push(
      `${count(gaps.emvMissing, "post")} with no EMV value and no rate card given; EMV counted as 0.`,
    );
  }
  if (gaps.uncheckedDisclosures > 0) {
    lines.push(
      `${count(gaps.uncheckedDisclosures, "post")} this week could not be checked for an FTC disclosure.`,
    );
  }
  if (gaps.skipped > 0) {
    lines.push(`${count(gaps.skipped, "problem")} found in the sheets; see "Rows with problems" at the end.`);
  }
  return lines;
}

export const NOTICES_BLOCK = tableBlock<string>({
  id: "notices",
  title: "Read first",
  columns: [text("Note", (notice) => notice)],
  rows: (report) => report.notices,
  omitWhenEmpty: true,
});

export const NOTES_BLOCK = tableBlock<ReportNote>({
  id: "notes",
  title: "Counted, but worth a look",
  columns: [text("Sheet", (r) => r.sheet), text("Note", (r) => r.message)],
  rows: (report) => report.notes,
  omitWhenEmpty: true,
});

const MAX_PROBLEM_ROWS = 100;

export const SKIPPED_BLOCK = tableBlock<Skipped>({
  id: "skipped",
  title: "Rows with problems",
  columns: [text("Sheet", (r) => r.sheet), int("Row", (r) => r.row), text("Problem", (r) => r.reason)],
  rows: (report, options) => report.skipped.slice(0, options.maxProblemRows ?? MAX_PROBLEM_ROWS),
  note: (shown, report) => {
    const hidden = report.skipped.length - shown.length;
    return hidden > 0 ? `${hidden} more not shown; fix these first and rebuild.` : undefined;
  },
  omitWhenEmpty: true,
});
