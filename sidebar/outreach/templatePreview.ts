import { rosterValue } from "../../src/core/brief/recipients";
import {
  asFields,
  fieldsIn,
  mergeKeys,
  mergeTemplate,
  unknownFieldProblem,
  unknownFieldsFor,
} from "../../src/core/outreach/merge";
import type { RosterEntry, SidebarData } from "../../src/core/rpc/types";
import { byId, el, option, setOptions } from "../dom";
import { formTemplate, type TemplatePanel } from "./templatePanel";

type Draft = ReturnType<typeof formTemplate>;

/** Every key a merge can fill: the Roster's headers and our names for its columns (planDrafts sees the same). */
const rosterKeys = (data: SidebarData): string[] => mergeKeys(data.roster);

/** Fields the form's template uses that no Roster column fills; none while there is no Roster to ask. */
export function unknownFields(panel: TemplatePanel): string[] {
  if (panel.data.roster.headers.length === 0) return [];
  return unknownFieldsFor(formTemplate(panel), rosterKeys(panel.data));
}

/** What Save would refuse for unknown fields, by the field that holds them; none while there is no Roster. */
export function unknownProblem(panel: TemplatePanel): { message: string; field: string } | null {
  if (panel.data.roster.headers.length === 0) return null;
  return unknownFieldProblem(formTemplate(panel), rosterKeys(panel.data));
}

/** The unknown-field error sits by the field that holds it (the body first), and goes once fixed. */
function showUnknownFields(panel: TemplatePanel, problem: { message: string; field: string } | null): void {
  for (const control of [panel.subject, panel.body]) {
    byId(`msg-tpl-${control.dataset.path}`).replaceChildren();
    control.removeAttribute("aria-invalid");
  }
  if (problem) panel.board.add({ ...problem, level: "error" });
}

/** One button per Roster column (and "first name" when there is a Creator column) to insert its field. */
export function renderFieldButtons(data: SidebarData): void {
  const fields = [...data.roster.headers];
  if (fields.some((field) => field.trim().toLowerCase() === "creator")) fields.unshift("first name");
  byId("tpl-fields").replaceChildren(
    ...fields.map((field) =>
      el("button", {
        text: `{{${field}}}`,
        attrs: { type: "button", "data-field": field, "aria-label": `Insert ${field}` },
      }),
    ),
  );
}

export function renderPreviewRows(panel: TemplatePanel): void {
  setOptions(
    panel.previewRow,
    panel.data.roster.rows.map((entry) => {
      const label = [rosterValue(entry, "Creator"), rosterValue(entry, "Handle")].filter(
        (part) => part !== "",
      );
      return option(String(entry.row), label.join(" ") || `Row ${entry.row}`);
    }),
  );
}

/** Shows the draft `entry` would get, and returns what the user should know about it. */
function showMerged(template: Draft, entry: RosterEntry): HTMLElement[] {
  const merged = mergeTemplate(template, entry.values);
  byId("pv-to").textContent = rosterValue(entry, "Email") || "(no e-mail address)";
  byId("pv-subject").textContent = merged.subject;
  byId("pv-body").textContent = merged.body;
  const items: HTMLElement[] = [];
  if (merged.emptyFields.length > 0) {
    items.push(
      el("li", {
        className: "warning",
        text: `Empty for this creator: ${asFields(merged.emptyFields)}. The draft would have nothing there.`,
      }),
    );
  }
  if (rosterValue(entry, "Email").trim() === "") {
    items.push(
      el("li", {
        className: "warning",
        text: "No e-mail address on the Roster: this creator would be skipped.",
      }),
    );
  }
  return items;
}

function showUnmerged(template: Draft): HTMLElement[] {
  byId("pv-to").textContent = "";
  byId("pv-subject").textContent = template.subject;
  byId("pv-body").textContent = template.body;
  return [el("li", { className: "warning", text: "The Roster has no creators to preview with." })];
}

/** The merge preview against the chosen Roster row, with flags for fields that would go wrong. */
export function preview(panel: TemplatePanel): void {
  const template = formTemplate(panel);
  const entry = panel.data.roster.rows.find((candidate) => String(candidate.row) === panel.previewRow.value);
  const items: HTMLElement[] = [];
  const problem = unknownProblem(panel);
  showUnknownFields(panel, problem);
  if (problem) items.push(el("li", { className: "error", text: problem.message }));
  items.push(...(entry ? showMerged(template, entry) : showUnmerged(template)));
  if (fieldsIn(template).length === 0 && template.body.trim() !== "") {
    items.push(
      el("li", {
        className: "warning",
        text: "This template uses no merge fields: every creator gets the same words.",
      }),
    );
  }
  byId("merge-flags").replaceChildren(...items);
}

/** Typing re-merges the preview; a field button inserts at the cursor of the subject or body. */
export function bindPreview(panel: TemplatePanel): void {
  const { name, subject, body, state } = panel;
  panel.formEl.addEventListener("input", (event) => {
    // A message from the last Save goes once its field is edited; the preview re-checks the rest.
    const path = (event.target as HTMLElement).dataset.path;
    if (path) {
      document.getElementById(`msg-tpl-${path}`)?.replaceChildren();
      (event.target as HTMLElement).removeAttribute("aria-invalid");
    }
    preview(panel);
  });
  panel.previewRow.addEventListener("change", () => preview(panel));
  for (const field of [name, subject, body])
    field.addEventListener("focus", () => (state.lastFocused = field));
  byId("tpl-fields").addEventListener("click", (event) => {
    const field = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-field]")?.dataset.field;
    if (!field) return;
    const target = state.lastFocused === name ? body : state.lastFocused;
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    target.setRangeText(`{{${field}}}`, start, end, "end");
    target.focus();
    preview(panel);
  });
}
