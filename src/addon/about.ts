import type { RegistryEntry } from "./entry";

export const VERSION = "0.1.0";

/** The text of Influencer Desk › About: what the add-on is and the functions a user can type. */
export function aboutMessage(registry: RegistryEntry[]): string {
  const functions = registry
    .filter((e) => e.kind === "custom")
    .map((e) => `• =${e.name}(${e.params.join(", ")})`);
  return [
    `Influencer Desk ${VERSION} runs your influencer program from this spreadsheet.`,
    "",
    "Spreadsheet functions (Sheets shows each one's help as you type it):",
    ...functions,
    "",
    "Start with Set up or refresh all sheets; the sidebar holds briefs and outreach templates.",
  ].join("\n");
}
