import type { Area } from "../port";
import { a1 } from "./a1";
import { areaAfterRemoval, type RemovedRows } from "./removedRows";

/**
 * A cell's look as the team's file gave it, kept as the .xlsx reader delivered it (exceljs' font,
 * fill, border and alignment objects), so writing the file again gives back exactly what was read.
 */
export interface CellLook {
  font?: unknown;
  fill?: unknown;
  border?: unknown;
  alignment?: unknown;
}

/** The sheet protection record of the file (hashed password and options), written back as read. */
export type SheetProtection = Readonly<Record<string, unknown>>;

/**
 * What a team put on a sheet that the add-on never writes through the Workbook port: merged cells,
 * notes, fonts and fills, hidden rows and columns, sheet protection. The in-memory workbook keeps it so
 * the local path (`--in team.xlsx --out result.xlsx`) writes it back, and moves it with deleteRows the
 * way Sheets moves it. Positions are 1-based.
 */
export class TeamFormatting {
  private mergeAreas: Area[] = [];
  private noteMap = new Map<string, CellNote>();
  private lookMap = new Map<string, CellLook & { row: number; col: number }>();
  private rowsHidden = new Set<number>();
  private readonly colsHidden = new Set<number>();
  protection: SheetProtection | null = null;

  get merges(): readonly Area[] {
    return this.mergeAreas;
  }

  get notes(): Iterable<CellNote> {
    return this.noteMap.values();
  }

  get looks(): Iterable<CellLook & { row: number; col: number }> {
    return this.lookMap.values();
  }

  get hiddenRows(): ReadonlySet<number> {
    return this.rowsHidden;
  }

  get hiddenColumns(): ReadonlySet<number> {
    return this.colsHidden;
  }

  addMerge(area: Area): void {
    this.mergeAreas.push({ ...area });
  }

  /** The merged area a cell lies in, if any. */
  mergeAt(row: number, col: number): Area | undefined {
    return this.mergeAreas.find(
      (m) => row >= m.row && row < m.row + m.numRows && col >= m.col && col < m.col + m.numCols,
    );
  }

  setNote(row: number, col: number, text: string): void {
    if (text === "") this.noteMap.delete(a1(row, col));
    else this.noteMap.set(a1(row, col), { row, col, text });
  }

  noteAt(row: number, col: number): string {
    return this.noteMap.get(a1(row, col))?.text ?? "";
  }

  setLook(row: number, col: number, look: CellLook): void {
    this.lookMap.set(a1(row, col), { ...look, row, col });
  }

  lookAt(row: number, col: number): CellLook | undefined {
    return this.lookMap.get(a1(row, col));
  }

  hideRow(row: number): void {
    this.rowsHidden.add(row);
  }

  hideColumn(col: number): void {
    this.colsHidden.add(col);
  }

  /** Sheets' deleteRows: merges, notes, looks and hidden rows below move up; those on removed rows go. */
  removeRows(removed: RemovedRows): void {
    this.mergeAreas = this.mergeAreas.flatMap((area) => {
      const moved = areaAfterRemoval(area, removed);
      return moved ? [moved] : [];
    });
    this.noteMap = movedCells(this.noteMap, removed);
    this.lookMap = movedCells(this.lookMap, removed);
    this.rowsHidden = new Set([...this.rowsHidden].flatMap((row) => movedRow(row, removed)));
  }
}

export interface CellNote {
  row: number;
  col: number;
  text: string;
}

function movedRow(row: number, { start, count }: RemovedRows): number[] {
  if (row < start) return [row];
  return row < start + count ? [] : [row - count];
}

function movedCells<T extends { row: number; col: number }>(
  cells: Map<string, T>,
  removed: RemovedRows,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const cell of cells.values()) {
    for (const row of movedRow(cell.row, removed)) out.set(a1(row, cell.col), { ...cell, row });
  }
  return out;
}
