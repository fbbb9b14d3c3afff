import { rosterValue } from "../../src/core/brief/recipients";
import type { DraftOutcome, RosterEntry, SidebarData } from "../../src/core/rpc/types";
import { busy, byId, el } from "../dom";
import { call } from "../rpc";
import type { TemplateEditor } from "./editor";

const key = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

function checkedValues(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
}

function checkbox(value: string, checked: boolean, label: (Node | string)[]): HTMLElement {
  const box = el("input", { attrs: { type: "checkbox", value } });
  box.checked = checked;
  return el("label", { className: "check" }, [box, ...label]);
}

/** Who gets a draft (ticked rows or a status/tier filter), and "Create Gmail drafts" with its report. */
export function setUpRecipients(data: SidebarData, editor: TemplateEditor): void {
  const list = byId("roster-list");
  const statusBox = byId("filter-status");
  const tierBox = byId("filter-tier");
  const count = byId("pick-count");
  const quota = byId("quota");
  const message = byId("msg-selection");
  const results = byId("draft-results");
  const create = byId<HTMLButtonElement>("drafts-create");
  const mode = () => document.querySelector<HTMLInputElement>('input[name="pick"]:checked')?.value ?? "rows";

  function renderRoster(): void {
    const ticked = new Set(checkedValues(list));
    list.replaceChildren(
      ...data.roster.rows.map((entry) => {
        const name = rosterValue(entry, "Creator") || `Row ${entry.row}`;
        const details = [
          rosterValue(entry, "Handle"),
          rosterValue(entry, "Status"),
          rosterValue(entry, "Tier"),
        ];
        if (rosterValue(entry, "Email").trim() === "") details.push("no e-mail");
        const detail = details.filter((part) => part.trim() !== "").join(" · ");
        return el("li", {}, [
          checkbox(String(entry.row), ticked.has(String(entry.row)), [
            el("span", { className: "who" }, [name, detail && el("small", { text: detail })]),
          ]),
        ]);
      }),
    );
    filterRoster();
  }

  function renderFilters(): void {
    const status = new Set(checkedValues(statusBox));
    const tier = new Set(checkedValues(tierBox));
    statusBox.replaceChildren(...data.lists.statuses.map((name) => checkbox(name, status.has(name), [name])));
    tierBox.replaceChildren(
      ...(data.lists.tiers.length > 0
        ? data.lists.tiers.map((name) => checkbox(name, tier.has(name), [name]))
        : [el("p", { className: "hint", text: "The Roster has no tiers yet." })]),
    );
  }

  function filterRoster(): void {
    const query = byId<HTMLInputElement>("roster-find").value.trim().toLowerCase();
    for (const item of list.children) {
      (item as HTMLElement).hidden = query !== "" && !(item.textContent ?? "").toLowerCase().includes(query);
    }
  }

  /** The creators the current choice covers, counted here the way the server selects them. */
  function selected(): RosterEntry[] {
    if (mode() === "rows") {
      const rows = new Set(checkedValues(list).map(Number));
      return data.roster.rows.filter((entry) => rows.has(entry.row));
    }
    const status = new Set(checkedValues(statusBox).map(key));
    const tier = new Set(checkedValues(tierBox).map(key));
    if (status.size === 0 && tier.size === 0) return [];
    return data.roster.rows.filter(
      (entry) =>
        (status.size === 0 || status.has(key(rosterValue(entry, "Status")))) &&
        (tier.size === 0 || tier.has(key(rosterValue(entry, "Tier")))),
    );
  }

  function updateCount(): void {
    const chosen = selected();
    const noEmail = chosen.filter((entry) => rosterValue(entry, "Email").trim() === "").length;
    count.textContent =
      `${chosen.length} ${chosen.length === 1 ? "creator" : "creators"} selected` +
      (noEmail > 0 ? ` (${noEmail} without an e-mail address will be skipped).` : ".");
  }

  function showQuota(left: number | null): void {
    quota.textContent =
      left === null
        ? ""
        : `Gmail allows ${left} more ${left === 1 ? "draft" : "drafts"} today. Drafts are never sent.`;
  }

  function showOutcome(outcome: DraftOutcome): void {
    const sections: HTMLElement[] = [];
    if (outcome.created.length > 0) {
      sections.push(
        el("h3", { className: "results-heading", text: `Drafted (${outcome.created.length})` }),
        el(
          "ul",
          { className: "results" },
          outcome.created.map((draft) =>
            el("li", { className: "result" }, [
              `${draft.handle || `Row ${draft.row}`}: draft ${draft.draftId}`,
              draft.emptyFields.length > 0 &&
                el("small", {
                  text: `Blank: ${draft.emptyFields.map((field) => `{{${field}}}`).join(", ")}`,
                }),
            ]),
          ),
        ),
      );
    }
    if (outcome.skipped.length > 0) {
      sections.push(
        el("h3", { className: "results-heading", text: `Skipped (${outcome.skipped.length})` }),
        el(
          "ul",
          { className: "results" },
          outcome.skipped.map((skip) =>
            el("li", { className: "result" }, [
              `${skip.handle || "No handle"} (row ${skip.row})`,
              el("small", { text: skip.reason }),
            ]),
          ),
        ),
      );
    }
    for (const note of outcome.notes)
      sections.push(el("p", { className: "msg" }, [el("span", { className: "warning", text: note })]));
    results.replaceChildren(...sections);
  }

  function fail(text: string): void {
    message.replaceChildren(el("span", { className: "error", text }));
  }

  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="pick"]')) {
    radio.addEventListener("change", () => {
      byId("pick-rows").hidden = mode() !== "rows";
      byId("pick-filter").hidden = mode() === "rows";
      updateCount();
    });
  }
  byId("roster-find").addEventListener("input", filterRoster);
  for (const box of [list, statusBox, tierBox]) box.addEventListener("change", updateCount);
  byId("roster-all").addEventListener("click", () => {
    for (const item of list.querySelectorAll<HTMLElement>("li:not([hidden]) input"))
      (item as HTMLInputElement).checked = true;
    updateCount();
  });
  byId("roster-none").addEventListener("click", () => {
    for (const box of list.querySelectorAll<HTMLInputElement>("input")) box.checked = false;
    updateCount();
  });

  create.addEventListener("click", async () => {
    message.replaceChildren();
    const template = editor.saved();
    if (!template) return fail("Pick a saved template first.");
    if (editor.dirty()) return fail("Save your changes to the template first: drafts use the saved version.");
    const unknown = editor.unknownFields();
    if (unknown.length > 0) {
      return fail(
        `The template uses ${unknown.map((field) => `{{${field}}}`).join(", ")}, which the Roster does not have. Fix it before drafting.`,
      );
    }
    const chosen = selected();
    if (chosen.length === 0) {
      return fail(mode() === "rows" ? "Tick at least one creator." : "Choose at least one status or tier.");
    }
    const selection =
      mode() === "rows"
        ? { rows: chosen.map((entry) => entry.row) }
        : { filter: { status: checkedValues(statusBox), tier: checkedValues(tierBox) } };
    const expected =
      mode() === "rows"
        ? chosen.map((entry) => ({ row: entry.row, handle: rosterValue(entry, "Handle") }))
        : undefined;
    message.replaceChildren(el("span", { text: "Creating drafts…" }));
    const result = await busy([create], results, () =>
      call("sidebarCreateDrafts", { templateId: template.id, selection, ...(expected ? { expected } : {}) }),
    );
    if (!result.ok) return fail(result.error.message);
    const outcome = result.value;
    data.roster = outcome.roster;
    showQuota(outcome.quota);
    message.replaceChildren(
      el("span", {
        className: outcome.created.length > 0 ? "ok" : "warning",
        text: `${outcome.created.length} ${outcome.created.length === 1 ? "draft" : "drafts"} in Gmail, ${outcome.skipped.length} skipped. Nothing was sent.`,
      }),
    );
    showOutcome(outcome);
    for (const box of list.querySelectorAll<HTMLInputElement>("input")) box.checked = false;
    renderRoster();
    editor.refresh();
    updateCount();
  });

  renderRoster();
  renderFilters();
  updateCount();
  showQuota(data.quota);
}
