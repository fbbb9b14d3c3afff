import type { MappingOverride } from "../import/mapping";
import type { ImportPreview } from "../import/preview";
import type { SourceId } from "../import/sources";
import type { ExportTable } from "../import/table";

/** The Import tab's wire types: what the page sends, and what the preview and the import answer. */

export interface ImportRequest {
  table: ExportTable;
  source: SourceId;
  override: MappingOverride;
  /** The creator a per-channel export belongs to, when the person chose one. */
  creator?: string;
}

export interface ImportPreviewValue extends ImportPreview {
  /** Roster handles, for the creator question of a per-channel export; empty otherwise. */
  rosterHandles: string[];
  /** The spreadsheet's locale, in which the sidebar writes the preview's dates (see formatDate). */
  locale: string;
}

/** What an import wrote to Posts. */
export interface ImportWrite {
  /** Sheet rows of the appended posts, first and last; null when none. */
  appended: { first: number; last: number } | null;
  cellsChanged: number;
  writes: number;
}

export interface ImportApplied {
  preview: ImportPreviewValue;
  written: ImportWrite;
}
