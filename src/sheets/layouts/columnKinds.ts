/** The two column kinds most tables share, written once: the bundle carries every table's spec. */
export const DATE_COLUMN = { type: "date", width: 110, validation: { kind: "date" } } as const;
export const MONEY_COLUMN = { type: "money", width: 110, validation: { kind: "number", min: 0 } } as const;
