import { FEATURE_SCOPES, requireScope } from "../../platform/scopesPort";
import type { AddonContext } from "../context";

/**
 * One trigger at most: a second click keeps it, and duplicates left by anything else are cleared.
 * `describe` says when it runs and what it does; `note` follows the message of a new schedule.
 */
export function scheduleOnce(
  context: AddonContext,
  trigger: string,
  describe: string,
  create: () => void,
  note = "",
): string {
  requireScope(context.scopes, FEATURE_SCOPES.triggers, "Nothing was scheduled.");
  const existing = context.triggers.list(trigger);
  if (existing.length === 1) return `Already scheduled: ${describe}. Nothing changed.`;
  if (existing.length > 1) context.triggers.remove(trigger);
  create();
  return `Scheduled: ${describe}.${note}`;
}

/** `howTo` names the menu item that schedules it and what it then does. */
export function scheduleStatus(
  context: AddonContext,
  trigger: string,
  describe: () => string,
  howTo: string,
): string {
  return context.triggers.list(trigger).length === 0
    ? `Not scheduled. Use ${howTo} automatically.`
    : `Scheduled: ${describe()}.`;
}
