import {
  rowToTemplate,
  starterTemplates,
  TEMPLATE_COLUMNS,
  TEMPLATES_SHEET,
  type Template,
  templateToRow,
} from "../../core/outreach/templates";
import { SidebarError } from "../../core/rpc/result";
import type { Assets } from "../../platform/ports";
import type { WorkbookPort } from "../../workbook/port";
import { type KeyedSheet, openKeyedSheet, readKeyedSheet, removeRecord, writeRecord } from "./keyedSheet";

export interface StoredTemplates {
  keyed: KeyedSheet;
  templates: Template[];
  /** Sheet row of each template, by id. */
  rows: Map<string, number>;
}

function fromSheet(keyed: KeyedSheet): StoredTemplates {
  const templates: Template[] = [];
  const rows = new Map<string, number>();
  keyed.records.forEach((record, index) => {
    const template = rowToTemplate(record);
    if (!template || rows.has(template.id)) return;
    templates.push(template);
    rows.set(template.id, index + 2);
  });
  return { keyed, templates, rows };
}

/** The saved templates, or null before the "Outreach templates" sheet exists. */
export function readTemplates(workbook: WorkbookPort): StoredTemplates | null {
  const keyed = readKeyedSheet(workbook, TEMPLATES_SHEET);
  return keyed ? fromSheet(keyed) : null;
}

/** The saved templates; the first time, the sheet is made holding the six starters. */
export function ensureTemplates(workbook: WorkbookPort, assets: Assets, now: string): StoredTemplates {
  // A sheet that exists but has no header row yet (made by hand, say) still gets the starters.
  const saved = readKeyedSheet(workbook, TEMPLATES_SHEET);
  if (saved?.headers.some((header) => header !== "")) return fromSheet(saved);
  const rows = starterTemplates(assets.starterTemplates(), now).map((template) => templateToRow(template));
  return fromSheet(openKeyedSheet(workbook, TEMPLATES_SHEET, TEMPLATE_COLUMNS, rows));
}

export function findTemplate(stored: StoredTemplates, id: string): Template {
  const template = stored.templates.find((candidate) => candidate.id === id);
  if (!template) {
    throw new SidebarError(
      `There is no template "${id}" on the "${TEMPLATES_SHEET}" sheet any more; reload the sidebar and pick one again.`,
      "template",
    );
  }
  return template;
}

/** Saves a template in place (same id) or as a new row under the last one. */
export function storeTemplate(stored: StoredTemplates, template: Template): void {
  const lastRow = stored.keyed.records.length + 1;
  const row = stored.rows.get(template.id) ?? lastRow + 1;
  writeRecord(stored.keyed, row, templateToRow(template, stored.keyed.headers));
}

export function deleteTemplate(stored: StoredTemplates, id: string): void {
  const row = stored.rows.get(id);
  if (row === undefined) findTemplate(stored, id);
  else removeRecord(stored.keyed, row - 2);
}
