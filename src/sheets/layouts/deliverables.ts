import { defineTable } from "../spec";
import { CAMPAIGN_COLUMN, DATE_COLUMN } from "./columnKinds";
import { DELIVERABLE_STATUSES, DELIVERABLE_TYPES } from "./lists";

export const DELIVERABLES = defineTable({
  name: "Deliverables",
  tabs: ["Content plan", "Content calendar", "Deliverables tracker", "Deliverable tracker"],
  columns: [
    CAMPAIGN_COLUMN,
    {
      key: "handle",
      header: "Handle",
      synonyms: ["Username", "IG handle", "Creator handle", "Creator"],
      type: "text",
      width: 140,
    },
    {
      key: "deliverable",
      header: "Deliverable",
      synonyms: ["Format", "Content type", "Type"],
      type: "text",
      width: 140,
      validation: { kind: "list", values: DELIVERABLE_TYPES, strict: false },
    },
    {
      key: "dueDate",
      header: "Due date",
      synonyms: ["Due", "Deadline", "Go-live date"],
      ...DATE_COLUMN,
    },
    {
      key: "draftReceived",
      header: "Draft received",
      synonyms: ["Draft", "Draft date"],
      type: "date",
      width: 120,
      validation: { kind: "date" },
    },
    {
      key: "approved",
      header: "Approved",
      synonyms: ["Approved on", "Approval date"],
      ...DATE_COLUMN,
    },
    {
      key: "postedOn",
      header: "Posted on",
      synonyms: ["Posted", "Post date", "Live date"],
      ...DATE_COLUMN,
    },
    {
      key: "postUrl",
      header: "Post URL",
      synonyms: ["URL", "Link", "Post link"],
      type: "url",
      width: 220,
    },
    {
      key: "status",
      header: "Status",
      synonyms: ["Stage"],
      type: "text",
      width: 120,
      validation: { kind: "list", values: DELIVERABLE_STATUSES, strict: false },
    },
  ],
});
