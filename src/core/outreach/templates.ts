import * as z from "zod/mini";
import { type FieldError, fieldErrorsFrom } from "../brief/fieldErrors";
import { headerKey, joinLongText, splitLongText } from "../brief/longText";
import type { Cell } from "../cells";

export const TEMPLATE_LIMITS = { name: 100, subject: 250, body: 20_000 } as const;

const count = (n: number) => n.toLocaleString("en-US");

function text(label: string, max: number) {
  return z.string({ error: `${label} must be text.` }).check(
    z.refine((value) => value.trim() !== "", { error: `${label} is empty.` }),
    z.refine((value) => value.length <= max, {
      error: (issue) =>
        `${label} is ${count(String(issue.input).length)} characters; keep it to ${count(max)} or fewer.`,
    }),
  );
}

export const TemplateSchema = z.object({
  id: z
    .string({ error: "Template id must be text." })
    .check(z.trim(), z.minLength(1, { error: "Template id is missing." })),
  name: text("Name", TEMPLATE_LIMITS.name),
  subject: text("Subject", TEMPLATE_LIMITS.subject),
  body: text("Body", TEMPLATE_LIMITS.body),
  updatedAt: z
    .string({ error: "Updated must be text." })
    .check(z.maxLength(40, { error: "Updated must be 40 characters or fewer." })),
});

export type Template = z.output<typeof TemplateSchema>;
export type TemplateResult = { ok: true; template: Template } | { ok: false; errors: FieldError[] };

/** A template from the sidebar, checked field by field before it is saved or used. */
export function parseTemplate(input: unknown): TemplateResult {
  const result = TemplateSchema.safeParse(input);
  return result.success
    ? { ok: true, template: result.data }
    : { ok: false, errors: fieldErrorsFrom(result.error) };
}

/** "T1", "T2"…: short ids a person can read in the sheet, never reused while the old one exists. */
export function nextTemplateId(existing: Pick<Template, "id">[]): string {
  const used = existing.map((template) => /^T(\d+)$/i.exec(template.id.trim())?.[1]).map(Number);
  return `T${Math.max(0, ...used.filter(Number.isFinite)) + 1}`;
}

export function createTemplate(
  existing: Template[],
  fields: Pick<Template, "name" | "subject" | "body">,
  now: string,
): Template {
  return { id: nextTemplateId(existing), ...fields, updatedAt: now };
}

/** A copy named "Copy of …", numbered when that name is taken, and cut to fit the name limit. */
export function duplicateTemplate(existing: Template[], source: Template, now: string): Template {
  const taken = new Set(existing.map((template) => headerKey(template.name)));
  const named = (suffix: string) => {
    const room = TEMPLATE_LIMITS.name - "Copy of ".length - suffix.length;
    return `Copy of ${source.name.trim().slice(0, room).trimEnd()}${suffix}`;
  };
  let name = named("");
  for (let copy = 2; taken.has(headerKey(name)); copy++) name = named(` (${copy})`);
  return { ...source, id: nextTemplateId(existing), name, updatedAt: now };
}

export const TEMPLATES_SHEET = "Outreach templates";
/** The fixed columns; a body longer than one cell holds continues in "Body 2", "Body 3"… */
export const TEMPLATE_COLUMNS = ["Template id", "Name", "Subject", "Updated", "Body"] as const;

/**
 * A template as an "Outreach templates" row keyed by header. Storage sets no length limit of its own:
 * any body is split across as many cells as it needs. Name, Subject and the first Body cell are the
 * user's words, so the writer must store them as plain text (a subject "3/4 offer" is not a date).
 * Pass the sheet's header row so unused "Body n" cells left by a longer version are cleared.
 */
export function templateToRow(template: Template, existingHeaders: string[] = []): Record<string, string> {
  return {
    "Template id": template.id,
    Name: template.name,
    Subject: template.subject,
    Updated: template.updatedAt,
    ...splitLongText("Body", template.body, existingHeaders),
  };
}

/**
 * A row back to a template, as saved: limits are checked when a template is edited, not when it is
 * read, so nothing someone typed into the sheet is lost. Rows without an id are not templates (null).
 */
export function rowToTemplate(row: Record<string, Cell>): Template | null {
  const byHeader = new Map(Object.entries(row).map(([header, value]) => [headerKey(header), value]));
  const cell = (header: string) => {
    const value = byHeader.get(headerKey(header));
    if (value instanceof Date) return value.toISOString();
    return value === null || value === undefined ? "" : String(value);
  };
  const id = cell("Template id").trim();
  if (id === "") return null;
  return {
    id,
    name: cell("Name"),
    subject: cell("Subject"),
    body: joinLongText("Body", row),
    updatedAt: cell("Updated"),
  };
}

const STARTERS: Pick<Template, "name" | "subject" | "body">[] = [
  {
    name: "First contact: gifting offer",
    subject: "{{first name}}, can we send you something?",
    body: `Hi {{first name}},

I'm {{Owner}} and I look after creator partnerships on our team. We've been following {{Handle}} on {{Platform}} for a while, and we love how honest your recommendations are.

We'd like to send you a few of our products to try, with no strings attached: no post required, no deadline. If you enjoy them and want to share, wonderful; if not, that's completely fine.

If you're open to it, just reply with the best shipping address and any preferences (size, shade, allergies) and I'll get it out this week.

Thanks,
{{Owner}}`,
  },
  {
    name: "Paid partnership proposal",
    subject: "Paid partnership with {{Handle}}?",
    body: `Hi {{first name}},

I'm {{Owner}} and I run creator partnerships for our brand. Your {{Platform}} content fits what we're planning for our next campaign, and we'd like to propose a paid partnership.

What we have in mind:
- A short series of posts on {{Platform}}, made your way: we share talking points, never a script
- A timeline we agree with you before anything is confirmed
- A fee for your work, plus product

Could you send your current rates and availability for the next two months? Happy to set up a quick call if that's easier.

Best,
{{Owner}}`,
  },
  {
    name: "Follow-up",
    subject: "Following up, {{first name}}",
    body: `Hi {{first name}},

Just bringing my last note back to the top of your inbox in case it got buried. We'd still love to work with you on {{Platform}}.

If now isn't a good time, no problem at all: a quick "not right now" helps me plan, and I won't keep nudging.

Thanks,
{{Owner}}`,
  },
  {
    name: "Brief delivery",
    subject: "Your brief is ready, {{first name}}",
    body: `Hi {{first name}},

Thanks again for partnering with us! Your brief is below: it covers the key messages, deliverables, dates and what each post needs to include.

A few things to flag:
- Please disclose the partnership: #ad at the start of your caption, {{Platform}}'s paid partnership setting, and say it in the video too.
- Your promo code is {{Promo code}}; please put it in your caption.
- Send your draft by the due date so we have time to review it together.

Any questions, just reply here.

{{Owner}}`,
  },
  {
    name: "Thank-you",
    subject: "Thank you, {{first name}}!",
    body: `Hi {{first name}},

Your post is live and it looks great. Thank you for the care you put into it; the comments show your audience felt it too.

Your code {{Promo code}} stays active, so feel free to keep sharing it. I'll send over how the post performed once the numbers settle.

Thanks again,
{{Owner}}`,
  },
  {
    name: "Renewal",
    subject: "Working together again, {{first name}}?",
    body: `Hi {{first name}},

We loved working with you on our last campaign, and so did your audience. We're planning the next few months and would love to have {{Handle}} back.

Would you be up for another round on {{Platform}}? If your rates or availability have changed, let me know and we'll build the plan around you.

Best,
{{Owner}}`,
  },
];

/** The templates a new "Outreach templates" sheet starts with, ids T1–T6, for the team to make their own. */
export function starterTemplates(now: string): Template[] {
  return STARTERS.map((starter, index) => ({ id: `T${index + 1}`, ...starter, updatedAt: now }));
}
