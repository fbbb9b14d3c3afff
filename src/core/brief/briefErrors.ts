import type { BriefContext } from "./checks";
import { formatDate, isIsoDate } from "./dates";
import type { FieldError } from "./fieldErrors";
import type { Brief } from "./schema";

export const blank = (text: string) => text.trim() === "";

export const TIMELINE_LABELS = { draftDue: "Draft due", approval: "Approval", goLive: "Go-live" } as const;
export const TIMELINE_STEPS = ["draftDue", "approval", "goLive"] as const;

/**
 * What stops a brief going out. The server checks only these before it makes a Doc, so the
 * warnings (./briefWarnings) stay out of the Apps Script bundle.
 */
export function briefErrors(brief: Brief, context: BriefContext): FieldError[] {
  const errors: FieldError[] = [];
  requireFields(brief, errors);
  checkTimeline(brief, context, errors);
  checkDeliverables(brief, context, errors);
  return errors;
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

/** The timeline steps that hold a date, in their order. */
export function datedSteps(brief: Brief) {
  return TIMELINE_STEPS.filter((key) => isIsoDate(brief.timeline[key]));
}

function checkTimeline(brief: Brief, context: BriefContext, errors: FieldError[]): void {
  const steps = datedSteps(brief);
  // Each step against the nearest earlier one that is filled in, so one gap does not hide an inversion.
  for (let i = 1; i < steps.length; i++) {
    const earlier = steps[i - 1] as keyof typeof TIMELINE_LABELS;
    const later = steps[i] as keyof typeof TIMELINE_LABELS;
    if (brief.timeline[later] < brief.timeline[earlier]) {
      errors.push({
        field: `timeline.${later}`,
        message: `${TIMELINE_LABELS[later]} (${formatDate(brief.timeline[later], context.locale)}) is before ${TIMELINE_LABELS[earlier].toLowerCase()} (${formatDate(brief.timeline[earlier], context.locale)}); the order is draft due, approval, go-live.`,
      });
    }
  }
  for (const key of steps) {
    const outside = outsideCampaign(brief.timeline[key], context);
    if (outside) errors.push({ field: `timeline.${key}`, message: `${TIMELINE_LABELS[key]} ${outside}` });
  }
}

function checkDeliverables(brief: Brief, context: BriefContext, errors: FieldError[]): void {
  brief.deliverables.forEach((deliverable, index) => {
    const field = `deliverables.${index}`;
    const name = `Deliverable ${index + 1}`;
    if (blank(deliverable.format))
      errors.push({ field: `${field}.format`, message: `${name}: say what format it is.` });
    // A missing due date is only a warning (./briefWarnings).
    if (blank(deliverable.dueDate)) return;
    const outside = outsideCampaign(deliverable.dueDate, context);
    if (outside) errors.push({ field: `${field}.dueDate`, message: `${name}: due date ${outside}` });
  });
}

function outsideCampaign(date: string, context: BriefContext): string | undefined {
  const start = context.campaign?.start;
  const end = context.campaign?.end;
  if (start && isIsoDate(start) && date < start) {
    return `(${formatDate(date, context.locale)}) is before the campaign starts (${formatDate(start, context.locale)}).`;
  }
  if (end && isIsoDate(end) && date > end) {
    return `(${formatDate(date, context.locale)}) is after the campaign ends (${formatDate(end, context.locale)}).`;
  }
  return undefined;
}
