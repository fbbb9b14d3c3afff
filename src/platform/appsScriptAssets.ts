import type { StarterText } from "../core/outreach/templates";
import type { Assets } from "./ports";

/** The project file the build writes the starter templates to (dist/StarterTemplates.html). */
export const STARTER_TEMPLATES_FILE = "StarterTemplates";

export function appsScriptAssets(): Assets {
  return {
    starterTemplates() {
      const text = HtmlService.createHtmlOutputFromFile(STARTER_TEMPLATES_FILE).getContent();
      return JSON.parse(text) as StarterText[];
    },
  };
}
