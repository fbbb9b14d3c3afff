import type { Area, SheetPort, WorkbookPort } from "../workbook/port";
import type { SheetPlan } from "./plan";

/**
 * Carries out a plan. The header freeze, filter and conditional formats are added only when the
 * sheet lacks them, so a second run adds nothing and a team's own choices (two frozen rows, their
 * own filter or rules) stay as they are. Header labels come last (see SheetPlan.labels), so a run
 * stopped part way is finished by the next one. Returns the number of changes made.
 */
export function applyPlan(workbook: WorkbookPort, plan: SheetPlan): number {
  const sheet: SheetPort = workbook.sheet(plan.sheet) ?? workbook.addSheet(plan.sheet);
  let changes = plan.create ? 1 : 0;
  for (const write of plan.writes) sheet.write(write.row, write.col, write.cells);
  for (const fill of plan.fills) sheet.fill(fill.cells, fill.content);
  for (const fill of plan.relativeFills) sheet.fillRelative(fill.cells, String(fill.formula));
  for (const [format, areas] of grouped(plan.formats.map((f) => [f.format, f.area]))) {
    sheet.setNumberFormats(areas, format);
  }
  if (plan.validations.length > 0) sheet.setValidations(plan.validations);
  for (const { col, widths } of plan.widths.flatMap(widthRuns)) sheet.setColumnWidths(col, widths);
  if (plan.styleHeaderWidth > 0) sheet.styleHeader(plan.styleHeaderWidth);
  changes += plan.writes.length + plan.fills.length + plan.relativeFills.length;
  changes += plan.formats.length + plan.validations.length + plan.labels.length;
  // A sheet made by this plan has no frozen rows, filter or rules yet: nothing to read back.
  if (plan.freezeHeader && (plan.create || sheet.frozenRows() === 0)) {
    sheet.setFrozenRows(plan.headerRow);
    changes += 1;
  }
  if (plan.filterWidth > 0 && (plan.create || !sheet.hasFilter())) {
    sheet.addFilter(plan.filterWidth, plan.headerRow);
    changes += 1;
  }
  if (plan.conditional.length > 0) {
    const existing = new Set(plan.create ? [] : sheet.conditionalFormulas());
    const missing = plan.conditional.filter((rule) => !existing.has(rule.formula));
    if (missing.length > 0) sheet.addConditionalRules(missing);
    changes += missing.length;
  }
  for (const label of plan.labels) sheet.write(label.row, label.col, label.cells);
  return changes;
}

/** Areas by a key (a format, a rule), in first-seen order: one call per key. */
function grouped(items: [string, Area][]): Map<string, Area[]> {
  const groups = new Map<string, Area[]>();
  for (const [key, area] of items) {
    const group = groups.get(key);
    if (group) group.push(area);
    else groups.set(key, [area]);
  }
  return groups;
}

/**
 * Column widths snap to a few sizes: Sheets sets one width per call over neighbouring columns, so
 * neighbours of one size cost one call, and a few pixels either way read the same.
 */
const WIDTH_SIZES = [100, 140, 180, 220, 280];

/** Sheets' width of a column nobody resized (https://support.google.com/docs/answer/54813: 100 pixels). */
const DEFAULT_WIDTH = 100;

/**
 * The widths to set, snapped; columns meant to have the default width are skipped: a new column
 * already has it, and one someone resized keeps their width.
 */
function widthRuns({ col, widths }: SheetPlan["widths"][number]): SheetPlan["widths"] {
  const runs: SheetPlan["widths"] = [];
  widths.map(snapWidth).forEach((width, i) => {
    if (width === DEFAULT_WIDTH) return;
    const last = runs[runs.length - 1];
    if (last && last.col + last.widths.length === col + i) last.widths.push(width);
    else runs.push({ col: col + i, widths: [width] });
  });
  return runs;
}

function snapWidth(width: number): number {
  return WIDTH_SIZES.reduce((best, size) => (Math.abs(size - width) < Math.abs(best - width) ? size : best));
}
