import type { SheetChoice } from "../../core/rpc/mapping";
import { planSetUp } from "../../sheets/mappingPlan";
import { type RefreshResult, refreshSheets, type SheetName } from "../../sheets/refresh";
import type { AddonContext } from "../context";

export const SET_UP_TITLE = "Influencer Desk: set up sheets";

export interface SetUpOptions {
  /**
   * Opens the mapping step (the sidebar's Set-up tab). Given, a run that would adopt a tab or column
   * nobody has mapped yet opens it and writes nothing; the team's choice there runs the set-up.
   */
  askForMapping?: () => void;
}

/** Builds or refreshes sheets, with a toast per sheet, and says what changed. */
export function setUpSheets(context: AddonContext, targets: SheetName[], options: SetUpOptions = {}): string {
  if (options.askForMapping) {
    const plan = planSetUp(context.workbook);
    if (plan.needsChoice) {
      options.askForMapping();
      return mappingStepMessage(plan.sheets.filter((sheet) => sheet.unmapped));
    }
  }
  // Each toast is a round trip: one, as the first sheet is written, stays up while the rest are
  // (reading every sheet before it takes a handful of calls).
  let shown = false;
  const result = refreshSheets(context.workbook, targets, (message) => {
    if (shown) return;
    shown = true;
    context.workbook.toast(message, SET_UP_TITLE);
  });
  return summarise(result);
}

export function summarise(result: RefreshResult): string {
  const created = result.sheets.filter((s) => s.created).map((s) => s.name);
  const updated = result.sheets.filter((s) => !s.created && s.changes > 0).map((s) => s.name);
  const parts: string[] = [];
  if (created.length > 0) parts.push(`Created ${created.join(", ")}.`);
  if (updated.length > 0) parts.push(`Updated ${updated.join(", ")}.`);
  if (parts.length === 0) parts.push("Everything was already up to date; nothing changed.");
  parts.push(...result.notes);
  // Where a column of ours holds the team's own formulas or values, say so rather than change them.
  for (const sheet of result.sheets) parts.push(...sheet.notes.map((note) => `${note}.`));
  return parts.join(" ");
}

/** Why the set-up asks first, naming what it would adopt. */
export function mappingStepMessage(unmapped: SheetChoice[]): string {
  const named = unmapped.map((sheet) =>
    sheet.problem !== null
      ? `${sheet.sheet} cannot use "${sheet.tab}"`
      : `"${sheet.tab}" would be your ${sheet.sheet}`,
  );
  return (
    `Nothing was changed yet: ${named.join("; ")}. Check which of your tabs, columns and values play ` +
    'which part in the sidebar\'s Set-up tab, then press "Save & set up".'
  );
}
