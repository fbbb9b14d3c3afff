import { fieldLabel, IMPORT_FIELDS, type ImportField, isMetric } from "./fields";
import { headerKey } from "./headers";
import { type SourceId, type SourceProfile, sourceProfile } from "./sources";

/** Which file column fills which field; every column not used is listed as ignored. */
export interface Mapping {
  source: SourceId;
  headers: string[];
  /** Field → 0-based column of the file. */
  columns: Partial<Record<ImportField, number>>;
  /** Headers of the columns nothing reads, as the file spells them. */
  ignored: string[];
}

/** A person's corrections, by header as the file spells it: the field it fills, or "ignore". */
export type MappingOverride = Record<string, ImportField | "ignore">;

function overrideFor(override: MappingOverride, header: string): ImportField | "ignore" | undefined {
  const key = headerKey(header);
  for (const name in override) if (headerKey(name) === key) return override[name];
  return undefined;
}

function guessColumns(keys: string[], profile: SourceProfile, taken: Set<number>) {
  const columns: Partial<Record<ImportField, number>> = {};
  for (const field of IMPORT_FIELDS) {
    for (const synonym of profile.fields[field] ?? []) {
      const at = keys.findIndex((key, i) => key === headerKey(synonym) && !taken.has(i));
      if (at >= 0) {
        columns[field] = at;
        taken.add(at);
        break;
      }
    }
  }
  return columns;
}

/** The mapping of a header row for a source, with a person's overrides applied first. */
export function mapColumns(headers: string[], source: SourceId, override: MappingOverride = {}): Mapping {
  const taken = new Set<number>();
  const chosen: Partial<Record<ImportField, number>> = {};
  headers.forEach((header, i) => {
    const field = overrideFor(override, header);
    if (field === undefined) return;
    taken.add(i);
    if (field !== "ignore") chosen[field] = i;
  });
  const guessed = guessColumns(headers.map(headerKey), sourceProfile(source), taken);
  const columns = { ...guessed, ...chosen };
  const used = new Set(Object.values(columns));
  return { source, headers, columns, ignored: headers.filter((_, i) => !used.has(i)) };
}

const LINK_FIELDS: ImportField[] = ["postUrl", "postId"];
const EXAMPLE_METRICS: ImportField[] = ["views", "likes", "comments", "shares", "saves"];

/** Why a mapping cannot import anything (no way to find the post, or no number to bring in), else undefined. */
export function mappingProblem(mapping: Mapping): string | undefined {
  const fields = Object.keys(mapping.columns) as ImportField[];
  const hasMetric = fields.some(isMetric);
  const findsPost =
    mapping.source === "shopify"
      ? fields.includes("promoCode")
      : LINK_FIELDS.some((field) => fields.includes(field));
  if (hasMetric && findsPost) return undefined;
  const found = mapping.headers.filter((header) => header.trim() !== "").join(", ") || "none";
  const expected =
    mapping.source === "shopify"
      ? "Discount code, and Orders or Net sales"
      : `a link or post ID (${fieldLabel("postUrl")}, Permalink, Video link, Content) and at least one number (${EXAMPLE_METRICS.map(fieldLabel).join(", ")}…)`;
  return `The add-on cannot tell what this file's columns hold. Columns found: ${found}. Expected ${expected}.`;
}
