import { readFileSync } from "node:fs";
import vm from "node:vm";

/** Globals Apps Script V8 does not have; the bundle must run without them. */
export const MISSING_IN_APPS_SCRIPT = [
  "setTimeout",
  "URL",
  "URLSearchParams",
  "TextEncoder",
  "fetch",
  "atob",
  "crypto",
  "process",
  "window",
];

/**
 * Evaluates dist/Code.js the way Apps Script does: one shared global scope, top-level function
 * declarations become globals, no module system, and none of Node's or the browser's extras.
 */
export function loadBundle(path: string, extraGlobals: Record<string, unknown> = {}): vm.Context {
  const context = vm.createContext({ console, ...extraGlobals });
  vm.runInContext(readFileSync(path, "utf8"), context, { filename: "Code.js" });
  return context;
}

/** Runs an expression inside the context, so arrays and errors are the context's own, as in Apps Script. */
export function evaluate(context: vm.Context, expression: string): unknown {
  return vm.runInContext(expression, context);
}
