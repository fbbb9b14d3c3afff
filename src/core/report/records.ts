import type { Cell } from "../cells";
import type { MetricKey } from "../metrics";
import type { BudgetLine, Campaign, Creator, Deliverable, Post, Skipped } from "../records";

/** One data row of a sheet, its cells already mapped onto canonical keys (absent = no such column). */
export interface KeyedRow {
  /** 1-based sheet row. */
  row: number;
  values: Record<string, Cell>;
}

/** A Roster row with the columns the report uses: a creator's name, match keys, size, tier and owner. */
export type ReportCreator = Pick<
  Creator,
  "row" | "creator" | "handle" | "platform" | "followers" | "owner"
> & {
  /** The Tier column as the sheet shows it (a formula result), "" when blank or an error. */
  tier: string;
};

/** A Posts row with the two formula columns the report reuses. */
export interface ReportPost extends Post {
  /** The EMV column when it holds a number ≥ 0; null means "compute it from the rate card". */
  emv: number | null;
  /** What the EMV column showed when it was neither a number nor blank (e.g. "#REF!"), else "". */
  emvShown: string;
  /** The Disclosure column's text (FTC_CHECK result); null when blank or an error, so it is recomputed. */
  disclosure: string | null;
  /** Counts blank, a placeholder ("n/a") or unreadable: 0 in the sums, left out of the rates that need them. */
  missing?: MetricKey[];
}

/** Everything the readers produce for one report. */
export interface ReportData {
  creators: ReportCreator[];
  campaigns: Campaign[];
  deliverables: Deliverable[];
  posts: ReportPost[];
  budget: BudgetLine[];
  skipped: Skipped[];
  /** The spreadsheet has no Posts sheet at all (as opposed to an empty one). */
  postsSheetMissing: boolean;
}
