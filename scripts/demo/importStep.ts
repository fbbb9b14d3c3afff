import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { AddonContext } from "../../src/addon/context";
import { applyImport } from "../../src/addon/sidebar/importActions";
import { rememberedMapping } from "../../src/addon/sidebar/importMappings";
import { messageOf } from "../../src/core/errors";
import {
  decodeExport,
  detectSource,
  fieldLabel,
  type ImportField,
  type Mapping,
  mapColumns,
  mappingProblem,
  readExport,
} from "../../src/core/import/index";
import type { ImportApplied } from "../../src/core/rpc/import";

/**
 * `--import export.csv` (or a .tsv, as a paste would be): the file read as the sidebar reads it,
 * mapped with the mapping remembered for its source, and applied by the sidebar's own server code.
 */
export type ImportRun =
  | { ok: true; file: string; mapping: Mapping; applied: ImportApplied }
  | { ok: false; file: string; message: string };

export function importExportFile(context: AddonContext, path: string, creator?: string): ImportRun {
  const file = basename(path);
  const bytes = new Uint8Array(readFileSync(path));
  const decoded = decodeExport(bytes);
  if (!decoded.ok) return { ok: false, file, message: decoded.message };
  const read = readExport(decoded.text, { byteLength: bytes.length });
  if (!read.ok) return { ok: false, file, message: read.message };
  const source = detectSource(read.table.headers).id;
  const override = rememberedMapping(context.properties, source);
  const mapping = mapColumns(read.table.headers, source, override);
  const problem = mappingProblem(mapping);
  if (problem) return { ok: false, file, message: problem };
  try {
    const applied = applyImport(context, {
      table: read.table,
      source,
      override,
      ...(creator ? { creator } : {}),
    });
    return { ok: true, file, mapping, applied };
  } catch (error) {
    return { ok: false, file, message: messageOf(error) };
  }
}

/** Every file in turn, each against the sheets as the files before it left them. */
export function importExportFiles(context: AddonContext, paths: string[], creator?: string): string[] {
  return paths.map((path) => importReport(importExportFile(context, path, creator)));
}

const SHOWN = 10;

/** What a person reads after an import: source, mapping, counts, and the skipped rows' reasons. */
export function importReport(run: ImportRun): string {
  if (!run.ok) return `${run.file}: not imported. ${run.message}`;
  const { preview, written } = run.applied;
  const columns = Object.entries(run.mapping.columns)
    .sort((a, b) => (a[1] as number) - (b[1] as number))
    .map(([field, col]) => `${run.mapping.headers[col as number]} → ${fieldLabel(field as ImportField)}`);
  const c = preview.counts;
  const lines = [
    `${run.file}: ${preview.sourceLabel}`,
    `  Mapping: ${columns.join(", ")}`,
    `  Ignored: ${run.mapping.ignored.join(", ") || "none"}`,
  ];
  if (preview.creator) {
    lines.push(
      `  Creator: ${preview.creator.handle ?? `undecided — ${preview.creator.message ?? ""}`} (${preview.creator.how})`,
    );
  }
  lines.push(
    `  ${c.newPosts} new, ${c.updatedPosts} updated (${written.cellsChanged} cells), ${c.unchanged} unchanged, ${c.skipped} skipped` +
      (written.appended ? `; new posts from row ${written.appended.first}` : ""),
  );
  for (const row of preview.skipped.slice(0, SHOWN)) lines.push(`    row ${row.line}: ${row.reason}`);
  if (c.skipped > SHOWN) lines.push(`    …and ${c.skipped - SHOWN} more skipped`);
  for (const line of preview.promoLines.slice(0, SHOWN)) {
    lines.push(
      `    ${line.handle} (${line.promoCode}): ${line.promoRedemptions} orders, ${line.revenue} revenue — ${line.reason}`,
    );
  }
  return lines.join("\n");
}
