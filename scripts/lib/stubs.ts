import type { CustomFunctionEntry, RegistryEntry } from "../../src/addon/entry";

export const GLOBAL_NAME = "InfluencerDesk";

function jsDoc(lines: string[]): string {
  return ["/**", ...lines.map((line) => ` * ${line}`), " */"].join("\n");
}

function customDoc(entry: CustomFunctionEntry): string {
  const params = entry.params.map((p) => {
    const name = p.optional ? `[${p.name}]` : p.name;
    return `@param {${p.type}} ${name} ${p.doc}`;
  });
  return jsDoc([entry.summary, "", ...params, `@return ${entry.returns}`, "@customfunction"]);
}

/**
 * One top-level function per registry entry, delegating into the bundle. Sheets reads the JSDoc of
 * these stubs for autocomplete, and esbuild strips JSDoc inside the bundle, so it must live here.
 */
export function stubsFor(registry: RegistryEntry[]): string {
  const blocks = registry.map((entry) => {
    const params = entry.kind === "custom" ? entry.params.map((p) => p.name) : entry.params;
    const doc = entry.kind === "custom" ? customDoc(entry) : jsDoc([entry.summary]);
    const list = params.join(", ");
    return `${doc}\nfunction ${entry.name}(${list}) {\n  return ${GLOBAL_NAME}.api.${entry.name}(${list});\n}`;
  });
  return `\n// Generated from src/addon/registry.ts: the functions Apps Script sees.\n${blocks.join("\n\n")}\n`;
}
