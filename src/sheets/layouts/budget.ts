import { defineTable } from "../spec";
import { BUDGET_ITEMS } from "./lists";

export const BUDGET = defineTable({
  name: "Budget",
  columns: [
    {
      key: "campaign",
      header: "Campaign",
      synonyms: ["Campaign name"],
      type: "text",
      width: 160,
    },
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
      type: "money",
      width: 110,
      validation: { kind: "number", min: 0 },
    },
    {
      key: "actual",
      header: "Actual",
      synonyms: ["Actual cost", "Spent", "Cost", "Amount"],
      type: "money",
      width: 110,
      validation: { kind: "number", min: 0 },
    },
    {
      key: "paidOn",
      header: "Paid on",
      synonyms: ["Paid", "Payment date", "Date paid"],
      type: "date",
      width: 110,
      validation: { kind: "date" },
    },
    {
      key: "notes",
      header: "Notes",
      synonyms: ["Remarks", "Comment"],
      type: "text",
      width: 220,
    },
  ],
  conditional: (refs, lastRow) => [
    {
      area: { row: 2, col: 1, numRows: Math.max(lastRow, 1000) - 1, numCols: refs.width },
      formula: `=AND(ISNUMBER($${refs.letter("actual")}2),ISNUMBER($${refs.letter("planned")}2),$${refs.letter("actual")}2>$${refs.letter("planned")}2)`,
      background: "#fce8e6",
      fontColor: "#a50e0e",
    },
  ],
});
