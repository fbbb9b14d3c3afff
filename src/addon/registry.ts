import { CUSTOM_FUNCTIONS, type CustomFunction } from "../core/functions";
import type { RegistryEntry } from "./entry";
import { GENERAL_MENU_HANDLERS, GENERAL_TRIGGERS } from "./handlers/general";
import { IMPORT_MENU_HANDLERS } from "./handlers/import";
import { REPORT_MENU_HANDLERS, REPORT_TRIGGERS } from "./handlers/report";
import { SHEET_MENU_HANDLERS } from "./handlers/sheets";
import { SIDEBAR_MENU_HANDLERS } from "./handlers/sidebar";
import { YOUTUBE_MENU_HANDLERS, YOUTUBE_TRIGGERS } from "./handlers/youtube";
import { SIDEBAR_ENTRIES } from "./sidebar/registryEntries";

const MENU_HANDLERS = {
  ...GENERAL_MENU_HANDLERS,
  ...SIDEBAR_MENU_HANDLERS,
  ...SHEET_MENU_HANDLERS,
  ...REPORT_MENU_HANDLERS,
  ...YOUTUBE_MENU_HANDLERS,
  ...IMPORT_MENU_HANDLERS,
};

/** What a menu item may name: a menu item naming a missing handler does not compile. */
export type MenuHandlerName = keyof typeof MENU_HANDLERS;

function customEntry({ name, params, run }: CustomFunction): RegistryEntry {
  return { kind: "custom", name, params: params.map((p) => p.name), run };
}

function handlerEntries(
  kind: "menu" | "trigger",
  params: string[],
  handlers: Record<string, () => void>,
): RegistryEntry[] {
  return Object.entries(handlers).map(([name, run]) => ({ kind, name, params, run }));
}

/**
 * Every function Apps Script must see at the top level. The build writes one stub per entry, with
 * the JSDoc of src/core/functions/docs.ts on each custom function so Sheets autocompletes it.
 */
export const REGISTRY: RegistryEntry[] = [
  ...CUSTOM_FUNCTIONS.map(customEntry),
  ...handlerEntries("trigger", ["e"], { ...GENERAL_TRIGGERS, ...REPORT_TRIGGERS, ...YOUTUBE_TRIGGERS }),
  ...handlerEntries("menu", [], MENU_HANDLERS),
  ...SIDEBAR_ENTRIES,
];
