import { columnLetter } from "../core/a1";
import type { Cell } from "../core/cells";
import type { SheetSnapshot } from "../workbook/port";
import { normaliseHeader } from "./headers";
import { SETTINGS_TABLES, type SettingsTableKey, type SettingsTableSpec } from "./layouts/settings";
import { at, blankValue, cellText } from "./plan";

/** Where a Settings table sits: its title cell, the header row under it, data rows up to `lastRow`. */
export interface TablePlace {
  titleRow: number;
  col: number;
  headerRow: number;
  lastRow: number;
  width: number;
}

/** A table's header and data rows out of a sheet's values (or formulas), as the custom functions receive them. */
export function placeGrid<T>(rows: T[][], place: TablePlace): T[][] {
  return rows
    .slice(place.headerRow - 1, place.lastRow)
    .map((row) => row.slice(place.col - 1, place.col - 1 + place.width));
}

/** One cell holding a table's title, with the rows the table there holds and reserves. */
interface Candidate {
  spec: SettingsTableSpec<SettingsTableKey>;
  place: TablePlace;
  /** Last row holding anything in the table's columns, counted from the header down to the first blank row. */
  filledTo: number;
  /** The table this one's cells sit in (inside its reserved rows), if any. */
  inside?: Candidate;
}

/** What this run does about the tables already in the sheet. */
export interface FoundTables {
  places: Map<SettingsTableKey, TablePlace>;
  /** A header cell of a found table that is blank and gets its label back. */
  headerRepairs: { row: number; col: number; label: string }[];
  /** Tables sitting inside another table's rows, holding only what the add-on wrote: cleared and placed anew. */
  moved: { area: { row: number; col: number; numRows: number; numCols: number } }[];
  /** Tables left where they are (they hold the team's edits) and placed anew; the summary says so. */
  notes: string[];
  /** The last row anything (a table's reserved rows included) occupies; new tables go below it. */
  bottom: number;
}

function filledTo(snapshot: SheetSnapshot, headerRow: number, col: number, width: number): number {
  let row = headerRow + 1;
  const rowFilled = (r: number) =>
    Array.from({ length: width }, (_, i) => at(snapshot, r, col + i).value).some((v) => !blankValue(v));
  while (row <= snapshot.values.length && rowFilled(row)) row++;
  return row - 1;
}

/** Every cell holding a table's title, in reading order (top to bottom, then left to right). */
function candidates(snapshot: SheetSnapshot): Candidate[] {
  const byTitle = new Map(
    SETTINGS_TABLES.flatMap((spec) =>
      [spec.title, ...(spec.formerTitles ?? [])].map((title) => [normaliseHeader(title), spec] as const),
    ),
  );
  const found: Candidate[] = [];
  snapshot.values.forEach((row, r) => {
    row.forEach((value, c) => {
      const spec = byTitle.get(normaliseHeader(cellText(value)));
      if (!spec) return;
      const headerRow = r + 2;
      const width = spec.header.length;
      const filled = filledTo(snapshot, headerRow, c + 1, width);
      found.push({
        spec,
        filledTo: filled,
        place: {
          titleRow: r + 1,
          col: c + 1,
          headerRow,
          lastRow: Math.max(headerRow + spec.reservedRows, filled),
          width,
        },
      });
    });
  });
  return found;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 <= b1 && b0 <= a1;

/** Whether `inner`'s cells (title to last filled row) lie in `host`'s data rows, where formulas would read them. */
function sitsInside(inner: Candidate, host: Candidate): boolean {
  const h = host.place;
  const i = inner.place;
  return (
    overlaps(i.titleRow, inner.filledTo, h.headerRow + 1, h.lastRow) &&
    overlaps(i.col, i.col + i.width - 1, h.col, h.col + h.width - 1)
  );
}

/** Whether every cell of a table holds exactly what the add-on wrote there (title, note, header, default rows). */
function onlyOurs(snapshot: SheetSnapshot, candidate: Candidate): boolean {
  const { spec, place } = candidate;
  const expected = (row: number, offset: number): Cell => {
    if (row === place.titleRow) return offset === 0 ? spec.title : offset === 1 ? spec.note : "";
    if (row === place.headerRow) return spec.header[offset] ?? "";
    return spec.defaults[row - place.headerRow - 1]?.[offset] ?? "";
  };
  for (let row = place.titleRow; row <= candidate.filledTo; row++) {
    for (let offset = 0; offset < place.width; offset++) {
      const cell = at(snapshot, row, place.col + offset);
      const want = expected(row, offset);
      if (cell.formula !== "") return false;
      if (blankValue(cell.value) && blankValue(want)) continue;
      if (cellText(cell.value).trim() !== cellText(want).trim()) return false;
    }
  }
  return true;
}

const a1 = (row: number, col: number) => `${columnLetter(col)}${row}`;

/**
 * Finds the Settings tables wherever their titles are. A table whose cells sit inside another table's
 * reserved rows (a set-up that stopped half way, or a section the team deleted, made a later run put
 * it there) does not count as found: it is cleared when it holds only what the add-on wrote, else left
 * alone with a note, and the table is placed anew below everything. A found table's blank header cells
 * get their labels back; a header the team renamed stays as it is.
 */
export function findTables(snapshot: SheetSnapshot): FoundTables {
  const all = candidates(snapshot);
  const solid: Candidate[] = [];
  for (const candidate of all) {
    candidate.inside = solid.find(
      (host) => host.spec.key !== candidate.spec.key && sitsInside(candidate, host),
    );
    if (!candidate.inside) solid.push(candidate);
  }
  const result: FoundTables = {
    places: new Map(),
    headerRepairs: [],
    moved: [],
    notes: [],
    bottom: snapshot.values.length,
  };
  const moved: Candidate[] = [];
  for (const spec of SETTINGS_TABLES) {
    const chosen = solid.find((c) => c.spec.key === spec.key);
    if (chosen) {
      result.places.set(spec.key, { ...chosen.place });
      continue;
    }
    const stray = all.find((c) => c.spec.key === spec.key);
    if (!stray) continue;
    const where = `at ${a1(stray.place.titleRow, stray.place.col)} sat inside the rows of the ${stray.inside?.spec.title}`;
    if (onlyOurs(snapshot, stray)) {
      moved.push(stray);
      const { titleRow, col, width } = stray.place;
      result.moved.push({
        area: { row: titleRow, col, numRows: stray.filledTo - titleRow + 1, numCols: width },
      });
      result.notes.push(`Settings: the ${spec.title} ${where}, so it was moved below everything.`);
      continue;
    }
    result.notes.push(
      `Settings: the ${spec.title} ${where} and holds your edits, so it was left where it is and a new ` +
        `${spec.title} was added below everything; the formulas read the new one. Copy your rows into it if you need them.`,
    );
  }
  const staying = all.filter((c) => !moved.includes(c));
  // A table never reads rows holding another table's cells.
  for (const [key, place] of result.places) {
    for (const other of staying) {
      const clash =
        other.spec.key !== key &&
        other.place.titleRow > place.headerRow &&
        other.place.titleRow <= place.lastRow &&
        overlaps(
          other.place.col,
          other.place.col + other.place.width - 1,
          place.col,
          place.col + place.width - 1,
        );
      if (clash) place.lastRow = other.place.titleRow - 1;
    }
    headerRepairsOf(snapshot, key, place, result.headerRepairs);
  }
  for (const c of staying) result.bottom = Math.max(result.bottom, c.place.lastRow);
  return result;
}

function headerRepairsOf(
  snapshot: SheetSnapshot,
  key: SettingsTableKey,
  place: TablePlace,
  repairs: FoundTables["headerRepairs"],
): void {
  const spec = SETTINGS_TABLES.find((t) => t.key === key);
  spec?.header.forEach((label, offset) => {
    const cell = at(snapshot, place.headerRow, place.col + offset);
    if (cell.formula === "" && blankValue(cell.value))
      repairs.push({ row: place.headerRow, col: place.col + offset, label });
  });
}
