import type { Vocabulary } from "../disclosure/compile";
import { briefErrors } from "./briefErrors";
import { briefWarnings } from "./briefWarnings";
import type { FieldError } from "./fieldErrors";
import type { Brief } from "./schema";

export interface BriefContext {
  /** The campaign's dates from the Campaigns sheet, "YYYY-MM-DD", when known. */
  campaign?: { start?: string; end?: string };
  today: string;
  /** The spreadsheet's locale ("en_US"), in which messages write dates; see formatDate. */
  locale: string;
  /** The team's disclosure terms (Settings › Disclosure terms), compiled; the FTC's terms without. */
  vocabulary?: Vocabulary;
}

export interface BriefCheck {
  errors: FieldError[];
  warnings: FieldError[];
}

/** What stops a brief going out (errors) and what a manager should look at first (warnings). */
export function checkBrief(brief: Brief, context: BriefContext): BriefCheck {
  return { errors: briefErrors(brief, context), warnings: briefWarnings(brief, context) };
}
