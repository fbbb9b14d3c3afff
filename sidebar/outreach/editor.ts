import { headerKey } from "../../src/core/brief/longText";
import type { Template } from "../../src/core/outreach/templates";
import type { SidebarData, TemplatesResult } from "../../src/core/rpc/types";
import { busy, byId, el, option, setOptions } from "../dom";
import { call } from "../rpc";
import { formTemplate, isDirty, type TemplatePanel, templatePanel } from "./templatePanel";
import {
  bindPreview,
  preview,
  renderFieldButtons,
  renderPreviewRows,
  unknownFields,
  unknownProblem,
} from "./templatePreview";

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

/**
 * Runs `next` at once when the form holds no unsaved edits; otherwise asks first, by the picker,
 * and leaves the form as it is until the user chooses to discard.
 */
function askBeforeLeaving(panel: TemplatePanel, what: string, next: () => void): void {
  panel.select.value = panel.state.current?.id ?? "";
  if (!isDirty(panel)) {
    next();
    return;
  }
  const name = panel.state.current?.name.trim() || "The new template";
  const discard = el("button", {
    className: "link",
    text: `Discard changes and ${what}`,
    attrs: { type: "button", id: "tpl-discard" },
  });
  const keep = el("button", { className: "link", text: "Keep editing", attrs: { type: "button" } });
  discard.addEventListener("click", next);
  keep.addEventListener("click", () => {
    panel.pickMsg.replaceChildren();
    panel.body.focus();
  });
  panel.pickMsg.replaceChildren(
    el("span", { className: "warning", text: `${name} has unsaved changes. Save them first, or:` }),
    discard,
    keep,
  );
  discard.focus();
}

/** Picking another template asks before unsaved changes are dropped. */
function bindPicker(panel: TemplatePanel): void {
  panel.select.addEventListener("change", () => {
    const chosen = panel.data.templates.find((template) => template.id === panel.select.value) ?? null;
    askBeforeLeaving(panel, `open "${chosen?.name ?? ""}"`, () => edit(panel, chosen));
  });
}

function startNew(panel: TemplatePanel): void {
  edit(panel, null);
  panel.select.value = "";
  panel.name.focus();
  panel.actionMsg.replaceChildren(
    el("span", { text: "New template: give it a name, a subject and a body, then save." }),
  );
}

function bindNewAndDuplicate(panel: TemplatePanel): void {
  byId("tpl-new").addEventListener("click", () =>
    askBeforeLeaving(panel, "start a new one", () => startNew(panel)),
  );
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

/** What Save would refuse, found before the round trip: a field no Roster column fills, a taken name. */
function problemBeforeSave(panel: TemplatePanel, id: string): { message: string; field: string } | null {
  const template = formTemplate(panel);
  const unknown = unknownProblem(panel);
  if (unknown) return unknown;
  const taken = panel.data.templates.find(
    (other) => other.id !== id && headerKey(other.name) === headerKey(template.name),
  );
  if (taken && template.name.trim() !== "") {
    return {
      message: `There is already a template named "${taken.name}"; give this one a name of its own.`,
      field: "name",
    };
  }
  return null;
}

async function save(panel: TemplatePanel, id: string): Promise<void> {
  const problem = problemBeforeSave(panel, id);
  if (problem) {
    reportError(panel, problem);
    panel.actionMsg.replaceChildren(
      el("span", { className: "error", text: "Not saved: see the message by the field." }),
    );
    return;
  }
  const template = { id, ...formTemplate(panel) };
  panel.actionMsg.replaceChildren(el("span", { text: "Saving…" }));
  const result = await busy(panel.buttons, panel.formEl, () => call("sidebarSaveTemplate", { template }));
  if (result.ok) applyResult(panel, result.value, `Saved "${result.value.template?.name ?? ""}".`);
  else reportError(panel, result.error);
}

/** Save writes over the template; Save as new keeps it and adds a copy, under a name of its own. */
function bindSave(panel: TemplatePanel): void {
  panel.formEl.addEventListener("submit", (event) => {
    event.preventDefault();
    void save(panel, panel.state.current?.id ?? "");
  });
  byId("tpl-save-new").addEventListener("click", () => {
    if (panel.state.current && headerKey(panel.name.value) === headerKey(panel.state.current.name)) {
      reportError(panel, {
        message: `Give the new template a name of its own: "${panel.state.current.name}" is this one's.`,
        field: "name",
      });
      return;
    }
    void save(panel, "");
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
    unknownFields: () => unknownFields(panel),
    refresh() {
      renderPreviewRows(panel);
      preview(panel);
    },
  };
}
