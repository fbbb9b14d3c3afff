import type { DraftPreview } from "../../src/core/rpc/types";
import { el } from "../dom";
import { blankFields, resultList } from "./draftReport";

const drafts = (n: number) => `${n} ${n === 1 ? "draft" : "drafts"}`;

/**
 * The step before "Create Gmail drafts" does anything: who gets a draft (name, e-mail, template) and
 * who is skipped and why, as the server would decide now, with the merge fields blank for each creator. Resolves true when the user confirms.
 */
export function confirmDrafts(target: HTMLElement, preview: DraftPreview): Promise<boolean> {
  const count = preview.drafts.length;
  const gets = preview.drafts.map((draft) =>
    el("li", { className: "result" }, [
      `${draft.name || draft.handle || `Row ${draft.row}`}${draft.name && draft.handle ? ` (${draft.handle})` : ""}`,
      el("small", { text: draft.email }),
      blankFields(draft.emptyFields),
    ]),
  );
  const skipped = preview.skipped.map((skip) =>
    el("li", { className: "result" }, [
      `${skip.handle || "No handle"} (row ${skip.row})`,
      el("small", { text: skip.reason }),
    ]),
  );
  const confirm = el("button", {
    className: "primary",
    text: count === 0 ? "Nothing to draft" : `Create ${drafts(count)}`,
    attrs: { type: "button", id: "drafts-confirm" },
  });
  confirm.disabled = count === 0;
  const cancel = el("button", {
    className: "secondary",
    text: "Cancel",
    attrs: { type: "button", id: "drafts-cancel" },
  });
  const heading = el("h3", {
    className: "results-heading",
    text: `${drafts(count)} with "${preview.template}"`,
    attrs: { id: "drafts-confirm-heading", tabindex: "-1" },
  });
  target.replaceChildren(
    el("div", { attrs: { role: "group", "aria-labelledby": "drafts-confirm-heading" } }, [
      heading,
      el("p", {
        className: "hint",
        text: `Nothing is sent: each draft waits in Gmail's Drafts. ${preview.quota.left} of today's ${preview.quota.cap} left (Settings › Drafts per day).`,
      }),
      ...(gets.length > 0 ? resultList("Gets a draft", gets) : []),
      ...(skipped.length > 0 ? resultList("Skipped", skipped) : []),
      el("div", { className: "actions" }, [confirm, cancel]),
    ]),
  );
  heading.focus();
  return new Promise((resolve) => {
    confirm.addEventListener(
      "click",
      () => {
        confirm.disabled = true;
        cancel.disabled = true;
        resolve(true);
      },
      { once: true },
    );
    cancel.addEventListener(
      "click",
      () => {
        target.replaceChildren();
        resolve(false);
      },
      { once: true },
    );
  });
}
