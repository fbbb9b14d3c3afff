/**
 * The shape of one registry entry: everything Apps Script must see as a top-level function.
 * The build turns each entry into a delegating stub; tests check the bundle against the list.
 * Descriptions live in build-time docs (custom functions: src/core/functions/docs.ts), so the
 * bundle Apps Script evaluates on every call carries none of that text.
 */
export interface RegistryEntry {
  /** custom: a spreadsheet function; menu: a menu item's handler; trigger: onOpen, onInstall and
   * time-driven handlers; rpc: called by the sidebar through google.script.run. */
  kind: "custom" | "menu" | "trigger" | "rpc";
  name: string;
  /** Parameter names of the top-level stub (custom functions: as Sheets' autocomplete shows them). */
  params: string[];
  run: (...args: never[]) => unknown;
}

/** Entries other than custom functions: menu handlers, triggers and sidebar calls. */
export type HandlerEntry = RegistryEntry & { kind: "menu" | "trigger" | "rpc" };
