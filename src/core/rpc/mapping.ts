/*
 * The mapping step's wire types and the words of the Settings › Mapping table it also uses; here, so
 * the page does not pull the sheets layer in.
 */

/** Our value for a team value that has no equivalent: their list stays, with no dropdown of ours over it. */
export const KEEP_THEIR_LIST = "keep their list";
/** Team column of a field the set-up adds as a column of ours. */
export const ADDED = "(added)";

/**
 * How the team's spreadsheet plays our sheets, as plain data (JSON as it is, so the CLI's
 * --mapping file, the Settings › Mapping table and a sidebar step can all hold it). Keyed by our
 * sheet name; fields by our column header ("Handle"), so a person reads it as the sheet shows it.
 */
export interface SheetMapping {
  /** The team's tab that plays this sheet ("Creators" for the Roster). */
  tab?: string;
  /** Our field header → the team's column header ("Handle" → "Instagram"), or ADDED for a column of ours. */
  columns?: Record<string, string>;
  /** Our field header → team value → our value, or KEEP_THEIR_LIST ("Status" → "Signed" → "Contracted"). */
  values?: Record<string, Record<string, string>>;
}

export type Mapping = Record<string, SheetMapping>;

/** One of our fields and the team column that feeds it; null when the set-up adds a column of ours. */
export interface FieldChoice {
  field: string;
  team: string | null;
}

/** A list field whose team values are not on our list: each value of theirs → ours, or KEEP_THEIR_LIST. */
export interface ValueChoice {
  field: string;
  ours: string[];
  map: Record<string, string>;
}

/** What the set-up would do with one of our table sheets, read without writing anything. */
export interface SheetChoice {
  sheet: string;
  /** The tab that plays it: a team's tab, or `newTab` when a new one is made. */
  tab: string;
  /** The name a new tab of ours would get (our name, or a spare one when a tab of the team has it). */
  newTab: string;
  created: boolean;
  /** Settings › Mapping already holds the team's choice for this sheet. */
  stored: boolean;
  /** Adopting it takes a choice nobody made yet: another tab, a header under titles, their names or lists. */
  unmapped: boolean;
  headerRow: number;
  /** Tabs that could play this sheet. */
  tabs: string[];
  /** The team's column headers, in sheet order. */
  teamColumns: string[];
  fields: FieldChoice[];
  /** Our columns the set-up adds (fields with no team column, and per-platform ones such as "Tier (TikTok)"). */
  added: string[];
  leftAlone: string[];
  values: ValueChoice[];
  /** Why this tab cannot play the sheet, in words a person acts on; null when it can. */
  problem: string | null;
}

export interface SetUpPlan {
  sheets: SheetChoice[];
  /** Some sheet would be adopted in a way nobody chose yet: the set-up asks before its first write. */
  needsChoice: boolean;
  /** Every sheet's choice in full (each field's team column or ADDED), for the sidebar to edit and send back. */
  mapping: Mapping;
}

export interface SetUpSaved {
  summary: string;
  /** The plan after the run: every sheet mapped, as the next menu run finds it. */
  plan: SetUpPlan;
}
