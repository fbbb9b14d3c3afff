import type { StarterText } from "../core/outreach/templates";
import type { Assets } from "./ports";

/** The project file the build writes the starter templates to (dist/StarterTemplates.html). */
export const STARTER_TEMPLATES_FILE = "StarterTemplates";
/** The project file the build writes "How the numbers are defined" to (dist/Definitions.html). */
export const DEFINITIONS_FILE = "Definitions";

/** A project file's JSON, as the build wrote it. */
const shipped = <T>(file: string): T =>
  JSON.parse(HtmlService.createHtmlOutputFromFile(file).getContent()) as T;

export function appsScriptAssets(): Assets {
  return {
    starterTemplates: () => shipped<StarterText[]>(STARTER_TEMPLATES_FILE),
    definitions: () => shipped<string[]>(DEFINITIONS_FILE),
  };
}
