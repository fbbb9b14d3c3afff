import type { RegistryEntry } from "../../src/addon/entry";
import { CUSTOM_FUNCTIONS } from "../../src/core/functions";
import { CUSTOM_FUNCTION_DOCS } from "../../src/core/functions/docs";

export const GLOBAL_NAME = "InfluencerDesk";
/** What every stub calls through: one short name rather than the bundle's whole path, some 15 bytes a stub. */
const API = "api";

/** The JSDoc Sheets reads for a custom function's autocomplete help. */
function customDoc(entry: RegistryEntry): string {
  const fn = CUSTOM_FUNCTIONS.find((f) => f.name === entry.name);
  const doc = CUSTOM_FUNCTION_DOCS.find((d) => d.name === entry.name);
  if (!fn || !doc)
    throw new Error(`No documentation for the custom function ${entry.name} in src/core/functions/docs.ts`);
  const names = doc.params.map((p) => p.name);
  if (names.join() !== entry.params.join()) {
    throw new Error(
      `${entry.name}: the registry's parameters (${entry.params}) differ from its documentation (${names})`,
    );
  }
  const params = doc.params.map((p, i) => {
    const optional = fn.params[i]?.optional === true;
    return ` * @param {${p.type}} ${optional ? `[${p.name}]` : p.name} ${p.doc}`;
  });
  return [
    "/**",
    ` * ${doc.summary}`,
    " *",
    ...params,
    ` * @return ${doc.returns}`,
    " * @customfunction",
    " */",
  ].join("\n");
}

/**
 * One top-level function per registry entry, delegating into the bundle. Sheets reads the JSDoc of
 * these stubs for autocomplete, and esbuild strips JSDoc inside the bundle, so it must live here.
 */
export function stubsFor(registry: RegistryEntry[]): string {
  const blocks = registry.map((entry) => {
    const list = entry.params.join(", ");
    // Minified like the bundle above them: some 4 bytes a stub.
    const stub = `function ${entry.name}(${list}){return ${API}.${entry.name}(${list})}`;
    return entry.kind === "custom" ? `${customDoc(entry)}\n${stub}` : stub;
  });
  const header = "// Generated from src/addon/registry.ts: the functions Apps Script sees.";
  return `\n${header}\nconst ${API} = ${GLOBAL_NAME}.api;\n${blocks.join("\n")}\n`;
}
