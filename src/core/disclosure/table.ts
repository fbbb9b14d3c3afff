import type { Cell, Grid } from "../cells";
import { cellText, isBlank } from "../cells";
import { quote, rowIsBlank, widthOf } from "../functions/shape";
import { shapeOf } from "./terms";
import { VOCABULARY_HEADER, type VocabularyRow } from "./vocabulary";

type Column = "term" | "kind" | "market" | "use" | "source";

const COLUMNS: readonly Column[] = ["term", "kind", "market", "use", "source"];
const HEADER_NAMES: Readonly<Record<string, Column>> = {
  term: "term",
  kind: "kind",
  market: "market",
  use: "use",
  inuse: "use",
  on: "use",
  source: "source",
};
const ACCEPTED = VOCABULARY_HEADER.join(", ");
const YES = new Set(["yes", "y", "true", "on", "1"]);
const NO = new Set(["no", "n", "false", "off", "0"]);

/**
 * A team's disclosure table: columns Term, Kind (Clear or Unclear), Market, Use (Yes or No), Source.
 * With a header row the columns may come in any order and only Term and Kind are needed (no Use column:
 * every row is in use); without one they are read in that order. Blank rows are skipped. `where` starts
 * every message, e.g. "FTC_CHECK: rules". Throws naming the row at fault.
 */
export function readVocabularyTable(grid: Grid, where: string): VocabularyRow[] {
  const headerIndex = grid.findIndex((row) => !rowIsBlank(row));
  if (headerIndex === -1) throw new Error(`${where} is empty; give rows of (${ACCEPTED})`);
  const header = grid[headerIndex] ?? [];
  const hasHeader = header.some((cell) => headerColumn(cell) === "term");
  const columns = hasHeader ? namedColumns(header, where) : positionalColumns(grid, where);
  const rows: VocabularyRow[] = [];
  for (let index = hasHeader ? headerIndex + 1 : headerIndex; index < grid.length; index++) {
    const cells = grid[index] ?? [];
    if (rowIsBlank(cells)) continue;
    rows.push(rowOf(cells, columns, `${where} row ${index + 1}`));
  }
  if (!rows.some((row) => row.use)) {
    throw new Error(`${where} has no terms in use; set Use to Yes on at least one row`);
  }
  return rows;
}

function rowOf(cells: readonly Cell[], columns: ReadonlyMap<Column, number>, at: string): VocabularyRow {
  const text = (column: Column): string => {
    const index = columns.get(column);
    return index === undefined ? "" : cellText(cells[index]).trim();
  };
  const term = text("term");
  const shape = shapeOf(term);
  if (typeof shape === "string") throw new Error(`${at}: ${shape}`);
  const where = `${at} (${term})`;
  const kindText = text("kind").toLowerCase();
  if (kindText !== "clear" && kindText !== "unclear") {
    throw new Error(`${where}: kind must be Clear or Unclear, got ${quote(cellAt(cells, columns, "kind"))}`);
  }
  return {
    term,
    kind: kindText,
    market: text("market"),
    use: columns.has("use") ? useOf(cellAt(cells, columns, "use"), where) : true,
    source: text("source"),
  };
}

function useOf(cell: Cell, where: string): boolean {
  const answer = typeof cell === "boolean" ? String(cell) : cellText(cell).trim().toLowerCase();
  if (YES.has(answer)) return true;
  if (NO.has(answer)) return false;
  throw new Error(`${where}: use must be Yes or No, got ${quote(cell)}`);
}

function cellAt(cells: readonly Cell[], columns: ReadonlyMap<Column, number>, column: Column): Cell {
  const index = columns.get(column);
  return index === undefined ? undefined : cells[index];
}

function namedColumns(header: readonly Cell[], where: string): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const column = headerColumn(cell);
    if (column === undefined) throw new Error(`${where} column ${quote(cell)} is not one of ${ACCEPTED}`);
    if (columns.has(column))
      throw new Error(`${where} has two ${VOCABULARY_HEADER[COLUMNS.indexOf(column)]} columns`);
    columns.set(column, index);
  });
  if (!columns.has("kind")) throw new Error(`${where} has no Kind column; give each term Clear or Unclear`);
  return columns;
}

function positionalColumns(grid: Grid, where: string): Map<Column, number> {
  const width = widthOf(grid);
  if (width < 2 || width > COLUMNS.length) {
    throw new Error(
      `${where} must be 2 to 5 columns (${ACCEPTED}) or have a header row, got ${width} columns`,
    );
  }
  return new Map(COLUMNS.slice(0, width).map((column, index) => [column, index]));
}

function headerColumn(cell: Cell): Column | undefined {
  if (typeof cell !== "string") return undefined;
  return HEADER_NAMES[
    cell
      .toLowerCase()
      .replace(/[\s_-]+/g, "")
      .replace(/s$/, "")
  ];
}
