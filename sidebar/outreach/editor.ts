import { rosterValue } from "../../src/core/brief/recipients";
import { fieldsIn, mergeTemplate, unknownFieldsFor } from "../../src/core/outreach/merge";
import type { Template } from "../../src/core/outreach/templates";
import type { SidebarData, TemplatesResult } from "../../src/core/rpc/types";
import { busy, byId, el, option, setOptions } from "../dom";
import { MessageBoard } from "../messages";
import { call } from "../rpc";

export interface TemplateEditor {
  /** The template as saved (what drafts use), or null while a new one is unsaved. */
  saved(): Template | null;
  /** Whether the form differs from the saved template. */
  dirty(): boolean;
  /** Fields the form's template uses that no Roster column fills. */
  unknownFields(): string[];
  /** Called when the Roster changes (after drafts), to refresh the preview. */
  refresh(): void;
}

/** Every key a merge can fill: the Roster's headers and our names for its columns (planDrafts sees the same). */
function rosterKeys(data: SidebarData): string[] {
  return [
    ...new Set([...data.roster.headers, ...data.roster.rows.flatMap((entry) => Object.keys(entry.values))]),
  ];
}

/** Template picker, editor (create, edit, duplicate, delete) and the merge preview against one Roster row. */
export function setUpTemplateEditor(data: SidebarData): TemplateEditor {
  const select = byId<HTMLSelectElement>("tpl-select");
  const formEl = byId<HTMLFormElement>("tpl-form");
  const name = byId<HTMLInputElement>("tpl-name");
  const subject = byId<HTMLInputElement>("tpl-subject");
  const body = byId<HTMLTextAreaElement>("tpl-body");
  const actionMsg = byId("msg-tpl");
  const pickMsg = byId("msg-template");
  const board = new MessageBoard(formEl, "msg-tpl-", actionMsg);
  const previewRow = byId<HTMLSelectElement>("tpl-preview-row");
  const buttons = ["tpl-new", "tpl-duplicate", "tpl-delete", "tpl-save"].map((id) =>
    byId<HTMLButtonElement>(id),
  );
  let current: Template | null = null;
  let lastFocused: HTMLInputElement | HTMLTextAreaElement = body;
  let confirmDelete = "";

  name.maxLength = data.limits.template.name;
  subject.maxLength = data.limits.template.subject;
  body.maxLength = data.limits.template.body;

  const form = () => ({ name: name.value, subject: subject.value, body: body.value });
  const dirty = () => {
    const now = form();
    return current === null
      ? now.name !== "" || now.subject !== "" || now.body !== ""
      : now.name !== current.name || now.subject !== current.subject || now.body !== current.body;
  };

  function renderTemplates(keep: string): void {
    setOptions(
      select,
      data.templates.map((template) => option(template.id, template.name)),
      keep,
    );
  }

  function edit(template: Template | null): void {
    current = template;
    name.value = template?.name ?? "";
    subject.value = template?.subject ?? "";
    body.value = template?.body ?? "";
    confirmDelete = "";
    board.clear();
    actionMsg.replaceChildren();
    pickMsg.replaceChildren();
    if (template) select.value = template.id;
    preview();
  }

  function renderFieldButtons(): void {
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

  function renderPreviewRows(): void {
    setOptions(
      previewRow,
      data.roster.rows.map((entry) => {
        const label = [rosterValue(entry, "Creator"), rosterValue(entry, "Handle")].filter(
          (part) => part !== "",
        );
        return option(String(entry.row), label.join(" ") || `Row ${entry.row}`);
      }),
    );
  }

  function preview(): void {
    const template = form();
    const entry = data.roster.rows.find((candidate) => String(candidate.row) === previewRow.value);
    const flags = byId("merge-flags");
    const items: HTMLElement[] = [];
    const unknown = unknownFieldsFor(template, rosterKeys(data));
    if (unknown.length > 0) {
      items.push(
        el("li", {
          className: "error",
          text: `Not a Roster column: ${unknown.map((field) => `{{${field}}}`).join(", ")}. Add the column or fix the field; no drafts are made while it is there.`,
        }),
      );
    }
    if (entry) {
      const merged = mergeTemplate(template, entry.values);
      byId("pv-to").textContent = rosterValue(entry, "Email") || "(no e-mail address)";
      byId("pv-subject").textContent = merged.subject;
      byId("pv-body").textContent = merged.body;
      if (merged.emptyFields.length > 0) {
        items.push(
          el("li", {
            className: "warning",
            text: `Empty for this creator: ${merged.emptyFields.map((field) => `{{${field}}}`).join(", ")}. The draft would have nothing there.`,
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
    } else {
      byId("pv-to").textContent = "";
      byId("pv-subject").textContent = template.subject;
      byId("pv-body").textContent = template.body;
      items.push(el("li", { className: "warning", text: "The Roster has no creators to preview with." }));
    }
    if (fieldsIn(template).length === 0 && template.body.trim() !== "") {
      items.push(
        el("li", {
          className: "warning",
          text: "This template uses no merge fields: every creator gets the same words.",
        }),
      );
    }
    flags.replaceChildren(...items);
  }

  function applyResult(result: TemplatesResult, message: string): void {
    data.templates = result.templates;
    const keep = result.template?.id ?? data.templates[0]?.id ?? "";
    renderTemplates(keep);
    edit(data.templates.find((template) => template.id === keep) ?? null);
    actionMsg.replaceChildren(el("span", { className: "ok", text: message }));
  }

  function reportError(error: { message: string; field?: string }): void {
    actionMsg.replaceChildren();
    board.clear();
    if (error.field === "template") {
      pickMsg.replaceChildren(el("span", { className: "error", text: error.message }));
      select.focus();
      return;
    }
    board.add({ field: error.field ?? "", message: error.message, level: "error" })?.focus();
  }

  select.addEventListener("change", () => {
    const chosen = data.templates.find((template) => template.id === select.value) ?? null;
    if (dirty()) {
      pickMsg.replaceChildren(
        el("span", { className: "warning", text: "Unsaved changes to the last template were dropped." }),
      );
    }
    edit(chosen);
  });
  formEl.addEventListener("input", preview);
  previewRow.addEventListener("change", preview);
  for (const field of [name, subject, body]) field.addEventListener("focus", () => (lastFocused = field));
  byId("tpl-fields").addEventListener("click", (event) => {
    const field = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-field]")?.dataset.field;
    if (!field) return;
    const target = lastFocused === name ? body : lastFocused;
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    target.setRangeText(`{{${field}}}`, start, end, "end");
    target.focus();
    preview();
  });

  byId("tpl-new").addEventListener("click", () => {
    edit(null);
    select.value = "";
    name.focus();
    actionMsg.replaceChildren(
      el("span", { text: "New template: give it a name, a subject and a body, then save." }),
    );
  });
  byId("tpl-duplicate").addEventListener("click", async () => {
    if (!current) return reportError({ message: "Pick a saved template to duplicate.", field: "template" });
    const source = current;
    const result = await busy(buttons, formEl, () => call("sidebarDuplicateTemplate", { id: source.id }));
    if (result.ok) applyResult(result.value, `Made "${result.value.template?.name ?? ""}".`);
    else reportError(result.error);
  });
  byId("tpl-delete").addEventListener("click", async () => {
    if (!current) return reportError({ message: "Pick a saved template to delete.", field: "template" });
    const doomed = current;
    if (confirmDelete !== doomed.id) {
      confirmDelete = doomed.id;
      actionMsg.replaceChildren(
        el("span", {
          className: "warning",
          text: `Press Delete again to delete "${doomed.name}" from the sheet.`,
        }),
      );
      return;
    }
    const result = await busy(buttons, formEl, () => call("sidebarDeleteTemplate", { id: doomed.id }));
    if (result.ok) applyResult(result.value, `Deleted "${doomed.name}".`);
    else reportError(result.error);
  });
  formEl.addEventListener("submit", async (event) => {
    event.preventDefault();
    const template = { id: current?.id ?? "", ...form() };
    actionMsg.replaceChildren(el("span", { text: "Saving…" }));
    const result = await busy(buttons, formEl, () => call("sidebarSaveTemplate", { template }));
    if (result.ok) applyResult(result.value, `Saved "${result.value.template?.name ?? ""}".`);
    else reportError(result.error);
  });

  renderTemplates("");
  renderFieldButtons();
  renderPreviewRows();
  edit(data.templates[0] ?? null);
  return {
    saved: () => current,
    dirty,
    unknownFields: () => unknownFieldsFor(form(), rosterKeys(data)),
    refresh() {
      renderPreviewRows();
      preview();
    },
  };
}
