import { checkDisclosure as disclosureOf } from "../disclosure/check";
import { blank, datedSteps, TIMELINE_LABELS } from "./briefErrors";
import type { BriefContext } from "./checks";
import { formatDate } from "./dates";
import type { FieldError } from "./fieldErrors";
import type { Brief } from "./schema";

const SCRIPT_WORDS = 25;
const QUOTED_WORDS = 6;
const QUOTED = /"([^"]+)"|“([^”]+)”/g;
const TALKING_POINTS =
  "Scripted lines read as ads and perform poorly; give the creator talking points to say in their own words.";

const words = (text: string) => text.split(/\s+/).filter((word) => word !== "");

/** What a manager should look at first; only the sidebar shows these, so the server never loads them. */
export function briefWarnings(brief: Brief, context: BriefContext): FieldError[] {
  const warnings: FieldError[] = [];
  checkPast(brief, context, warnings);
  checkDueDates(brief, warnings);
  checkDisclosure(brief, context, warnings);
  checkScripts(brief, warnings);
  return warnings;
}

function checkPast(brief: Brief, context: BriefContext, warnings: FieldError[]): void {
  const first = datedSteps(brief).find((key) => brief.timeline[key] < context.today);
  if (first) {
    warnings.push({
      field: `timeline.${first}`,
      message: `${TIMELINE_LABELS[first]} (${formatDate(brief.timeline[first], context.locale)}) is already past; move it so the creator has time.`,
    });
  }
}

function checkDueDates(brief: Brief, warnings: FieldError[]): void {
  brief.deliverables.forEach((deliverable, index) => {
    if (blank(deliverable.dueDate)) {
      warnings.push({
        field: `deliverables.${index}.dueDate`,
        message: `Deliverable ${index + 1} has no due date.`,
      });
    }
  });
}

function checkDisclosure(brief: Brief, context: BriefContext, warnings: FieldError[]): void {
  const field = "mandatory.disclosure";
  const disclosure = brief.mandatory.disclosure;
  if (blank(disclosure)) {
    warnings.push({
      field,
      message:
        "The FTC disclosure is blank. Creators must disclose the partnership; fill it in for the platforms in this brief.",
    });
    return;
  }
  // The field tells the creator what to write, so where in it the term stands does not matter.
  const verdict = disclosureOf(disclosure, context.vocabulary);
  if (verdict === "Unclear") {
    warnings.push({
      field,
      message:
        'The disclosure uses only terms the FTC calls unclear, such as #sp, #collab or "affiliate link" (Settings › Disclosure terms); ask for a clear one such as #ad.',
    });
  } else if (verdict === "Missing") {
    warnings.push({
      field,
      message:
        'The disclosure names no clear disclosure term, such as #ad, "sponsored", "paid partnership" or "advertisement" (Settings › Disclosure terms); the FTC expects one, clearly visible.',
    });
  }
}

function checkScripts(brief: Brief, warnings: FieldError[]): void {
  brief.keyMessages.forEach((message, index) => {
    const field = `keyMessages.${index}`;
    const name = `Key message ${index + 1}`;
    const length = words(message).length;
    if (length > SCRIPT_WORDS) {
      warnings.push({ field, message: `${name} reads like a script (${length} words). ${TALKING_POINTS}` });
      return;
    }
    for (const match of message.matchAll(QUOTED)) {
      const quoted = (match[1] ?? match[2] ?? "").trim();
      if (words(quoted).length >= QUOTED_WORDS) {
        warnings.push({
          field,
          message: `${name} gives a line to read word for word ("${quoted}"). ${TALKING_POINTS}`,
        });
        return;
      }
    }
  });
}
