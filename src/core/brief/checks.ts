import { checkDisclosure as disclosureOf } from "../disclosure/check";
import type { Vocabulary } from "../disclosure/compile";
import { formatDate, isIsoDate } from "./dates";
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

const SCRIPT_WORDS = 25;
const QUOTED_WORDS = 6;
const QUOTED = /"([^"]+)"|“([^”]+)”/g;
const TALKING_POINTS =
  "Scripted lines read as ads and perform poorly; give the creator talking points to say in their own words.";

const blank = (text: string) => text.trim() === "";
const words = (text: string) => text.split(/\s+/).filter((word) => word !== "");

/** What stops a brief going out (errors) and what a manager should look at first (warnings). */
export function checkBrief(brief: Brief, context: BriefContext): BriefCheck {
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  requireFields(brief, errors);
  checkTimeline(brief, context, errors, warnings);
  checkDeliverables(brief, context, errors, warnings);
  checkDisclosure(brief, context, warnings);
  checkScripts(brief, warnings);
  return { errors, warnings };
}

function requireFields(brief: Brief, errors: FieldError[]): void {
  const required: [string, string, string][] = [
    ["campaign", brief.campaign, "Add the campaign name."],
    ["product", brief.product, "Say which product the creator features."],
    ["objective", brief.objective, "Choose the objective, so the creator knows what success looks like."],
    ["summary", brief.summary, "Add a summary of the campaign."],
    ["compensation", brief.compensation, "Say what the creator is paid or sent (fee, product, both)."],
  ];
  for (const [field, value, message] of required) if (blank(value)) errors.push({ field, message });
  if (!brief.keyMessages.some((message) => !blank(message))) {
    errors.push({ field: "keyMessages", message: "Add at least one key message." });
  }
  if (brief.deliverables.length === 0) {
    errors.push({ field: "deliverables", message: "Add at least one deliverable." });
  }
  const dates: [keyof Brief["timeline"], string][] = [
    ["draftDue", "Add the date the draft is due."],
    ["approval", "Add the date you will approve the draft by."],
    ["goLive", "Add the go-live date."],
  ];
  for (const [key, message] of dates) {
    if (blank(brief.timeline[key])) errors.push({ field: `timeline.${key}`, message });
  }
}

const TIMELINE_LABELS = { draftDue: "Draft due", approval: "Approval", goLive: "Go-live" } as const;

function checkTimeline(
  brief: Brief,
  context: BriefContext,
  errors: FieldError[],
  warnings: FieldError[],
): void {
  const date = (text: string) => formatDate(text, context.locale);
  const steps = (["draftDue", "approval", "goLive"] as const).filter((key) => isIsoDate(brief.timeline[key]));
  // Each step against the nearest earlier one that is filled in, so one gap does not hide an inversion.
  for (let i = 1; i < steps.length; i++) {
    const earlier = steps[i - 1] as keyof typeof TIMELINE_LABELS;
    const later = steps[i] as keyof typeof TIMELINE_LABELS;
    if (brief.timeline[later] < brief.timeline[earlier]) {
      errors.push({
        field: `timeline.${later}`,
        message: `${TIMELINE_LABELS[later]} (${date(brief.timeline[later])}) is before ${TIMELINE_LABELS[earlier].toLowerCase()} (${date(brief.timeline[earlier])}); the order is draft due, approval, go-live.`,
      });
    }
  }
  for (const key of steps) {
    const outside = outsideCampaign(brief.timeline[key], context);
    if (outside) errors.push({ field: `timeline.${key}`, message: `${TIMELINE_LABELS[key]} ${outside}` });
  }
  const first = steps.find((key) => brief.timeline[key] < context.today);
  if (first) {
    warnings.push({
      field: `timeline.${first}`,
      message: `${TIMELINE_LABELS[first]} (${date(brief.timeline[first])}) is already past; move it so the creator has time.`,
    });
  }
}

function checkDeliverables(
  brief: Brief,
  context: BriefContext,
  errors: FieldError[],
  warnings: FieldError[],
): void {
  brief.deliverables.forEach((deliverable, index) => {
    const field = `deliverables.${index}`;
    const name = `Deliverable ${index + 1}`;
    if (blank(deliverable.format))
      errors.push({ field: `${field}.format`, message: `${name}: say what format it is.` });
    if (blank(deliverable.dueDate)) {
      warnings.push({ field: `${field}.dueDate`, message: `${name} has no due date.` });
      return;
    }
    const outside = outsideCampaign(deliverable.dueDate, context);
    if (outside) errors.push({ field: `${field}.dueDate`, message: `${name}: due date ${outside}` });
  });
}

function outsideCampaign(date: string, context: BriefContext): string | undefined {
  const start = context.campaign?.start;
  const end = context.campaign?.end;
  const format = (text: string) => formatDate(text, context.locale);
  if (start && isIsoDate(start) && date < start) {
    return `(${format(date)}) is before the campaign starts (${format(start)}).`;
  }
  if (end && isIsoDate(end) && date > end) {
    return `(${format(date)}) is after the campaign ends (${format(end)}).`;
  }
  return undefined;
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
