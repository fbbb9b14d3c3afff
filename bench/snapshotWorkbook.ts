import type { Cell } from "../src/core/cells";
import type { SheetPort, SheetSnapshot, WorkbookPort } from "../src/workbook/port";

/**
 * A workbook port that hands back prepared snapshots and does nothing on writes: timing an action on
 * it measures the add-on's own work alone (planning on what one batch read returns), without a formula
 * engine or the recording fake's bookkeeping.
 */
export function snapshotWorkbook(data: Record<string, Cell[][]>): WorkbookPort {
  const sheets = new Map<string, SheetSnapshot>();
  for (const [name, values] of Object.entries(data)) {
    sheets.set(name, { values, formulas: values.map((row) => row.map(() => "")) });
  }
  const sheet = (name: string): SheetPort => ({
    name,
    read: () => sheets.get(name) ?? { values: [], formulas: [] },
    write() {},
    fill() {},
    fillRelative() {},
    clear() {},
    deleteRows() {},
    gridSize: () => ({ rows: 1000, cols: 26 }),
    trimGrid() {},
    setNumberFormats() {},
    styledColumns: (_row, numCols) =>
      Array.from({ length: numCols }, () => ({ formatted: false, validated: false })),
    setValidations() {},
    conditionalFormulas: () => [],
    addConditionalRules() {},
    frozenRows: () => 0,
    setFrozenRows() {},
    hasFilter: () => false,
    addFilter() {},
    styleHeader() {},
    setColumnWidths() {},
    addChart() {},
  });
  return {
    name: "Bench program",
    timeZone: "UTC",
    locale: "en_US",
    sheet: (name) => (sheets.has(name) ? sheet(name) : null),
    sheetNames: () => [...sheets.keys()],
    addSheet: (name) => {
      sheets.set(name, { values: [], formulas: [] });
      return sheet(name);
    },
    removeSheet() {},
    renameSheet() {},
    activate() {},
    toast() {},
    flush() {},
  };
}
