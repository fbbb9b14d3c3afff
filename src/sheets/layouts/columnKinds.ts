/** Column kinds and columns several tables share, written once: the bundle carries every table's spec. */
/** Counts and amounts: a number, never below zero. */
export const AT_LEAST_ZERO = { kind: "number", min: 0 } as const;
export const DATE_COLUMN = { type: "date", width: 110, validation: { kind: "date" } } as const;
export const MONEY_COLUMN = { type: "money", width: 110, validation: AT_LEAST_ZERO } as const;

/** Budget, Deliverables and Posts name a post's or payment's campaign the same way. */
export const CAMPAIGN_COLUMN = {
  key: "campaign",
  header: "Campaign",
  synonyms: ["Campaign name"],
  type: "text",
  width: 160,
} as const;
