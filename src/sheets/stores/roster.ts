import { headerKey } from "../../core/brief/longText";
import { type Cell, cellText } from "../../core/cells";
import { formatYmd } from "../../core/dates";
import type { RosterData, RosterEntry } from "../../core/rpc/types";
import type { SheetSnapshot, WorkbookPort } from "../../workbook/port";
import { openTable } from "../findTable";
import type { TableLayout } from "../layout";
import { ROSTER } from "../layouts/roster";
import { readMapping } from "../mapping";
import type { ColumnType } from "../spec";
import { SET_UP, tabLabel } from "./mappedTab";

export interface RosterRead {
  snapshot: SheetSnapshot;
  layout: TableLayout;
  data: RosterData;
}

/** Why there is no Roster to read, naming the team's tab when Settings › Mapping names one. */
export const noRoster = (workbook: WorkbookPort, to: string): string =>
  `There is no ${tabLabel(ROSTER, readMapping(workbook))} sheet yet: ${SET_UP} ${to}.`;

/**
 * The Roster (the team's tab that plays it, through Settings › Mapping) with every cell as the text a merge field fills in. Our columns under the team's own
 * names ("Influencer tier", "Contact email") are also keyed by our header ("Tier", "Email"), so a
 * template and the draft action find them whatever the team calls them. Null when there is no Roster.
 */
export function readRoster(workbook: WorkbookPort): RosterRead | null {
  const found = openTable(workbook, ROSTER);
  if (!found?.snapshot) return null;
  const { snapshot, layout } = found;
  const header = (snapshot.values[layout.headerRow - 1] ?? []).map((cell) => cellText(cell).trim());
  const typeOf = new Map<number, ColumnType>();
  for (const column of ROSTER.columns) {
    const col = existingColumn(layout, column.key);
    if (col !== undefined) typeOf.set(col, column.type);
  }
  const aliases: [string, number][] = [];
  const present = new Set(header.map(headerKey));
  for (const column of ROSTER.columns) {
    const col = layout.columns.get(column.key);
    if (col !== undefined && typeOf.has(col) && !present.has(headerKey(column.header))) {
      aliases.push([column.header, col]);
    }
  }
  const text = textIn(workbook);
  // The first column of a repeated header wins, as in a merge.
  const firsts = header.map((name, index) => name !== "" && header.indexOf(name) === index);
  const rows: RosterEntry[] = [];
  snapshot.values.slice(layout.headerRow).forEach((cells, index) => {
    const values: Record<string, string> = {};
    header.forEach((name, i) => {
      if (firsts[i]) values[name] = text(cells[i], typeOf.get(i + 1));
    });
    for (const [name, col] of aliases) values[name] = text(cells[col - 1], typeOf.get(col));
    if (Object.values(values).some((value) => value.trim() !== ""))
      rows.push({ row: index + layout.headerRow + 1, values });
  });
  return { snapshot, layout, data: { headers: header.filter((name) => name !== ""), rows } };
}

/** Whether a column of ours is really in the sheet (not one the layout would append). */
export function existingColumn(layout: TableLayout, key: string): number | undefined {
  const col = layout.columns.get(key);
  return col === undefined || layout.added.some((added) => added.col === col) ? undefined : col;
}

function textIn(workbook: WorkbookPort): (cell: Cell, type: ColumnType | undefined) => string {
  const grouped = numberFormat(workbook.locale);
  return (cell, type) => {
    if (cell === null || cell === undefined) return "";
    if (cell instanceof Date) return formatYmd(cell, workbook.timeZone);
    if (typeof cell === "number") {
      if (type === "percent") return `${Number((cell * 100).toFixed(2))}%`;
      if (type === "int" || type === "number" || type === "money") return grouped.format(cell);
      return String(cell);
    }
    if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
    return cell;
  };
}

function numberFormat(locale: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale.replace(/_/g, "-"), { maximumFractionDigits: 2 });
  } catch {
    return new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
  }
}
