import { CUSTOM_FUNCTIONS } from "../core/functions";

export const VERSION = "0.1.0";

/** The text of Influencer Desk › About: what the add-on is and the functions a user can type. */
export function aboutMessage(): string {
  const functions = CUSTOM_FUNCTIONS.map((fn) => `• =${fn.name}(${fn.params.map((p) => p.name).join(", ")})`);
  return [
    `Influencer Desk ${VERSION} runs your influencer program from this spreadsheet.`,
    "",
    "Spreadsheet functions (Sheets shows each one's help as you type it):",
    ...functions,
    "",
    "Start with Set up or refresh all sheets; the sidebar holds briefs and outreach templates.",
  ].join("\n");
}
