import { afterEach, describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { ALL_SHEETS, type SheetName } from "../../src/sheets/refresh";
import { appsScriptWorkbook } from "../../src/workbook/appsScript";
import { type MemorySheet, MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WorkbookPort, WriteCell } from "../../src/workbook/port";
import { installFakeAppsScript } from "../fakes/appsScript";
import type { FakeCell, FakeSheet } from "../fakes/appsScript/sheet";

/** Port methods that change the spreadsheet: each is one write point where a run can stop. */
const MUTATING = new Set([
  "write",
  "fill",
  "fillRelative",
  "clear",
  "deleteRows",
  "setNumberFormats",
  "setValidations",
  "addConditionalRules",
  "setFrozenRows",
  "addFilter",
  "styleHeader",
  "setColumnWidths",
  "addChart",
  "addSheet",
  "removeSheet",
  "renameSheet",
]);

/** The workbook with every mutating call counted; the `failAt`-th throws before it changes anything. */
function failing(inner: WorkbookPort, failAt: number): { workbook: WorkbookPort; writes: () => number } {
  let count = 0;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, property) {
        const member = Reflect.get(t, property, t);
        if (typeof member !== "function") return member;
        return (...args: unknown[]) => {
          if (MUTATING.has(String(property)) && ++count === failAt) {
            throw new Error(`Injected failure at write point ${failAt}`);
          }
          const out = member.apply(t, args);
          return (property === "sheet" || property === "addSheet") && out ? wrap(out) : out;
        };
      },
    });
  return { workbook: wrap(inner), writes: () => count };
}

/** A team's program: typed tiers and a formula of theirs in Tier, a budget, campaigns. */
const MESSY: Record<string, WriteCell[][]> = {
  Roster: [
    ["Creator", "Handle", "Followers", "Tier", "Our notes"],
    ["Maya", { text: "@maya" }, 12500, "VIP", "met at expo"],
    ["Leo", { text: "@leo" }, 800, "", ""],
    ["Ava", { text: "@ava" }, 150000, '=UPPER("big")', ""],
    ["Kai", { text: "@kai" }, 4000, "", "call back"],
    ["Noa", { text: "@noa" }, 52000, "", ""],
  ],
  Campaigns: [
    ["Campaign", "Budget"],
    ["Spring", 5000],
  ],
  Budget: [
    ["Campaign", "Handle", "Planned", "Actual"],
    ["Spring", { text: "@maya" }, 500, 450],
  ],
};

interface Adapter {
  /** A fresh spreadsheet holding `sheets`, and a way to read everything a set-up can change in it. */
  make(sheets: Record<string, WriteCell[][]>): { workbook: WorkbookPort; state: () => unknown };
  targets: SheetName[];
}

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

const ADAPTERS: Record<string, Adapter> = {
  // The whole set-up: the fake keeps state without evaluating formulas, so each run is quick.
  "the Apps Script adapter over the fake": {
    targets: [...ALL_SHEETS],
    make(sheets) {
      uninstall?.();
      const seeded = Object.entries(sheets).map(([name, values]) => ({ name, values: values as never }));
      const fake = installFakeAppsScript({
        spreadsheet: {
          name: "Program",
          timeZone: "UTC",
          sheets: seeded.length > 0 ? seeded : [{ name: "Sheet1", values: [] }],
        },
      });
      uninstall = fake.uninstall;
      return { workbook: appsScriptWorkbook(), state: () => fakeState(fake.spreadsheet.getSheets()) };
    },
  },
  // HyperFormula recalculates on every write, so the in-memory runs use a smaller program.
  "the in-memory workbook": {
    targets: ["Roster", "Budget"],
    make(sheets) {
      const workbook = new MemoryWorkbook({ name: "Program", timeZone: "UTC" });
      for (const [name, rows] of Object.entries(sheets)) workbook.addSheet(name).write(1, 1, rows);
      return { workbook, state: () => memoryState(workbook) };
    },
  },
};

function fakeState(sheets: FakeSheet[]) {
  return sheets.map((sheet) => {
    const grid = (sheet as unknown as { grid: (FakeCell | undefined)[][] }).grid;
    const cells: Record<string, unknown> = {};
    grid.forEach((row, r) => {
      if (!SAMPLE_ROWS.includes(r + 1)) return;
      row?.forEach((cell, c) => {
        if (!cell) return;
        const { validation, ...rest } = cell;
        const rule = validation && [
          validation.criteriaType,
          validation.criteriaValues,
          validation.allowInvalid,
        ];
        const shown = Object.fromEntries(
          Object.entries({ ...rest, rule }).filter(([, v]) => v !== undefined && v !== ""),
        );
        if (Object.keys(shown).length > 0) cells[`R${r + 1}C${c + 1}`] = shown;
      });
    });
    return {
      name: sheet.name,
      cells,
      frozen: sheet.frozenRows,
      filter: sheet.filter?.range.getA1Notation() ?? null,
      rules: sheet.conditionalRules.map((rule) => ({
        condition: [rule.condition.criteriaValues, rule.condition.background, rule.condition.fontColor],
        ranges: rule.ranges.map((range) => range.getA1Notation()),
      })),
      widths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
    };
  });
}

/** Rows compared: the data and Settings' tables, and the bottom of a new sheet's grid (formats go there). */
const SAMPLE_ROWS = [...Array.from({ length: 40 }, (_, i) => i + 1), 500, 999, 1000];

function memoryState(workbook: MemoryWorkbook) {
  return workbook.sheetNames().map((name) => {
    const sheet = workbook.sheet(name) as MemorySheet;
    const read = sheet.read();
    const inside = sheet as unknown as {
      frozen: number;
      filterWidth: number | null;
      headerWidth: number | null;
      rules: unknown[];
      widths: Map<number, number>;
    };
    const width = Math.max(read.values[0]?.length ?? 0, ...[...inside.widths.keys()]);
    const styles = SAMPLE_ROWS.map((row) => sheet.styledColumns(row, width));
    const formats = SAMPLE_ROWS.map((row) =>
      Array.from({ length: width }, (_, c) => sheet.numberFormatAt(row, c + 1)),
    );
    return {
      name,
      read,
      styles,
      formats,
      frozen: inside.frozen,
      filter: inside.filterWidth,
      header: inside.headerWidth,
      rules: inside.rules,
      widths: [...inside.widths].sort((a, b) => a[0] - b[0]),
    };
  });
}

describe.each(Object.keys(ADAPTERS))(
  "a set-up stopped at any write point is finished by the next run (%s)",
  (name) => {
    const adapter = ADAPTERS[name] as Adapter;

    it.each([
      ["an empty spreadsheet", {}],
      ["a team's messy workbook", MESSY],
    ])("on %s", (_label, sheets: Record<string, WriteCell[][]>) => {
      const clean = adapter.make(sheets);
      const counted = failing(clean.workbook, Number.POSITIVE_INFINITY);
      setUpSheets(memoryContext(counted.workbook), adapter.targets);
      const wanted = clean.state();
      const total = counted.writes();
      expect(total).toBeGreaterThan(10);

      for (let failAt = 1; failAt <= total; failAt++) {
        const run = adapter.make(sheets);
        const stopped = failing(run.workbook, failAt);
        expect(() => setUpSheets(memoryContext(stopped.workbook), adapter.targets)).toThrow(
          /Injected failure/,
        );
        setUpSheets(memoryContext(run.workbook), adapter.targets);
        expect(run.state(), `stopped at write point ${failAt} of ${total}`).toEqual(wanted);
      }
    });
  },
);
