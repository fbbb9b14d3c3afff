import { asFields } from "../../src/core/outreach/merge";
import type { DraftAllowance, DraftOutcome } from "../../src/core/rpc/types";
import { el } from "../dom";

export function showQuota(target: HTMLElement, quota: DraftAllowance | null): void {
  target.textContent =
    quota === null
      ? ""
      : `${quota.left} more ${quota.left === 1 ? "draft" : "drafts"} today under your cap of ${quota.cap} (Settings › Drafts per day). Drafts are never sent.`;
}

export function resultList(heading: string, items: HTMLElement[]): HTMLElement[] {
  return [
    el("h3", { className: "results-heading", text: `${heading} (${items.length})` }),
    el("ul", { className: "results" }, items),
  ];
}

/** Merge fields blank for one creator: the draft has nothing there, worth a look before it is made or sent. */
export function blankFields(fields: string[]): HTMLElement | false {
  return fields.length > 0 && el("small", { text: `Blank for this creator: ${asFields(fields)}` });
}

/** "Outreach log" in a result: the server shows the sheet (the page cannot link into the spreadsheet). */
function logButton(openLog: () => void): HTMLButtonElement {
  const button = el("button", { className: "link", text: "Outreach log", attrs: { type: "button" } });
  button.addEventListener("click", openLog);
  return button;
}

function createdItem(draft: DraftOutcome["created"][number], openLog: () => void): HTMLElement {
  const who = draft.name || draft.handle || `Row ${draft.row}`;
  const link = el("a", {
    text: "Open in Gmail",
    attrs: {
      href: draft.url,
      target: "_blank",
      rel: "noopener",
      "aria-label": `Open the draft to ${who} in Gmail`,
    },
  });
  return el("li", { className: "result" }, [
    `${who}${draft.name && draft.handle ? ` (${draft.handle})` : ""}`,
    el("small", { text: draft.email }),
    blankFields(draft.emptyFields),
    el("span", { className: "result-links" }, [link, logButton(openLog)]),
  ]);
}

/**
 * Which creators got a draft (name, e-mail, links to the draft and the Outreach log, blank merge
 * fields), which were skipped and why, and notes.
 */
export function showOutcome(target: HTMLElement, outcome: DraftOutcome, openLog: () => void): void {
  const sections: HTMLElement[] = [];
  if (outcome.created.length > 0) {
    const items = outcome.created.map((draft) => createdItem(draft, openLog));
    sections.push(...resultList("Drafted", items));
  }
  if (outcome.skipped.length > 0) {
    const items = outcome.skipped.map((skip) =>
      el("li", { className: "result" }, [
        `${skip.handle || "No handle"} (row ${skip.row})`,
        el("small", { text: skip.reason }),
      ]),
    );
    sections.push(...resultList("Skipped", items));
  }
  for (const note of outcome.notes)
    sections.push(el("p", { className: "msg" }, [el("span", { className: "warning", text: note })]));
  target.replaceChildren(...sections);
}
