import { formatRows } from "../plan";
import { defineTable } from "../spec";
import { CAMPAIGN_COLUMN, DATE_COLUMN, MONEY_COLUMN } from "./columnKinds";
import { BUDGET_ITEMS } from "./lists";

export const BUDGET = defineTable({
  name: "Budget",
  tabs: ["Costs", "Spend", "Budget tracker", "Payments", "Creator payments"],
  columns: [
    CAMPAIGN_COLUMN,
    {
      key: "handle",
      header: "Handle",
      synonyms: ["Username", "Creator", "Creator handle", "Payee"],
      type: "text",
      width: 140,
    },
    {
      key: "item",
      header: "Item",
      synonyms: ["Cost type", "Type", "Category"],
      type: "text",
      width: 120,
      validation: { kind: "list", values: BUDGET_ITEMS, strict: true },
    },
    {
      key: "planned",
      header: "Planned",
      synonyms: ["Planned cost", "Estimate", "Budgeted"],
      ...MONEY_COLUMN,
    },
    {
      key: "actual",
      header: "Actual",
      synonyms: ["Actual cost", "Spent", "Cost", "Amount"],
      ...MONEY_COLUMN,
    },
    {
      key: "paidOn",
      header: "Paid on",
      synonyms: ["Paid", "Payment date", "Date paid"],
      ...DATE_COLUMN,
    },
    {
      key: "notes",
      header: "Notes",
      synonyms: ["Remarks", "Comment"],
      type: "text",
      generic: true,
      width: 220,
    },
  ],
  conditional: (refs, lastRow) => {
    const r = refs.firstDataRow;
    const actual = `$${refs.letter("actual")}${r}`;
    const planned = `$${refs.letter("planned")}${r}`;
    return [
      {
        area: { row: r, col: 1, numRows: formatRows(lastRow, r), numCols: refs.width },
        formula: `=AND(ISNUMBER(${actual}),ISNUMBER(${planned}),${actual}>${planned})`,
        background: "#fce8e6",
        fontColor: "#a50e0e",
      },
    ];
  },
});
