import { defineTable } from "../spec";
import { AT_LEAST_ZERO, DATE_COLUMN } from "./columnKinds";
import { OBJECTIVES } from "./lists";

export const CAMPAIGNS = defineTable({
  name: "Campaigns",
  tabs: ["Campaign tracker", "Campaign list", "Campaign plan", "Campaign overview"],
  columns: [
    {
      key: "campaign",
      header: "Campaign",
      synonyms: ["Campaign name", "Name"],
      type: "text",
      width: 180,
    },
    {
      key: "objective",
      header: "Objective",
      synonyms: ["Goal", "Campaign goal"],
      type: "text",
      width: 160,
      validation: { kind: "list", values: OBJECTIVES, strict: true },
    },
    {
      key: "start",
      header: "Start",
      synonyms: ["Start date", "Starts", "From"],
      ...DATE_COLUMN,
    },
    {
      key: "end",
      header: "End",
      synonyms: ["End date", "Ends", "To"],
      ...DATE_COLUMN,
    },
    {
      key: "budget",
      header: "Budget",
      synonyms: ["Campaign budget", "Total budget"],
      type: "money",
      width: 120,
      validation: AT_LEAST_ZERO,
    },
  ],
});
