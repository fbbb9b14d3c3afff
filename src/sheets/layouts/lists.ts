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
export const OBJECTIVES = [
  "Brand awareness",
  "Leads",
  "Sales",
  "SEO",
  "User-generated content",
  "User feedback",
];
export const BUDGET_ITEMS = ["Creator fee", "Gifting", "Production", "Other"];
export const DELIVERABLE_TYPES = [
  "Instagram Reel",
  "Instagram post",
  "Story",
  "TikTok video",
  "YouTube video",
  "YouTube Short",
  "Blog post",
];
export const DELIVERABLE_STATUSES = ["Planned", "Draft received", "Approved", "Posted", "Cancelled"];
