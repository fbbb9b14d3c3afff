import { rosterValue } from "../../src/core/brief/recipients";
import { fieldsIn, mergeTemplate, unknownFieldsFor } from "../../src/core/outreach/merge";
import type { RosterEntry, SidebarData } from "../../src/core/rpc/types";
import { byId, el, option, setOptions } from "../dom";
import { formTemplate, type TemplatePanel } from "./templatePanel";

type Draft = ReturnType<typeof formTemplate>;

const asFields = (fields: string[]) => fields.map((field) => `{{${field}}}`).join(", ");

/** Every key a merge can fill: the Roster's headers and our names for its columns (planDrafts sees the same). */
export function rosterKeys(data: SidebarData): string[] {
  return [
    ...new Set([...data.roster.headers, ...data.roster.rows.flatMap((entry) => Object.keys(entry.values))]),
  ];
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
  const unknown = unknownFieldsFor(template, rosterKeys(panel.data));
  if (unknown.length > 0) {
    items.push(
      el("li", {
        className: "error",
        text: `Not a Roster column: ${asFields(unknown)}. Add the column or fix the field; no drafts are made while it is there.`,
      }),
    );
  }
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
  panel.formEl.addEventListener("input", () => preview(panel));
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
