import { OBJECTIVES as CORE_OBJECTIVES, DELIVERABLE_FORMATS } from "../../core/lists";

/** The dropdown choices, shared by the sheets, the sidebar and the report. */
export const PLATFORMS = [
  "Instagram",
  "TikTok",
  "YouTube",
  "Facebook",
  "X",
  "Pinterest",
  "Twitch",
  "Blog",
  "Other",
];
export const STATUSES = ["Prospect", "Contacted", "Negotiating", "Contracted", "Active", "Paused", "Ended"];
export const OBJECTIVES: string[] = [...CORE_OBJECTIVES];
export const BUDGET_ITEMS = ["Creator fee", "Gifting", "Production", "Other"];
export const DELIVERABLE_TYPES = DELIVERABLE_FORMATS;
export const DELIVERABLE_STATUSES = ["Planned", "Draft received", "Approved", "Posted", "Cancelled"];
