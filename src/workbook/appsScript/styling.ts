import type { Area, SheetPort, Validation } from "../port";
import type { Grid } from "./grid";

/** What getNumberFormats reports for a cell nobody formatted. */
const UNFORMATTED = new Set(["", "General", "0.###############"]);

/** What one run builds once and uses on every sheet: data-validation rules, by their description. */
export interface SharedBuilds {
  validations: Map<string, GoogleAppsScript.Spreadsheet.DataValidation>;
}

export function sharedBuilds(): SharedBuilds {
  return { validations: new Map() };
}

/** Number formats, drop-downs, the header style and column widths. */
export function sheetStyling(
  grid: Grid,
  shared: SharedBuilds,
): Pick<
  SheetPort,
  "setNumberFormats" | "styledColumns" | "setValidations" | "styleHeader" | "setColumnWidths"
> {
  const { sheet, name } = grid;
  return {
    setNumberFormats(areas, format) {
      // RangeList has setNumberFormat: every area in one call
      // (https://developers.google.com/apps-script/reference/spreadsheet/range-list).
      if (areas.length === 0) return;
      grid.areas(areas).setNumberFormat(format);
    },
    styledColumns(row, numCols) {
      if (numCols === 0) return [];
      const cells = grid.range({ row, col: 1, numRows: 1, numCols });
      const formats = cells.getNumberFormats()[0] ?? [];
      const validations = cells.getDataValidations()[0] ?? [];
      return Array.from({ length: numCols }, (_, i) => ({
        formatted: !UNFORMATTED.has(formats[i] ?? ""),
        validated: (validations[i] ?? null) !== null,
      }));
    },
    setValidations(rules) {
      // RangeList has clearDataValidations but no setter for a rule
      // (https://developers.google.com/apps-script/reference/spreadsheet/range-list), so rules go in
      // by blocks: neighbouring columns over the same rows are one Range.setDataValidations.
      for (const block of validationBlocks(rules)) {
        const built = block.rules.map((rule) => {
          const key = JSON.stringify(rule);
          const made = shared.validations.get(key) ?? buildValidation(rule, name);
          shared.validations.set(key, made);
          return made;
        });
        const row = Array.from({ length: block.area.numCols }, (_, c) => built[block.ruleAt[c] ?? 0] ?? null);
        grid.range(block.area).setDataValidations(Array.from({ length: block.area.numRows }, () => row));
      }
    },
    styleHeader(numCols) {
      grid.range({ row: 1, col: 1, numRows: 1, numCols }).setFontWeight("bold").setBackground("#f1f3f4");
    },
    setColumnWidths(col, widths) {
      if (widths.length === 0) return;
      grid.ensureSize(1, col + widths.length - 1);
      for (const paint of widthPaints(widths)) {
        sheet.setColumnWidths(col + paint.from, paint.to - paint.from + 1, paint.width);
      }
    },
  };
}

function buildValidation(rule: Validation, sheetName: string): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case "list":
      if (rule.values.length === 0) {
        throw new Error(`A drop-down list on sheet "${sheetName}" needs at least one allowed value.`);
      }
      // A builder allows invalid entries unless told otherwise, so only a strict list needs the call.
      return rule.strict
        ? builder.requireValueInList(rule.values, true).setAllowInvalid(false).build()
        : builder.requireValueInList(rule.values, true).build();
    case "date":
      return builder.requireDate().build();
    case "number":
      return builder.requireNumberGreaterThanOrEqualTo(rule.min).build();
  }
}

/**
 * setColumnWidths gives one width to a span of columns, and a later call paints over an earlier
 * one. The calls that make `widths`: a span is painted with one of its widths, then each stretch
 * that differs is painted the same way; the width that leaves the fewest calls is chosen (a table
 * has at most a few dozen columns, so trying each is cheap).
 */
export function widthPaints(widths: number[]): { from: number; to: number; width: number }[] {
  const memo = new Map<string, { from: number; to: number; width: number }[]>();
  const paint = (from: number, to: number): { from: number; to: number; width: number }[] => {
    const key = `${from}:${to}`;
    const known = memo.get(key);
    if (known) return known;
    let best: { from: number; to: number; width: number }[] | undefined;
    for (const width of new Set(widths.slice(from, to + 1))) {
      const paints = [{ from, to, width }];
      let start = -1;
      for (let i = from; i <= to + 1; i++) {
        const differs = i <= to && widths[i] !== width;
        if (differs && start < 0) start = i;
        if (!differs && start >= 0) {
          paints.push(...paint(start, i - 1));
          start = -1;
        }
      }
      if (!best || paints.length < best.length) best = paints;
    }
    memo.set(key, best ?? []);
    return best ?? [];
  };
  return paint(0, widths.length - 1);
}

/** Areas over the same rows whose columns touch, joined into blocks with the rule of each column. */
function validationBlocks(
  rules: { area: Area; rule: Validation }[],
): { area: Area; rules: Validation[]; ruleAt: number[] }[] {
  const sorted = [...rules].sort(
    (a, b) => a.area.row - b.area.row || a.area.numRows - b.area.numRows || a.area.col - b.area.col,
  );
  const blocks: { area: Area; rules: Validation[]; ruleAt: number[] }[] = [];
  for (const { area, rule } of sorted) {
    const last = blocks[blocks.length - 1];
    const joins =
      last !== undefined &&
      last.area.row === area.row &&
      last.area.numRows === area.numRows &&
      last.area.col + last.area.numCols === area.col;
    const block = joins ? last : { area: { ...area, numCols: 0 }, rules: [], ruleAt: [] };
    if (!joins) blocks.push(block);
    block.rules.push(rule);
    for (let c = 0; c < area.numCols; c++) block.ruleAt.push(block.rules.length - 1);
    block.area.numCols += area.numCols;
  }
  return blocks;
}
