import type { Template } from "../../src/core/outreach/templates";
import type { SidebarData } from "../../src/core/rpc/types";
import { byId } from "../dom";
import { MessageBoard } from "../messages";

/** What the template editor remembers between events. */
interface TemplateState {
  /** The saved template in the form, or null while a new one is unsaved. */
  current: Template | null;
  /** Where a merge-field button inserts; the name field is skipped for the body. */
  lastFocused: HTMLInputElement | HTMLTextAreaElement;
  /** The id Delete was pressed for once; the second press deletes. */
  confirmDelete: string;
}

/** The template editor: its data, page elements and state, handed to each part that draws or acts. */
export interface TemplatePanel {
  data: SidebarData;
  select: HTMLSelectElement;
  formEl: HTMLFormElement;
  name: HTMLInputElement;
  subject: HTMLInputElement;
  body: HTMLTextAreaElement;
  actionMsg: HTMLElement;
  pickMsg: HTMLElement;
  board: MessageBoard;
  previewRow: HTMLSelectElement;
  buttons: HTMLButtonElement[];
  state: TemplateState;
}

export function templatePanel(data: SidebarData): TemplatePanel {
  const formEl = byId<HTMLFormElement>("tpl-form");
  const actionMsg = byId("msg-tpl");
  const body = byId<HTMLTextAreaElement>("tpl-body");
  const panel: TemplatePanel = {
    data,
    select: byId<HTMLSelectElement>("tpl-select"),
    formEl,
    name: byId<HTMLInputElement>("tpl-name"),
    subject: byId<HTMLInputElement>("tpl-subject"),
    body,
    actionMsg,
    pickMsg: byId("msg-template"),
    board: new MessageBoard(formEl, "msg-tpl-", actionMsg),
    previewRow: byId<HTMLSelectElement>("tpl-preview-row"),
    buttons: ["tpl-new", "tpl-duplicate", "tpl-delete", "tpl-save", "tpl-save-new"].map((id) =>
      byId<HTMLButtonElement>(id),
    ),
    state: { current: null, lastFocused: body, confirmDelete: "" },
  };
  panel.name.maxLength = data.limits.template.name;
  panel.subject.maxLength = data.limits.template.subject;
  panel.body.maxLength = data.limits.template.body;
  return panel;
}

/** The template as the form holds it now. */
export const formTemplate = (panel: TemplatePanel) => ({
  name: panel.name.value,
  subject: panel.subject.value,
  body: panel.body.value,
});

/** Whether the form differs from the saved template (or, for a new one, holds anything). */
export function isDirty(panel: TemplatePanel): boolean {
  const now = formTemplate(panel);
  const current = panel.state.current;
  return current === null
    ? now.name !== "" || now.subject !== "" || now.body !== ""
    : now.name !== current.name || now.subject !== current.subject || now.body !== current.body;
}
