import { messageOf } from "../core/errors";
import type { AddonContext } from "./context";

/** What a menu action's dialogs settled: go on with `answer`, or stop with a message (the user said no). */
export type Asked<T> = { answer: T } | { done: string };

/**
 * Runs a menu action under the spreadsheet's lock (two clicks cannot interleave their writes), then
 * says how it went: a toast for the result, a dialog for a failure, which also goes to the log.
 * Dialogs (`ask`) come first, outside the lock: while a dialog waits for the user, every other run
 * and sidebar write would otherwise wait for the lock and fail as busy.
 */
export function runMenuAction<T = undefined>(
  context: AddonContext,
  title: string,
  action: (context: AddonContext, answer: T) => string,
  ask?: (context: AddonContext) => Asked<T>,
): void {
  try {
    const asked: Asked<T> = ask ? ask(context) : { answer: undefined as T };
    const result =
      "done" in asked ? asked.done : context.lock.withDocumentLock(() => action(context, asked.answer));
    context.workbook.toast(result, title);
  } catch (error) {
    console.error(`${title} failed`, error);
    context.ui.alert(title, messageOf(error));
  }
}
