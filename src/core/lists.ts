/** Choices the sheets' dropdowns, the sidebar's forms and the report share. */

export const OBJECTIVES = [
  "Brand awareness",
  "Leads",
  "Sales",
  "SEO",
  "User-generated content",
  "User feedback",
] as const;

/** Suggestions for a deliverable's format; a team may type its own. */
export const DELIVERABLE_FORMATS = [
  "Instagram Reel",
  "Instagram post",
  "Instagram Story",
  "TikTok video",
  "YouTube video",
  "YouTube Short",
  "Blog post",
];
