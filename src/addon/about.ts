import { CUSTOM_FUNCTION_DOCS } from "../core/functions";

export const VERSION = "0.1.0";

/** The text of Influencer Desk › About: what the add-on is and the functions a user can type. */
export function aboutMessage(): string {
  const functions = CUSTOM_FUNCTION_DOCS.map((doc) => `• ${doc.example} — ${doc.summary}`);
  return [
    `Influencer Desk ${VERSION} runs your influencer program from this spreadsheet.`,
    "",
    "Spreadsheet functions (type = and the name in any cell):",
    ...functions,
  ].join("\n");
}
