import { CUSTOM_FUNCTIONS, type CustomFunction } from "../core/functions";
import type { RegistryEntry } from "./entry";
import { onInstall, onOpen, showAbout } from "./handlers";
import { REPORT_ENTRIES } from "./reportHandlers";
import { SHEET_ENTRIES } from "./sheetHandlers";
import { SIDEBAR_ENTRIES } from "./sidebar/registryEntries";

function customEntry({ name, params, run }: CustomFunction): RegistryEntry {
  return { kind: "custom", name, params: params.map((p) => p.name), run };
}

/**
 * Every function Apps Script must see at the top level. The build writes one stub per entry, with
 * the JSDoc of src/core/functions/docs.ts on each custom function so Sheets autocompletes it.
 */
export const REGISTRY: RegistryEntry[] = [
  ...CUSTOM_FUNCTIONS.map(customEntry),
  { kind: "trigger", name: "onOpen", params: ["e"], run: onOpen },
  { kind: "trigger", name: "onInstall", params: ["e"], run: onInstall },
  { kind: "menu", name: "menuAbout", params: [], run: () => showAbout(REGISTRY) },
  ...SHEET_ENTRIES,
  ...REPORT_ENTRIES,
  ...SIDEBAR_ENTRIES,
];
