import { describe, expect, it } from "vitest";
import { METRICS } from "../../src/core/metrics";
import { COLUMN_HELP } from "../../src/sheets/layouts/columnHelp";
import { ALL_SHEETS } from "../../src/sheets/refresh";
import { defineTable, type LetterIn } from "../../src/sheets/spec";
import { type ColumnKey, TABLES } from "../../src/sheets/tables";

describe("column keys", () => {
  it("a key that is not a column of its table fails to compile", () => {
    const planned: ColumnKey<"Budget"> = "planned";
    // @ts-expect-error a misspelt Budget key
    const misspelt: ColumnKey<"Budget"> = "plannned";
    // @ts-expect-error likes is a Posts column, not a Budget one
    const elsewhere: ColumnKey<"Budget"> = "likes";
    const letterIn: LetterIn = () => "A";
    letterIn("Posts", "likes");
    // @ts-expect-error Budget has no likes
    letterIn("Budget", "likes");
    const table = defineTable({
      name: "Scratch",
      columns: [
        { key: "count", header: "Count", type: "int" },
        {
          key: "double",
          header: "Double",
          type: "int",
          // @ts-expect-error the formula names a column the table does not have
          formula: { fn: "DOUBLE", args: (r) => r.letter("cuont") },
        },
      ],
    });
    const help: typeof COLUMN_HELP = {
      ...COLUMN_HELP,
      // @ts-expect-error help for a Budget column that does not exist
      Budget: { ...COLUMN_HELP.Budget, plannned: "What you expect to pay." },
    };
    expect([planned, misspelt, elsewhere, table.name, help.Budget.planned]).toHaveLength(5);
  });

  it("every table column has its help and Posts counts every metric", () => {
    for (const table of TABLES) {
      expect(Object.keys(COLUMN_HELP[table.name]).sort()).toEqual(table.columns.map((c) => c.key).sort());
    }
    const posts = TABLES.find((t) => t.name === "Posts")?.columns.map((c) => c.key) ?? [];
    expect(posts).toEqual(expect.arrayContaining([...METRICS]));
  });

  it("lists every sheet the set-up builds, in the order tabs appear", () => {
    expect(ALL_SHEETS).toEqual([
      "Settings",
      "Roster",
      "Campaigns",
      "Deliverables",
      "Posts",
      "Budget",
      "Budget by campaign",
      "ROI",
    ]);
  });
});
