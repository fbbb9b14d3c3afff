import type { Cell } from "../cells";
import { headerKey, joinLongText, splitLongText } from "./longText";
import { type Brief, type BriefResult, parseBrief } from "./schema";

export const BRIEFS_SHEET = "Briefs";
/** The fixed columns; a long brief adds "JSON 2", "JSON 3"… after "JSON". */
export const BRIEF_COLUMNS = ["Brief id", "Campaign", "Updated", "JSON"] as const;

/**
 * One brief as a "Briefs" row keyed by header. The JSON starts with "{", so Sheets never reads it
 * as a formula; continuation cells carry a marker for the same reason (see `splitLongText`).
 * Pass the sheet's header row so unused "JSON n" cells left by a longer version are cleared.
 */
export function briefToRow(brief: Brief, existingHeaders: string[] = []): Record<string, string> {
  return {
    "Brief id": brief.id,
    Campaign: brief.campaign,
    Updated: brief.updatedAt,
    ...splitLongText("JSON", JSON.stringify(brief), existingHeaders),
  };
}

/** A "Briefs" row back to a brief; the JSON columns are the truth, the others are for people to read. */
export function rowToBrief(row: Record<string, Cell>): BriefResult {
  const json = joinLongText("JSON", row);
  if (json.trim() === "") {
    const id = Object.entries(row).find(([header]) => headerKey(header) === "brief id")?.[1];
    const which = id ? `Brief "${String(id)}"` : "This brief";
    return { ok: false, errors: [{ field: "", message: `${which} has nothing in its JSON column.` }] };
  }
  return parseBrief(json);
}
