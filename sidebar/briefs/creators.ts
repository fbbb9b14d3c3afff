import { formatDate } from "../../src/core/brief/dates";
import { rosterValue } from "../../src/core/brief/recipients";
import type { BriefSummary, RosterEntry, SidebarData } from "../../src/core/rpc/types";
import { byId, el, option, setOptions } from "../dom";
import type { BriefsPanel } from "./panel";

export const creatorAt = (data: SidebarData, row: number): RosterEntry | undefined =>
  data.roster.rows.find((entry) => entry.row === row);

/** The Roster rows ticked for personalised Docs. */
export const chosenRows = (panel: BriefsPanel): number[] =>
  [...panel.creatorList.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => Number(box.value));

function creatorItem(entry: RosterEntry, checked: boolean): HTMLElement {
  const box = el("input", { attrs: { type: "checkbox", value: String(entry.row) } });
  box.checked = checked;
  const name = rosterValue(entry, "Creator") || rosterValue(entry, "Handle") || `Row ${entry.row}`;
  const handle = rosterValue(entry, "Handle");
  return el("li", {}, [
    el("label", { className: "check" }, [
      box,
      el("span", { className: "who" }, [name, handle && el("small", { text: handle })]),
    ]),
  ]);
}

/** "Spring Glow · Mar 15, 2025 · B1": campaign first, then the day it was last saved, short enough for 300 px. */
function savedLabel(brief: BriefSummary, locale: string): string {
  const saved = formatDate(brief.updatedAt.slice(0, 10), locale);
  return [brief.campaign || "Untitled", saved, brief.id].filter((part) => part !== "").join(" · ");
}

/** The campaign suggestions, the saved briefs to open and the creators to tick, from `panel.data`. */
export function renderLists(panel: BriefsPanel): void {
  const { data } = panel;
  byId("campaign-list").replaceChildren(
    ...data.campaigns.map((campaign) => option(campaign.name, campaign.name)),
  );
  setOptions(panel.openSelect, [
    option("", "New brief"),
    ...data.briefs.map((brief) => option(brief.id, savedLabel(brief, data.locale))),
  ]);
  const chosen = new Set(chosenRows(panel));
  panel.creatorList.replaceChildren(
    ...data.roster.rows.map((entry) => creatorItem(entry, chosen.has(entry.row))),
  );
  filterCreators(panel);
}

export function filterCreators(panel: BriefsPanel): void {
  const query = byId<HTMLInputElement>("brief-creator-find").value.trim().toLowerCase();
  for (const item of panel.creatorList.children) {
    (item as HTMLElement).hidden = query !== "" && !(item.textContent ?? "").toLowerCase().includes(query);
  }
}

/** The preview can be personalised for any ticked creator. */
export function renderPreviewChoices(panel: BriefsPanel): void {
  const options = [option("", "Any creator (not personalised)")];
  for (const row of chosenRows(panel)) {
    const entry = creatorAt(panel.data, row);
    if (!entry) continue;
    const name = rosterValue(entry, "Creator");
    const handle = rosterValue(entry, "Handle");
    options.push(option(String(row), [name, handle].filter((part) => part !== "").join(" ") || `Row ${row}`));
  }
  setOptions(panel.previewFor, options);
}
