import { messageOf } from "../core/errors";
import type { AddonContext } from "./context";

/** The text to show a person for anything thrown: our Errors already say what to fix. */

/**
 * Runs a menu action under the spreadsheet's lock (two clicks cannot interleave their writes), then
 * says how it went: a toast for the result, a dialog for a failure, which also goes to the log.
 */
export function runMenuAction(
  context: AddonContext,
  title: string,
  action: (context: AddonContext) => string,
): void {
  try {
    const result = context.lock.withDocumentLock(() => action(context));
    context.workbook.toast(result, title);
  } catch (error) {
    console.error(`${title} failed`, error);
    context.ui.alert(title, messageOf(error));
  }
}
