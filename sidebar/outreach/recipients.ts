import { creatorIdOf } from "../../src/core/brief/recipients";
import type { DraftOutcome, RosterEntry, SidebarData } from "../../src/core/rpc/types";
import { busy, byId, el } from "../dom";
import { call, type RpcInput } from "../rpc";
import { confirmDrafts } from "./draftConfirm";
import { showOutcome, showQuota } from "./draftReport";
import type { TemplateEditor } from "./editor";
import {
  bindPicker,
  checkedValues,
  pickMode,
  renderFilters,
  renderRoster,
  selected,
  updateCount,
} from "./rosterPicker";

/** The recipients part of the Outreach tab: its data and page elements. */
export interface RecipientsPanel {
  data: SidebarData;
  list: HTMLElement;
  statusBox: HTMLElement;
  tierBox: HTMLElement;
  count: HTMLElement;
  quota: HTMLElement;
  message: HTMLElement;
  results: HTMLElement;
  create: HTMLButtonElement;
}

function recipientsPanel(data: SidebarData): RecipientsPanel {
  return {
    data,
    list: byId("roster-list"),
    statusBox: byId("filter-status"),
    tierBox: byId("filter-tier"),
    count: byId("pick-count"),
    quota: byId("quota"),
    message: byId("msg-selection"),
    results: byId("draft-results"),
    create: byId<HTMLButtonElement>("drafts-create"),
  };
}

/** Why drafts cannot be made yet, checked here so the user hears it before a server round trip. */
function draftProblem(editor: TemplateEditor, chosen: RosterEntry[]): string | null {
  if (editor.dirty()) return "Save your changes to the template first: drafts use the saved version.";
  const unknown = editor.unknownFields();
  if (unknown.length > 0) {
    return `The template uses ${unknown.map((field) => `{{${field}}}`).join(", ")}, which the Roster does not have. Fix it before drafting.`;
  }
  if (chosen.length === 0) {
    return pickMode() === "rows" ? "Tick at least one creator." : "Choose at least one status or tier.";
  }
  return null;
}

/** Ticked rows go with the handles the user saw, so the server skips a row that now holds someone else. */
function draftRequest(
  panel: RecipientsPanel,
  templateId: string,
  chosen: RosterEntry[],
): RpcInput<"sidebarCreateDrafts"> {
  if (pickMode() !== "rows") {
    return {
      templateId,
      selection: { filter: { status: checkedValues(panel.statusBox), tier: checkedValues(panel.tierBox) } },
    };
  }
  return {
    templateId,
    selection: { rows: chosen.map((entry) => entry.row) },
    expected: chosen.map((entry) => ({ row: entry.row, ...creatorIdOf(entry) })),
  };
}

function showDrafted(panel: RecipientsPanel, editor: TemplateEditor, outcome: DraftOutcome): void {
  panel.data.roster = outcome.roster;
  showQuota(panel.quota, outcome.quota);
  panel.message.replaceChildren(
    el("span", {
      className: outcome.created.length > 0 ? "ok" : "warning",
      text: `${outcome.created.length} ${outcome.created.length === 1 ? "draft" : "drafts"} in Gmail, ${outcome.skipped.length} skipped. Nothing was sent.`,
    }),
  );
  showOutcome(panel.results, outcome, () => void openLog(panel));
  for (const box of panel.list.querySelectorAll<HTMLInputElement>("input")) box.checked = false;
  renderRoster(panel);
  editor.refresh();
  updateCount(panel);
}

async function openLog(panel: RecipientsPanel): Promise<void> {
  const result = await call("sidebarOpenOutreachLog", null);
  if (!result.ok || !result.value) {
    const text = result.ok ? "There is no Outreach log sheet yet." : result.error.message;
    panel.message.replaceChildren(el("span", { className: "error", text }));
  }
}

/** "Create Gmail drafts": who would get one is shown first; drafts are made only once the user confirms. */
function bindCreate(panel: RecipientsPanel, editor: TemplateEditor): void {
  const { create, message } = panel;
  const fail = (text: string) => message.replaceChildren(el("span", { className: "error", text }));
  create.addEventListener("click", async () => {
    message.replaceChildren();
    const template = editor.saved();
    if (!template) return fail("Pick a saved template first.");
    const chosen = selected(panel);
    const problem = draftProblem(editor, chosen);
    if (problem) return fail(problem);
    const request = draftRequest(panel, template.id, chosen);
    const preview = await busy([create], panel.results, () => call("sidebarPreviewDrafts", request));
    if (!preview.ok) return fail(preview.error.message);
    create.disabled = true;
    const confirmed = await confirmDrafts(panel.results, preview.value);
    create.disabled = false;
    if (!confirmed) return create.focus();
    message.replaceChildren(el("span", { text: "Creating drafts…" }));
    const result = await busy([create], panel.results, () => call("sidebarCreateDrafts", request));
    if (result.ok) showDrafted(panel, editor, result.value);
    else fail(result.error.message);
  });
}

/** Who gets a draft (ticked rows or a status/tier filter), and "Create Gmail drafts" with its report. */
export function setUpRecipients(data: SidebarData, editor: TemplateEditor): void {
  const panel = recipientsPanel(data);
  bindPicker(panel);
  bindCreate(panel, editor);
  renderRoster(panel);
  renderFilters(panel);
  updateCount(panel);
  showQuota(panel.quota, data.quota);
}
