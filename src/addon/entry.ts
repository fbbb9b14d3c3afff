/**
 * The shape of one registry entry: everything Apps Script must see as a top-level function.
 * The build turns each entry into a delegating stub; tests check the bundle against the list.
 */

export interface CustomFunctionParam {
  name: string;
  /** JSDoc type shown in Sheets' autocomplete help, e.g. "number|Array<Array<number>>". */
  type: string;
  doc: string;
  optional?: boolean;
}

export interface CustomFunctionEntry {
  kind: "custom";
  name: string;
  summary: string;
  params: CustomFunctionParam[];
  returns: string;
  run: (...args: never[]) => unknown;
}

/** Menu items, simple and installable triggers, and functions the sidebar calls through google.script.run. */
export interface HandlerEntry {
  kind: "menu" | "trigger" | "rpc";
  name: string;
  summary: string;
  params: string[];
  run: (...args: never[]) => unknown;
}

export type RegistryEntry = CustomFunctionEntry | HandlerEntry;
