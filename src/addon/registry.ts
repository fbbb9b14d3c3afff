import { EMV, ENGAGEMENT_RATE, FTC_CHECK, TIER } from "../core/functions";
import type { RegistryEntry } from "./entry";
import { onInstall, onOpen, showAbout } from "./handlers";
import { REPORT_ENTRIES } from "./reportHandlers";
import { SHEET_ENTRIES } from "./sheetHandlers";
import { SIDEBAR_ENTRIES } from "./sidebar/registryEntries";

function custom(name: string, params: string[], run: (...args: never[]) => unknown): RegistryEntry {
  return { kind: "custom", name, params, run };
}

/**
 * Every function Apps Script must see at the top level. The build writes one stub per entry, with
 * the JSDoc of src/core/functions/docs.ts on each custom function so Sheets autocompletes it.
 */
export const REGISTRY: RegistryEntry[] = [
  custom("ENGAGEMENT_RATE", ["interactions", "audience"], ENGAGEMENT_RATE),
  custom("TIER", ["followers", "tiers"], TIER),
  custom("EMV", ["platform", "counts", "rate_card"], EMV),
  custom("FTC_CHECK", ["caption", "rules"], FTC_CHECK),
  { kind: "trigger", name: "onOpen", params: ["e"], run: onOpen },
  { kind: "trigger", name: "onInstall", params: ["e"], run: onInstall },
  { kind: "menu", name: "menuAbout", params: [], run: () => showAbout(REGISTRY) },
  ...SHEET_ENTRIES,
  ...REPORT_ENTRIES,
  ...SIDEBAR_ENTRIES,
];
