import type { ConditionalRule, SheetPort } from "../port";
import type { Grid, Range } from "./grid";

/** Conditional formats, frozen rows and the filter: what a sheet shows around its data. */
export function sheetLayout(
  grid: Grid,
): Pick<
  SheetPort,
  "conditionalFormulas" | "addConditionalRules" | "frozenRows" | "setFrozenRows" | "hasFilter" | "addFilter"
> {
  const { sheet } = grid;
  return {
    conditionalFormulas() {
      const custom = SpreadsheetApp.BooleanCriteria.CUSTOM_FORMULA;
      return sheet.getConditionalFormatRules().flatMap((rule) => {
        const condition = rule.getBooleanCondition();
        if (!condition || condition.getCriteriaType() !== custom) return [];
        const formula: unknown = condition.getCriteriaValues()[0];
        return typeof formula === "string" ? [formula] : [];
      });
    },
    addConditionalRules(rules) {
      if (rules.length === 0) return;
      const added = rules.map((rule) => buildConditionalRule(rule, grid.range(rule.area)));
      // A sheet this run inserted has only the rules this run gave it.
      const current = grid.written && !grid.written.rules ? [] : sheet.getConditionalFormatRules();
      sheet.setConditionalFormatRules([...current, ...added]);
      if (grid.written) grid.written.rules = true;
    },
    frozenRows() {
      return sheet.getFrozenRows();
    },
    setFrozenRows(rows) {
      sheet.setFrozenRows(rows);
    },
    hasFilter() {
      return sheet.getFilter() !== null;
    },
    addFilter(numCols, headerRow = 1) {
      // A filter needs at least one row under the header.
      const lastRow = grid.written ? grid.written.lastRow : sheet.getLastRow();
      const numRows = Math.max(lastRow - headerRow + 1, 2);
      grid.range({ row: headerRow, col: 1, numRows, numCols }).createFilter();
    },
  };
}

function buildConditionalRule(
  rule: ConditionalRule,
  range: Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  return SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(rule.formula)
    .setBackground(rule.background)
    .setFontColor(rule.fontColor)
    .setRanges([range])
    .build();
}
