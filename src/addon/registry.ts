import { CUSTOM_FUNCTION_DOCS, EMV, ENGAGEMENT_RATE, FTC_CHECK, TIER } from "../core/functions";
import type { CustomFunctionEntry, HandlerEntry, RegistryEntry } from "./entry";
import { menuAbout, onInstall, onOpen } from "./handlers";
import { REPORT_ENTRIES } from "./reportHandlers";
import { SHEET_ENTRIES } from "./sheetHandlers";

const CUSTOM_FUNCTIONS = { ENGAGEMENT_RATE, TIER, EMV, FTC_CHECK } as const;

function customEntry(name: keyof typeof CUSTOM_FUNCTIONS): CustomFunctionEntry {
  const doc = CUSTOM_FUNCTION_DOCS.find((d) => d.name === name);
  if (!doc) throw new Error(`registry: no documentation for custom function ${name}`);
  return {
    kind: "custom",
    name,
    summary: doc.summary,
    params: doc.params,
    returns: doc.returns,
    run: CUSTOM_FUNCTIONS[name] as CustomFunctionEntry["run"],
  };
}

function handler(
  kind: HandlerEntry["kind"],
  name: string,
  summary: string,
  run: HandlerEntry["run"],
): HandlerEntry {
  const params = kind === "trigger" ? ["e"] : [];
  return { kind, name, summary, params, run };
}

/** Every function Apps Script must see at the top level. The build writes one stub per entry. */
export const REGISTRY: RegistryEntry[] = [
  customEntry("ENGAGEMENT_RATE"),
  customEntry("TIER"),
  customEntry("EMV"),
  customEntry("FTC_CHECK"),
  handler("trigger", "onOpen", "Adds the Influencer Desk menu when the spreadsheet opens.", onOpen),
  handler("trigger", "onInstall", "Adds the menu right after the add-on is installed.", onInstall),
  handler("menu", "menuAbout", "Shows what Influencer Desk does and its spreadsheet functions.", menuAbout),
  ...SHEET_ENTRIES,
  ...REPORT_ENTRIES,
];
