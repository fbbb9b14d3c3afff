import type { Cell } from "../core/cells";
import { readVocabularyTable } from "../core/disclosure/table";
import type { VocabularyRow } from "../core/disclosure/vocabulary";
import { messageOf } from "../core/errors";
import { rowIsBlank } from "../core/functions/shape";
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { SETTINGS_SHEET } from "./layouts/settings";
import { defaultSettings } from "./refresh";
import { planSettings, type SettingsLayout, settingsTableGrid } from "./settings";

/** The team's disclosure vocabulary as Settings holds it, for the weekly report and the sidebar. */
export interface DisclosureTerms {
  /** The table's rows; null means the FTC's terms (no table in Settings, or one that cannot be read). */
  rows: VocabularyRow[] | null;
  /** Why the team's table is not used, for the reader; null when it is used or there is none. */
  problem: string | null;
}

const TABLE = "Settings › Disclosure terms";

/**
 * Reads the Disclosure terms table. One bad row sets the whole table aside for the FTC's terms, as
 * FTC_CHECK turns the whole Disclosure column into that row's error: a report that used the rest of
 * the table would disagree with the column it summarises.
 */
export function disclosureTermsIn(snapshot: SheetSnapshot, layout: SettingsLayout): DisclosureTerms {
  const table = layout.tables.get("disclosureTerms");
  const grid = settingsTableGrid(snapshot, layout, "disclosureTerms");
  if (table === undefined || grid.every((row) => rowIsBlank(row))) return { rows: null, problem: null };
  // Blank rows in front, so the row a message names is the sheet's row.
  const fromRowOne: Cell[][] = [...Array.from({ length: table.headerRow - 1 }, () => []), ...grid];
  try {
    return { rows: readVocabularyTable(fromRowOne, TABLE), problem: null };
  } catch (error) {
    const why = messageOf(error);
    return {
      rows: null,
      problem: `${why}. Until it is fixed, the weekly report and the brief check use the FTC's terms only.`,
    };
  }
}

/** The same, reading Settings itself (one read); no Settings sheet means the FTC's terms. */
export function readDisclosureTerms(workbook: WorkbookPort): DisclosureTerms {
  const snapshot = workbook.sheet(SETTINGS_SHEET)?.read() ?? null;
  if (snapshot === null) return { rows: null, problem: null };
  return disclosureTermsIn(snapshot, planSettings(snapshot, defaultSettings(workbook)).layout);
}
