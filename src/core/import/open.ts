import { type Mapping, type MappingOverride, mapColumns, mappingProblem } from "./mapping";
import { type ReadFacts, readExport } from "./read";
import { detectSource, type SourceProfile } from "./sources";
import type { ExportTable } from "./table";

export type Opened =
  | { ok: true; table: ExportTable; source: SourceProfile; mapping: Mapping }
  | { ok: false; message: string };

/**
 * A file's or a paste's text up to the preview: read, its source detected, its columns mapped (with a
 * person's overrides). One message and no rows for a file that cannot be imported, unmappable headers included.
 */
export function openExport(text: string, facts: ReadFacts = {}, override: MappingOverride = {}): Opened {
  const read = readExport(text, facts);
  if (!read.ok) return read;
  const source = detectSource(read.table.headers);
  const mapping = mapColumns(read.table.headers, source.id, override);
  const problem = mappingProblem(mapping);
  return problem ? { ok: false, message: problem } : { ok: true, table: read.table, source, mapping };
}
