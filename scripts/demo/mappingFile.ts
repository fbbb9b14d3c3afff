import { readFileSync } from "node:fs";
import * as z from "zod/mini";
import type { Mapping } from "../../src/core/rpc/mapping";
import { TABLES } from "../../src/sheets/tables";

const text = z.string().check(z.minLength(1));

/** One sheet's choices: the team's tab, our field header → their column, our field → their value → ours. */
const sheetMapping = z.strictObject({
  tab: z.optional(text),
  columns: z.optional(z.record(z.string(), text)),
  values: z.optional(z.record(z.string(), z.record(z.string(), text))),
});

const mappingFile = z.partialRecord(z.enum(TABLES.map((t) => t.name)), sheetMapping);

/** A problem with the --mapping file, said without a stack trace. */
export class MappingFileError extends Error {}

/**
 * Reads `--mapping mapping.json`, e.g.
 * `{ "Roster": { "tab": "Creators", "columns": { "Handle": "Instagram" }, "values": { "Status": { "Signed": "Contracted" } } } }`.
 */
export function readMappingFile(path: string): Mapping {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new MappingFileError(`${path} is not a JSON file we can read: ${(error as Error).message}`);
  }
  const parsed = z.safeParse(mappingFile, json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join(".") || "(top)"}: ${i.message}`).join("; ");
    throw new MappingFileError(
      `${path} is not a mapping (sheets ${TABLES.map((t) => t.name).join(", ")}, each with tab, columns, values): ${where}`,
    );
  }
  return parsed.data as Mapping;
}
