import { type Mapping, type MappingOverride, mapColumns, mappingProblem } from "./mapping";
import { type ReadFacts, readExport } from "./read";
import { detectSource, type SourceId, type SourceProfile } from "./sources";
import type { ExportTable } from "./table";

/** A file or a paste, read and mapped in the page: what the server is sent for the preview. */
export interface OpenedFile {
  table: ExportTable;
  source: SourceProfile;
  /** The corrections in force: remembered for this source, then the person's changes. */
  override: MappingOverride;
  mapping: Mapping;
  /** Why this mapping cannot import anything (the person can still change it), else undefined. */
  problem: string | undefined;
}

export type Opened = ({ ok: true } & OpenedFile) | { ok: false; message: string };

/**
 * A file's or a paste's text up to the preview: read, its source detected, its columns mapped with the
 * corrections remembered for that source. One message and no rows for a file that cannot be imported.
 */
export function openExport(
  text: string,
  facts: ReadFacts = {},
  remembered: Partial<Record<SourceId, MappingOverride>> = {},
): Opened {
  const read = readExport(text, facts);
  if (!read.ok) return read;
  const source = detectSource(read.table.headers);
  const override = { ...remembered[source.id] };
  const mapping = mapColumns(read.table.headers, source.id, override);
  const problem = mappingProblem(mapping);
  // A file nothing maps is refused outright; one the remembered corrections fit is the person's to fix.
  if (problem && Object.keys(override).length === 0) return { ok: false, message: problem };
  return { ok: true, table: read.table, source, override, mapping, problem };
}

/** The file again under one more correction: `header` now fills `choice` (or nothing). */
export function remap(file: OpenedFile, header: string, choice: string): OpenedFile {
  const override = { ...file.override, [header]: choice as MappingOverride[string] };
  const mapping = mapColumns(file.table.headers, file.source.id, override);
  return { ...file, override, mapping, problem: mappingProblem(mapping) };
}
