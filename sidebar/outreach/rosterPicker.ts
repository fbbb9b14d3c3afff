import { rosterValue } from "../../src/core/brief/recipients";
import { nameKey } from "../../src/core/keys";
import type { RosterEntry } from "../../src/core/rpc/types";
import { byId, el } from "../dom";
import type { RecipientsPanel } from "./recipients";

export function checkedValues(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => box.value);
}

function checkbox(value: string, checked: boolean, label: (Node | string)[]): HTMLElement {
  const box = el("input", { attrs: { type: "checkbox", value } });
  box.checked = checked;
  return el("label", { className: "check" }, [box, ...label]);
}

/** "rows" when creators are ticked one by one, else "filter" (by status and tier). */
export const pickMode = () =>
  document.querySelector<HTMLInputElement>('input[name="pick"]:checked')?.value ?? "rows";

function rosterItem(entry: RosterEntry, ticked: boolean): HTMLElement {
  const name = rosterValue(entry, "Creator") || `Row ${entry.row}`;
  const details = [rosterValue(entry, "Handle"), rosterValue(entry, "Status"), rosterValue(entry, "Tier")];
  if (rosterValue(entry, "Email").trim() === "") details.push("no e-mail");
  const detail = details.filter((part) => part.trim() !== "").join(" · ");
  return el("li", {}, [
    checkbox(String(entry.row), ticked, [
      el("span", { className: "who" }, [name, detail && el("small", { text: detail })]),
    ]),
  ]);
}

/** The Roster's creators to tick, keeping the ticks of rows still there. */
export function renderRoster(panel: RecipientsPanel): void {
  const ticked = new Set(checkedValues(panel.list));
  panel.list.replaceChildren(
    ...panel.data.roster.rows.map((entry) => rosterItem(entry, ticked.has(String(entry.row)))),
  );
  filterRoster(panel);
}

export function renderFilters(panel: RecipientsPanel): void {
  const { statusBox, tierBox, data } = panel;
  const status = new Set(checkedValues(statusBox));
  const tier = new Set(checkedValues(tierBox));
  statusBox.replaceChildren(...data.lists.statuses.map((name) => checkbox(name, status.has(name), [name])));
  tierBox.replaceChildren(
    ...(data.lists.tiers.length > 0
      ? data.lists.tiers.map((name) => checkbox(name, tier.has(name), [name]))
      : [el("p", { className: "hint", text: "The Roster has no tiers yet." })]),
  );
}

export function filterRoster(panel: RecipientsPanel): void {
  const query = byId<HTMLInputElement>("roster-find").value.trim().toLowerCase();
  for (const item of panel.list.children) {
    (item as HTMLElement).hidden = query !== "" && !(item.textContent ?? "").toLowerCase().includes(query);
  }
}

/** The creators the current choice covers, counted here the way the server selects them. */
export function selected(panel: RecipientsPanel): RosterEntry[] {
  const { data } = panel;
  if (pickMode() === "rows") {
    const rows = new Set(checkedValues(panel.list).map(Number));
    return data.roster.rows.filter((entry) => rows.has(entry.row));
  }
  const status = new Set(checkedValues(panel.statusBox).map(nameKey));
  const tier = new Set(checkedValues(panel.tierBox).map(nameKey));
  if (status.size === 0 && tier.size === 0) return [];
  return data.roster.rows.filter(
    (entry) =>
      (status.size === 0 || status.has(nameKey(rosterValue(entry, "Status")))) &&
      (tier.size === 0 || tier.has(nameKey(rosterValue(entry, "Tier")))),
  );
}

export function updateCount(panel: RecipientsPanel): void {
  const chosen = selected(panel);
  const noEmail = chosen.filter((entry) => rosterValue(entry, "Email").trim() === "").length;
  panel.count.textContent =
    `${chosen.length} ${chosen.length === 1 ? "creator" : "creators"} selected` +
    (noEmail > 0 ? ` (${noEmail} without an e-mail address will be skipped).` : ".");
}

/** Switching between ticking and filtering, finding, ticking all shown or none: each recounts. */
export function bindPicker(panel: RecipientsPanel): void {
  const { list } = panel;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="pick"]')) {
    radio.addEventListener("change", () => {
      byId("pick-rows").hidden = pickMode() !== "rows";
      byId("pick-filter").hidden = pickMode() === "rows";
      updateCount(panel);
    });
  }
  byId("roster-find").addEventListener("input", () => filterRoster(panel));
  for (const box of [list, panel.statusBox, panel.tierBox])
    box.addEventListener("change", () => updateCount(panel));
  byId("roster-all").addEventListener("click", () => {
    for (const item of list.querySelectorAll<HTMLElement>("li:not([hidden]) input"))
      (item as HTMLInputElement).checked = true;
    updateCount(panel);
  });
  byId("roster-none").addEventListener("click", () => {
    for (const box of list.querySelectorAll<HTMLInputElement>("input")) box.checked = false;
    updateCount(panel);
  });
}
