import type { SheetPort, WorkbookPort } from "../workbook/port";
import type { SheetPlan } from "./plan";

/**
 * Carries out a plan. The header freeze, filter and conditional formats are added only when the
 * sheet lacks them, so a second run adds nothing and a team's own choices (two frozen rows, their
 * own filter or rules) stay as they are. Returns the number of changes made.
 */
export function applyPlan(workbook: WorkbookPort, plan: SheetPlan): number {
  const sheet: SheetPort = workbook.sheet(plan.sheet) ?? workbook.addSheet(plan.sheet);
  let changes = plan.create ? 1 : 0;
  for (const write of plan.writes) sheet.write(write.row, write.col, write.cells);
  for (const fill of plan.fills) sheet.fill(fill.cells, fill.content);
  for (const { area, format } of plan.formats) sheet.setNumberFormat(area, format);
  for (const { area, rule } of plan.validations) sheet.setValidation(area, rule);
  for (const { col, widths } of plan.widths) sheet.setColumnWidths(col, widths);
  if (plan.styleHeaderWidth > 0) sheet.styleHeader(plan.styleHeaderWidth);
  changes += plan.writes.length + plan.fills.length + plan.formats.length + plan.validations.length;
  if (plan.freezeHeader && sheet.frozenRows() === 0) {
    sheet.setFrozenRows(plan.headerRow);
    changes += 1;
  }
  if (plan.filterWidth > 0 && !sheet.hasFilter()) {
    sheet.addFilter(plan.filterWidth, plan.headerRow);
    changes += 1;
  }
  if (plan.conditional.length > 0) {
    const existing = new Set(sheet.conditionalFormulas());
    const missing = plan.conditional.filter((rule) => !existing.has(rule.formula));
    if (missing.length > 0) sheet.addConditionalRules(missing);
    changes += missing.length;
  }
  return changes;
}
