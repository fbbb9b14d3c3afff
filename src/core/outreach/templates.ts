import * as z from "zod/mini";
import { type FieldError, fieldErrorsFrom } from "../brief/fieldErrors";
import { headerKey, joinLongText, splitLongText } from "../brief/longText";
import type { Cell } from "../cells";
import { grouped } from "../text";

export const TEMPLATE_LIMITS = { name: 100, subject: 250, body: 20_000 } as const;

function text(label: string, max: number) {
  return z.string({ error: `${label} must be text.` }).check(
    z.refine((value) => value.trim() !== "", { error: `${label} is empty.` }),
    z.refine((value) => value.length <= max, {
      error: (issue) =>
        `${label} is ${grouped(String(issue.input).length)} characters; keep it to ${grouped(max)} or fewer.`,
    }),
  );
}

export const TemplateSchema = z.lazy(() =>
  z.object({
    id: z
      .string({ error: "Template id must be text." })
      .check(z.trim(), z.minLength(1, { error: "Template id is missing." })),
    name: text("Name", TEMPLATE_LIMITS.name),
    subject: text("Subject", TEMPLATE_LIMITS.subject),
    body: text("Body", TEMPLATE_LIMITS.body),
    updatedAt: z
      .string({ error: "Updated must be text." })
      .check(z.maxLength(40, { error: "Updated must be 40 characters or fewer." })),
  }),
);

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

/** A starter template's text; the texts ship beside the code (see StarterTemplates.html in dist/). */
export type StarterText = Pick<Template, "name" | "subject" | "body">;

/** The templates a new "Outreach templates" sheet starts with, ids T1–T6, for the team to make their own. */
export function starterTemplates(texts: readonly StarterText[], now: string): Template[] {
  return texts.map((starter, index) => ({ id: `T${index + 1}`, ...starter, updatedAt: now }));
}
