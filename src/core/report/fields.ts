import { METRICS } from "../metrics";

/**
 * The columns the report reads from each sheet, named by the sheet layouts' column keys. The row
 * reader (read.ts) takes only these names, so a misspelt key fails to compile; the sheets layer
 * checks each list against its table's own keys (src/sheets/reportSources.ts), so core needs no
 * import from above it.
 */
export const REPORT_FIELDS = {
  roster: ["creator", "handle", "platform", "followers", "tier", "owner"],
  campaigns: ["campaign", "objective", "start", "end", "budget"],
  deliverables: ["campaign", "handle", "deliverable", "dueDate", "postedOn", "postUrl", "status"],
  posts: [
    "date",
    "handle",
    "campaign",
    "platform",
    "postUrl",
    "caption",
    ...METRICS,
    "promoRedemptions",
    "revenue",
    "emv",
    "disclosure",
  ],
  budget: ["campaign", "handle", "item", "planned", "actual", "paidOn"],
} as const;

export type ReportSheetKey = keyof typeof REPORT_FIELDS;
/** The column keys the report reads from one sheet, e.g. FieldOf<"budget"> is "campaign" | "handle" | … */
export type FieldOf<S extends ReportSheetKey> = (typeof REPORT_FIELDS)[S][number];
