import { headerKey } from "../../core/brief/longText";
import { type MergeSource, mergeKeys, unknownFieldProblem } from "../../core/outreach/merge";
import {
  createTemplate,
  duplicateTemplate,
  parseTemplate,
  type Template,
} from "../../core/outreach/templates";
import { SidebarError } from "../../core/rpc/result";
import type { TemplatesResult } from "../../core/rpc/types";
import { readRoster } from "../../sheets/stores/roster";
import {
  deleteTemplate,
  ensureTemplates,
  findTemplate,
  readTemplates,
  storeTemplate,
} from "../../sheets/stores/templateStore";
import type { AddonContext } from "../context";
import { nowIso } from "./clock";

const templateList = (context: AddonContext) => readTemplates(context.workbook)?.templates ?? [];

function checked(template: Template): Template {
  const result = parseTemplate(template);
  if (result.ok) return result.template;
  const first = result.errors[0];
  throw new SidebarError(first?.message ?? "The template could not be read.", first?.field || undefined);
}

/** Names are how people pick a template and how the Outreach log tells them apart, so each is unique. */
function refuseTakenName(templates: Template[], template: Template): void {
  const taken = templates.find(
    (other) => other.id !== template.id && headerKey(other.name) === headerKey(template.name),
  );
  if (taken) {
    throw new SidebarError(
      `There is already a template named "${taken.name}"; give this one a name of its own.`,
      "name",
    );
  }
}

/**
 * Drafts from a template with a field no Roster column fills would all be skipped, so Save refuses
 * it, as the sidebar does before asking. Without a Roster there is nothing to check against yet.
 */
function refuseUnknownFields(context: AddonContext, template: MergeSource): void {
  const roster = readRoster(context.workbook);
  const problem = roster ? unknownFieldProblem(template, mergeKeys(roster.data)) : null;
  if (problem) throw new SidebarError(problem.message, problem.field);
}

/** Saves the template over its row, or as a new template when it has no id yet. */
export function saveTemplate(
  context: AddonContext,
  input: { template: { id: string; name: string; subject: string; body: string } },
): TemplatesResult {
  const { id, name, subject, body } = input.template;
  refuseUnknownFields(context, { subject, body });
  const stored = ensureTemplates(context.workbook, context.assets, nowIso(context));
  const template = checked(
    id.trim() === ""
      ? createTemplate(stored.templates, { name, subject, body }, nowIso(context))
      : { ...findTemplate(stored, id.trim()), name, subject, body, updatedAt: nowIso(context) },
  );
  refuseTakenName(stored.templates, template);
  storeTemplate(stored, template);
  return { template, templates: templateList(context) };
}

export function copyTemplate(context: AddonContext, input: { id: string }): TemplatesResult {
  const stored = ensureTemplates(context.workbook, context.assets, nowIso(context));
  const template = duplicateTemplate(stored.templates, findTemplate(stored, input.id), nowIso(context));
  storeTemplate(stored, template);
  return { template, templates: templateList(context) };
}

export function removeTemplate(context: AddonContext, input: { id: string }): TemplatesResult {
  const stored = ensureTemplates(context.workbook, context.assets, nowIso(context));
  deleteTemplate(stored, input.id);
  return { template: null, templates: templateList(context) };
}
