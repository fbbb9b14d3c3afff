import { afterEach, describe, expect, it } from "vitest";
import { openKeyedSheet, readKeyedSheet, removeRecord } from "../../../src/sheets/stores/keyedSheet";
import { appsScriptWorkbook } from "../../../src/workbook/appsScript";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import type { WorkbookPort } from "../../../src/workbook/port";
import { type FakeAppsScript, installFakeAppsScript } from "../../fakes/appsScript";

let fake: FakeAppsScript | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const COLUMNS = ["Key", "Name", "Subject", "Body", "Notes"];

/** Three templates; the team added a formula in column F of each row, reading that row's Notes. */
function templates(workbook: WorkbookPort) {
  const keyed = openKeyedSheet(workbook, "Templates", COLUMNS, [
    { Key: "a", Name: "First", Notes: "one" },
    { Key: "b", Name: "Second", Notes: "three" },
    { Key: "c", Name: "Third", Notes: "fivefive" },
  ]);
  keyed.sheet.write(2, 6, [["=LEN(E2)"], ["=LEN(E3)"], ["=LEN(E4)"]]);
  return readKeyedSheet(workbook, "Templates") ?? keyed;
}

function afterDeletingTheFirst(workbook: WorkbookPort) {
  removeRecord(templates(workbook), 0);
  const { values, formulas } = workbook.sheet("Templates")?.read() ?? { values: [], formulas: [] };
  return {
    keys: values.slice(1).map((row) => row[0]),
    lengths: values.slice(1).map((row) => row[5]),
    formulas: formulas.slice(1).map((row) => row[5]),
  };
}

describe("removeRecord", () => {
  it("deletes the row, so the team's formula on the next row still reads its own row (formula engine)", () => {
    const result = afterDeletingTheFirst(new MemoryWorkbook());
    expect(result.keys).toEqual(["b", "c"]);
    expect(result.formulas).toEqual(["=LEN(E2)", "=LEN(E3)"]);
    expect(result.lengths).toEqual([5, 8]);
  });

  it("deletes the row with one deleteRows over Apps Script", () => {
    fake = installFakeAppsScript({ spreadsheet: { sheets: [{ name: "Sheet1" }] } });
    const workbook = appsScriptWorkbook();
    const keyed = templates(workbook);
    fake.resetCalls();
    removeRecord(keyed, 1);
    expect(fake.calls.filter((c) => c === "Sheet.deleteRows" || c.startsWith("Range.set"))).toEqual([
      "Sheet.deleteRows",
    ]);
    const { values, formulas } = workbook.sheet("Templates")?.read() ?? { values: [], formulas: [] };
    expect(values.slice(1).map((row) => row[0])).toEqual(["a", "c"]);
    expect(formulas.slice(1).map((row) => row[5])).toEqual(["=LEN(E2)", "=LEN(E3)"]);
  });

  it("blanks the last record's row instead of deleting it", () => {
    const workbook = new MemoryWorkbook();
    removeRecord(templates(workbook), 2);
    const { values } = workbook.sheet("Templates")?.read() ?? { values: [] };
    expect(values.slice(1).map((row) => row[0])).toEqual(["a", "b"]);
  });
});
