import { describe, expect, it } from "vitest";
import { writeMetricCells } from "../../../src/sheets/stores/youtubeMetrics";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";

describe("writeMetricCells", () => {
  it("writes each run of neighbouring cells once, joins side-by-side runs, and touches nothing between", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Posts");
    sheet.write(1, 1, [
      ["a", "b", "c"],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    book.resetCalls();
    const writes = writeMetricCells(sheet, [
      // rows 2–3 in columns 1 and 2: one 2×2 block
      { row: 2, col: 1, value: 10 },
      { row: 3, col: 1, value: 11 },
      { row: 2, col: 2, value: 20 },
      { row: 3, col: 2, value: 21 },
      // row 5 of column 1 and rows 4–5 of column 3: two more blocks
      { row: 5, col: 1, value: 12 },
      { row: 5, col: 3, value: 31 },
      { row: 4, col: 3, value: 30 },
    ]);
    expect(writes).toBe(3);
    expect(book.calls.filter((c) => c === "write")).toHaveLength(3);
    expect(sheet.read().values.slice(1)).toEqual([
      [10, 20, 1],
      [11, 21, 1],
      [1, 1, 30],
      [12, 1, 31],
    ]);
  });

  it("makes no call when nothing changed", () => {
    const book = new MemoryWorkbook();
    const sheet = book.addSheet("Posts");
    book.resetCalls();
    expect(writeMetricCells(sheet, [])).toBe(0);
    expect(book.calls).toEqual([]);
  });
});
