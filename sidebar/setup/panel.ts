import type { Mapping, SetUpPlan } from "../../src/core/rpc/mapping";
import { busy, byId, el } from "../dom";
import { call } from "../rpc";
import { type SetUpChange, sheetSection } from "./sheetSection";

/**
 * The Set-up tab, the set-up's mapping step: the server plans the set-up with the choices made here
 * and writes nothing; "Save & set up" stores them in Settings › Mapping and runs the set-up.
 */

interface SetUpState {
  plan: SetUpPlan | null;
  mapping: Mapping;
  /** Each plan request's number: an answer to an older one is dropped. */
  asked: number;
}

/** The mapping with one change: another tab starts that sheet's columns and values afresh. */
function changed(mapping: Mapping, change: SetUpChange): Mapping {
  const entry = mapping[change.sheet] ?? {};
  if (change.kind === "tab") return { ...mapping, [change.sheet]: { tab: change.tab } };
  if (change.kind === "column")
    return {
      ...mapping,
      [change.sheet]: { ...entry, columns: { ...entry.columns, [change.field]: change.column } },
    };
  const values = entry.values?.[change.field] ?? {};
  return {
    ...mapping,
    [change.sheet]: {
      ...entry,
      values: { ...entry.values, [change.field]: { ...values, [change.team]: change.ours } },
    },
  };
}

export function setUpSetUp(): void {
  const panel = byId("panel-setup");
  const intro = byId("setup-intro");
  const sheets = byId("setup-sheets");
  const error = byId("setup-error");
  const save = byId<HTMLButtonElement>("setup-save");
  const result = byId("setup-result");
  const state: SetUpState = { plan: null, mapping: {}, asked: 0 };

  const showError = (message: string) => {
    error.replaceChildren(el("span", { className: "error", text: message }));
    error.focus();
  };

  const render = (plan: SetUpPlan) => {
    state.plan = plan;
    state.mapping = plan.mapping;
    intro.textContent = plan.needsChoice
      ? "Nothing has been written yet. Check which of your tabs and columns play each part, then save."
      : "Every sheet is mapped. Change a choice here, or save to run the set-up with these choices.";
    // A re-render after a change keeps the focus on the select the person just used.
    const focused = document.activeElement?.id;
    sheets.replaceChildren(...plan.sheets.map((sheet) => sheetSection(sheet, onChange)));
    if (focused) document.getElementById(focused)?.focus();
  };

  const plan = async (mapping: Mapping) => {
    const asked = ++state.asked;
    const answer = await call("sidebarPlanSetUp", { mapping });
    if (asked !== state.asked) return;
    if (!answer.ok) return showError(answer.error.message);
    error.replaceChildren();
    render(answer.value);
  };

  const onChange = (change: SetUpChange) => {
    result.replaceChildren();
    void busy([save], panel, () => plan(changed(state.mapping, change)));
  };

  save.addEventListener("click", () => {
    void busy([save], panel, async () => {
      const answer = await call("sidebarSaveSetUp", { mapping: state.mapping });
      if (!answer.ok) return showError(answer.error.message);
      error.replaceChildren();
      render(answer.value.plan);
      result.replaceChildren(
        el("p", { className: "msg" }, [el("span", { className: "ok", text: answer.value.summary })]),
      );
      result.focus();
    });
  });

  // The plan reads every tab: it is asked for when the tab is first shown, not on every sidebar open.
  const load = () => {
    if (panel.hidden || state.plan || state.asked > 0) return;
    void busy([save], panel, () => plan({}));
  };
  new MutationObserver(load).observe(panel, { attributes: true, attributeFilter: ["hidden"] });
  load();
}
