import {
  decodeExport,
  detectSource,
  type ExportTable,
  type Mapping,
  type MappingOverride,
  mapColumns,
  mappingProblem,
  readExport,
  type SourceProfile,
} from "../../src/core/import/index";

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

export type Opening = { ok: true; file: OpenedFile } | { ok: false; message: string };

/** The text of a picked file, read as bytes so UTF-16 and Excel workbooks get their own message. */
export async function fileText(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return decodeExport(bytes);
}

export function openText(
  text: string,
  byteLength: number | undefined,
  remembered: Partial<Record<string, MappingOverride>>,
): Opening {
  const read = readExport(text, byteLength === undefined ? {} : { byteLength });
  if (!read.ok) return read;
  const source = detectSource(read.table.headers);
  const override = { ...(remembered[source.id] ?? {}) };
  const mapping = mapColumns(read.table.headers, source.id, override);
  const problem = mappingProblem(mapping);
  // A file nothing maps is refused outright; one the remembered corrections fit is the person's to fix.
  if (problem && Object.keys(override).length === 0) return { ok: false, message: problem };
  return { ok: true, file: { table: read.table, source, override, mapping, problem } };
}

/** The file again under one more correction: `header` now fills `choice` (or nothing). */
export function remap(file: OpenedFile, header: string, choice: string): OpenedFile {
  const override = { ...file.override, [header]: choice as MappingOverride[string] };
  const mapping = mapColumns(file.table.headers, file.source.id, override);
  return { ...file, override, mapping, problem: mappingProblem(mapping) };
}
