import { unknownFieldsFor } from "../../src/core/outreach/merge";
import type { Template } from "../../src/core/outreach/templates";
import type { SidebarData, TemplatesResult } from "../../src/core/rpc/types";
import { busy, byId, el, option, setOptions } from "../dom";
import { call } from "../rpc";
import { formTemplate, isDirty, type TemplatePanel, templatePanel } from "./templatePanel";
import { bindPreview, preview, renderFieldButtons, renderPreviewRows, rosterKeys } from "./templatePreview";

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

function renderTemplates(panel: TemplatePanel, keep: string): void {
  setOptions(
    panel.select,
    panel.data.templates.map((template) => option(template.id, template.name)),
    keep,
  );
}

/** Puts `template` (or a blank one) in the form, clearing old messages and a pending Delete. */
function edit(panel: TemplatePanel, template: Template | null): void {
  panel.state.current = template;
  panel.name.value = template?.name ?? "";
  panel.subject.value = template?.subject ?? "";
  panel.body.value = template?.body ?? "";
  panel.state.confirmDelete = "";
  panel.board.clear();
  panel.actionMsg.replaceChildren();
  panel.pickMsg.replaceChildren();
  if (template) panel.select.value = template.id;
  preview(panel);
}

function applyResult(panel: TemplatePanel, result: TemplatesResult, message: string): void {
  const { data } = panel;
  data.templates = result.templates;
  const keep = result.template?.id ?? data.templates[0]?.id ?? "";
  renderTemplates(panel, keep);
  edit(panel, data.templates.find((template) => template.id === keep) ?? null);
  panel.actionMsg.replaceChildren(el("span", { className: "ok", text: message }));
}

/** A problem with the choice of template shows by the picker; any other by its field. */
function reportError(panel: TemplatePanel, error: { message: string; field?: string }): void {
  panel.actionMsg.replaceChildren();
  panel.board.clear();
  if (error.field === "template") {
    panel.pickMsg.replaceChildren(el("span", { className: "error", text: error.message }));
    panel.select.focus();
    return;
  }
  panel.board.add({ field: error.field ?? "", message: error.message, level: "error" })?.focus();
}

/** Picking another template drops unsaved changes, and says so. */
function bindPicker(panel: TemplatePanel): void {
  panel.select.addEventListener("change", () => {
    const chosen = panel.data.templates.find((template) => template.id === panel.select.value) ?? null;
    if (isDirty(panel)) {
      panel.pickMsg.replaceChildren(
        el("span", { className: "warning", text: "Unsaved changes to the last template were dropped." }),
      );
    }
    edit(panel, chosen);
  });
}

function bindNewAndDuplicate(panel: TemplatePanel): void {
  byId("tpl-new").addEventListener("click", () => {
    edit(panel, null);
    panel.select.value = "";
    panel.name.focus();
    panel.actionMsg.replaceChildren(
      el("span", { text: "New template: give it a name, a subject and a body, then save." }),
    );
  });
  byId("tpl-duplicate").addEventListener("click", async () => {
    const source = panel.state.current;
    if (!source)
      return reportError(panel, { message: "Pick a saved template to duplicate.", field: "template" });
    const result = await busy(panel.buttons, panel.formEl, () =>
      call("sidebarDuplicateTemplate", { id: source.id }),
    );
    if (result.ok) applyResult(panel, result.value, `Made "${result.value.template?.name ?? ""}".`);
    else reportError(panel, result.error);
  });
}

/** Delete asks once by name; the second press deletes. */
function bindDelete(panel: TemplatePanel): void {
  byId("tpl-delete").addEventListener("click", async () => {
    const doomed = panel.state.current;
    if (!doomed)
      return reportError(panel, { message: "Pick a saved template to delete.", field: "template" });
    if (panel.state.confirmDelete !== doomed.id) {
      panel.state.confirmDelete = doomed.id;
      panel.actionMsg.replaceChildren(
        el("span", {
          className: "warning",
          text: `Press Delete again to delete "${doomed.name}" from the sheet.`,
        }),
      );
      return;
    }
    const result = await busy(panel.buttons, panel.formEl, () =>
      call("sidebarDeleteTemplate", { id: doomed.id }),
    );
    if (result.ok) applyResult(panel, result.value, `Deleted "${doomed.name}".`);
    else reportError(panel, result.error);
  });
}

function bindSave(panel: TemplatePanel): void {
  panel.formEl.addEventListener("submit", async (event) => {
    event.preventDefault();
    const template = { id: panel.state.current?.id ?? "", ...formTemplate(panel) };
    panel.actionMsg.replaceChildren(el("span", { text: "Saving…" }));
    const result = await busy(panel.buttons, panel.formEl, () => call("sidebarSaveTemplate", { template }));
    if (result.ok) applyResult(panel, result.value, `Saved "${result.value.template?.name ?? ""}".`);
    else reportError(panel, result.error);
  });
}

/** Template picker, editor (create, edit, duplicate, delete) and the merge preview against one Roster row. */
export function setUpTemplateEditor(data: SidebarData): TemplateEditor {
  const panel = templatePanel(data);
  bindPicker(panel);
  bindPreview(panel);
  bindNewAndDuplicate(panel);
  bindDelete(panel);
  bindSave(panel);
  renderTemplates(panel, "");
  renderFieldButtons(data);
  renderPreviewRows(panel);
  edit(panel, data.templates[0] ?? null);
  return {
    saved: () => panel.state.current,
    dirty: () => isDirty(panel),
    unknownFields: () => unknownFieldsFor(formTemplate(panel), rosterKeys(data)),
    refresh() {
      renderPreviewRows(panel);
      preview(panel);
    },
  };
}
