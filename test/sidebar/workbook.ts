import type { Cell } from "../../src/core/cells";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { SheetPort, WorkbookPort, WriteCell } from "../../src/workbook/port";

/** A block write, or one content filled into scattered cells. */
export type RecordedWrite =
  | { sheet: string; row: number; col: number; cells: WriteCell[][] }
  | { sheet: string; fill: { row: number; col: number }[]; content: WriteCell };

/** A MemoryWorkbook whose sheets report every write and fill, so a test can count them per sheet. */
export function recordWrites(workbook: MemoryWorkbook): { workbook: WorkbookPort; writes: RecordedWrite[] } {
  const writes: RecordedWrite[] = [];
  const wrap = (sheet: SheetPort): SheetPort =>
    new Proxy(sheet, {
      get(target, property, receiver) {
        if (property === "write") {
          return (row: number, col: number, cells: WriteCell[][]) => {
            writes.push({ sheet: target.name, row, col, cells });
            target.write(row, col, cells);
          };
        }
        if (property === "fill") {
          return (cells: { row: number; col: number }[], content: WriteCell) => {
            writes.push({ sheet: target.name, fill: cells, content });
            target.fill(cells, content);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  const port = new Proxy(workbook, {
    get(target, property, receiver) {
      if (property === "sheet") {
        return (name: string) => {
          const sheet = target.sheet(name);
          return sheet && wrap(sheet);
        };
      }
      if (property === "addSheet") return (name: string) => wrap(target.addSheet(name));
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { workbook: port, writes };
}

/** Text as typed stays text; a string starting with "=" is a formula, as the fixtures mean it. */
function writeCell(cell: Cell): WriteCell {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.startsWith("=") ? cell : { text: cell };
  return cell;
}

export function addSheet(workbook: MemoryWorkbook, name: string, rows: Cell[][]): void {
  const width = Math.max(...rows.map((row) => row.length));
  workbook.addSheet(name).write(
    1,
    1,
    rows.map((row) => Array.from({ length: width }, (_, col) => writeCell(row[col]))),
  );
}

/** The team's own order and names: "Contact email" and "Influencer tier" are synonyms of ours. */
export const ROSTER_HEADER = [
  "Handle",
  "Creator",
  "Contact email",
  "Platform",
  "Followers",
  "Influencer tier",
  "Status",
  "Owner",
  "Promo code",
  "Favourite product",
  "Last contacted",
  "Notes",
];

export const CONTACTED_BEFORE = new Date(Date.UTC(2025, 0, 10, 8));

/**
 * A small program: five creators (one without an e-mail, one with a formula in Notes), two
 * campaigns and their deliverables, in a spreadsheet in Los Angeles time.
 */
export function programWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({
    name: "Glow Labs creators",
    timeZone: "America/Los_Angeles",
    locale: "en_US",
  });
  addSheet(workbook, "Roster", [
    ROSTER_HEADER,
    [
      "@ana",
      "Ana Silva",
      "ana@example.com",
      "TikTok",
      12500,
      "Micro",
      "Prospect",
      "Sam",
      "ANA10",
      "Glow Serum",
      "",
      "",
    ],
    ["@ben", "Ben Ode", "", "Instagram", 5000, "Nano", "Prospect", "Sam", "BEN10", "", "", ""],
    [
      "@cai",
      "Cai Lin",
      "cai@example.com",
      "YouTube",
      150000,
      "Macro",
      "Active",
      "Dana",
      "CAI5",
      "Night Cream",
      CONTACTED_BEFORE,
      "VIP",
    ],
    ["@dee", "Dee Park", "dee@example.com", "Instagram", 9000, "Nano", "Contacted", "Dana", "", "", "", ""],
    [
      "@eli",
      "Eli Moss",
      "eli@example.com",
      "TikTok",
      20000,
      "Micro",
      "Prospect",
      "Sam",
      "ELI20",
      "Glow Serum",
      "",
      "=LEN(A6)",
    ],
  ]);
  addSheet(workbook, "Campaigns", [
    ["Campaign", "Objective", "Start", "End", "Budget"],
    ["Spring Glow", "Sales", new Date(Date.UTC(2025, 2, 1, 8)), new Date(Date.UTC(2025, 3, 30, 7)), 20000],
    ["Summer Shine", "Brand awareness", "", "", 5000],
  ]);
  addSheet(workbook, "Deliverables", [
    ["Campaign", "Handle", "Deliverable", "Due date", "Status"],
    ["Spring Glow", "@ana", "TikTok video", new Date(Date.UTC(2025, 3, 10, 7)), "Planned"],
    ["Spring Glow", "@ana", "TikTok video", new Date(Date.UTC(2025, 3, 10, 7)), "Planned"],
    ["Spring Glow", "@ana", "Story", new Date(Date.UTC(2025, 3, 12, 7)), "Planned"],
    ["Summer Shine", "@ana", "TikTok video", "", "Planned"],
    ["Spring Glow", "@cai", "YouTube video", new Date(Date.UTC(2025, 3, 20, 7)), "Planned"],
  ]);
  return workbook;
}
