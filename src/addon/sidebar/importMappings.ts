import {
  IMPORT_FIELDS,
  type ImportField,
  type MappingOverride,
  SOURCES,
  type SourceId,
} from "../../core/import/planning";
import type { Properties } from "../../platform/ports";

/**
 * The mapping corrections a person made per source, remembered in the document's Properties: one
 * small JSON object per source (header → field or "ignore", a few hundred bytes against Properties'
 * 9 KB per value). Properties rather than a Settings table because nobody reads or edits them in the
 * sheet, they are shared by everyone working in the spreadsheet, and saving one writes no cell.
 */

const KEY_PREFIX = "importMapping.";
const CHOICES = new Set<string>([...IMPORT_FIELDS, "ignore"]);

function parse(json: string | null): MappingOverride {
  if (!json) return {};
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    const override: MappingOverride = {};
    for (const [header, choice] of Object.entries(value)) {
      if (typeof choice === "string" && CHOICES.has(choice))
        override[header] = choice as ImportField | "ignore";
    }
    return override;
  } catch {
    // Corrupt or from another version: the guessed mapping is a fine start.
    return {};
  }
}

export function rememberedMapping(properties: Properties, source: SourceId): MappingOverride {
  return parse(properties.get(KEY_PREFIX + source));
}

export function rememberedMappings(properties: Properties): Partial<Record<SourceId, MappingOverride>> {
  const all: Partial<Record<SourceId, MappingOverride>> = {};
  for (const { id } of SOURCES) {
    const override = rememberedMapping(properties, id);
    if (Object.keys(override).length > 0) all[id] = override;
  }
  return all;
}

export function rememberMapping(properties: Properties, source: SourceId, override: MappingOverride): void {
  if (Object.keys(override).length === 0) properties.delete(KEY_PREFIX + source);
  else properties.set(KEY_PREFIX + source, JSON.stringify(override));
}
