import type { DraftAllowance, DraftOutcome } from "../../src/core/rpc/types";
import { el } from "../dom";

export function showQuota(target: HTMLElement, quota: DraftAllowance | null): void {
  target.textContent =
    quota === null
      ? ""
      : `${quota.left} more ${quota.left === 1 ? "draft" : "drafts"} today under your cap of ${quota.cap} (Settings › Drafts per day). Drafts are never sent.`;
}

function resultList(heading: string, items: HTMLElement[]): HTMLElement[] {
  return [
    el("h3", { className: "results-heading", text: `${heading} (${items.length})` }),
    el("ul", { className: "results" }, items),
  ];
}

/** Which creators got a draft (and which merge fields were blank), which were skipped and why, and notes. */
export function showOutcome(target: HTMLElement, outcome: DraftOutcome): void {
  const sections: HTMLElement[] = [];
  if (outcome.created.length > 0) {
    const items = outcome.created.map((draft) =>
      el("li", { className: "result" }, [
        `${draft.handle || `Row ${draft.row}`}: draft ${draft.draftId}`,
        draft.emptyFields.length > 0 &&
          el("small", { text: `Blank: ${draft.emptyFields.map((field) => `{{${field}}}`).join(", ")}` }),
      ]),
    );
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
