import type { Brief } from "../../src/core/brief/schema";
import type { CreatedDoc } from "../../src/core/rpc/types";
import { busy, el } from "../dom";
import { call } from "../rpc";
import { chosenRows, renderLists } from "./creators";
import { update } from "./liveCheck";
import { load, loadBlank } from "./load";
import type { BriefsPanel } from "./panel";

const problems = (count: number) => (count === 1 ? "problem" : `${count} problems`);

/** Shows a server error beside its field when the form has one, else under the buttons. */
function reportServerError(
  panel: BriefsPanel,
  error: { message: string; field?: string },
  action: string,
): void {
  panel.actionMsg.replaceChildren();
  const control = panel.board.add({ field: error.field ?? "", message: error.message, level: "error" });
  if (control) {
    panel.actionMsg.append(
      el("span", { className: "error", text: `${action}: see the message by the field.` }),
    );
    control.focus();
  }
}

/** Open: a saved brief or a new one, asking once before unsaved changes are dropped. */
export function bindOpen(panel: BriefsPanel): void {
  const { openButton, openSelect, openMsg, state } = panel;
  openButton.addEventListener("click", async () => {
    openMsg.replaceChildren();
    if (JSON.stringify(panel.form.read()) !== state.saved && !state.discardArmed) {
      state.discardArmed = true;
      openMsg.append(
        el("span", {
          className: "warning",
          text: "This brief has unsaved changes. Save it, or press Open again to discard them.",
        }),
      );
      return;
    }
    const id = openSelect.value;
    if (id === "") {
      loadBlank(panel);
      return;
    }
    const result = await busy([openButton], openSelect, () => call("sidebarOpenBrief", { id }));
    if (result.ok) load(panel, result.value);
    else openMsg.append(el("span", { className: "error", text: result.error.message }));
  });
}

/** Save stores the brief it shows; Save as new stores a copy under a new id. */
type SaveAs = "this brief" | "a new brief";

/**
 * Stores the form on the Briefs sheet and returns it as saved, or null after showing why not. Save
 * and Create Google Doc both go through here, so the Doc and the sheet agree.
 */
async function saveForm(panel: BriefsPanel, as: SaveAs): Promise<Brief | null> {
  const { form, actionMsg, state } = panel;
  actionMsg.replaceChildren(el("span", { text: "Saving…" }));
  const brief = { ...form.read(), ...(as === "a new brief" ? { id: "" } : {}) };
  const result = await busy(panel.buttons, panel.formEl, () => call("sidebarSaveBrief", { brief }));
  if (!result.ok) {
    reportServerError(panel, result.error, "Not saved");
    return null;
  }
  form.id = result.value.brief.id;
  form.updatedAt = result.value.brief.updatedAt;
  state.saved = JSON.stringify(form.read());
  state.discardArmed = false;
  panel.data.briefs = result.value.briefs;
  renderLists(panel);
  panel.openSelect.value = form.id;
  return result.value.brief;
}

/** Save stores the brief even with problems, and says how many are left before it goes out. */
export function bindSave(panel: BriefsPanel): void {
  const { formEl, actionMsg, state } = panel;
  const submit = async (as: SaveAs) => {
    state.submitted = true;
    update(panel);
    if (panel.form.read().campaign.trim() === "") {
      actionMsg.replaceChildren(
        el("span", {
          className: "error",
          text: "Not saved: add the campaign name first; saved briefs are listed by it.",
        }),
      );
      panel.form.control("campaign").focus();
      return;
    }
    const saved = await saveForm(panel, as);
    if (!saved) return;
    actionMsg.replaceChildren(
      el("span", { className: "ok", text: `Saved as ${saved.id} on the Briefs sheet.` }),
    );
    if (state.errors.length > 0) {
      actionMsg.append(
        el("span", {
          className: "warning",
          text: `Before it goes to creators, fix the ${problems(state.errors.length)} marked in red.`,
        }),
      );
      // As Create Google Doc does: the note under the buttons is far from the first field to fix.
      panel.formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  };
  formEl.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit("this brief");
  });
  panel.saveNewButton.addEventListener("click", () => void submit("a new brief"));
}

/**
 * Create Google Doc refuses a brief with problems; otherwise saves it, then makes one Doc (or one
 * per ticked creator) from the brief as saved.
 */
export function bindDocButton(panel: BriefsPanel): void {
  const { actionMsg, state } = panel;
  panel.docButton.addEventListener("click", async () => {
    state.submitted = true;
    update(panel);
    panel.links.replaceChildren();
    if (state.errors.length > 0) {
      actionMsg.replaceChildren(
        el("span", {
          className: "error",
          text: `Fix the ${problems(state.errors.length)} marked in red before making the Doc.`,
        }),
      );
      panel.formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const brief = await saveForm(panel, "this brief");
    if (!brief) return;
    const rows = chosenRows(panel);
    actionMsg.replaceChildren(
      el("span", {
        text: `Saved as ${brief.id}. ${rows.length > 1 ? `Creating ${rows.length} Docs…` : "Creating the Doc…"}`,
      }),
    );
    const result = await busy(panel.buttons, panel.formEl, () =>
      call("sidebarCreateBriefDocs", { brief, rows }),
    );
    if (result.ok) showDocs(panel, brief, result.value);
    else reportServerError(panel, result.error, "No Doc was made");
  });
}

function showDocs(panel: BriefsPanel, brief: Brief, docs: CreatedDoc[]): void {
  panel.actionMsg.replaceChildren(
    el("span", {
      className: "ok",
      text: `Saved as ${brief.id} and created ${docs.length === 1 ? "a Google Doc" : `${docs.length} Google Docs`} from it:`,
    }),
  );
  if (docs.some((doc) => doc.handle !== "")) {
    panel.actionMsg.append(
      el("span", {
        text: "Each creator's link is also in the Roster's Brief link column, for {{brief link}} in the Brief delivery e-mail.",
      }),
    );
  }
  panel.links.replaceChildren(
    ...docs.map((doc) =>
      el("li", {}, [
        /^https?:\/\//.test(doc.url)
          ? el("a", {
              text: doc.title,
              attrs: { href: doc.url, target: "_blank", rel: "noopener noreferrer" },
            })
          : el("span", { text: doc.title }),
        doc.deliverablesFrom === "sheet" &&
          el("small", { text: " (deliverables from the Deliverables sheet)" }),
        doc.note && el("small", { className: "warning", text: ` ${doc.note}` }),
      ]),
    ),
  );
}
