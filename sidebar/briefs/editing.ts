import { byId } from "../dom";
import { filterCreators, renderPreviewChoices } from "./creators";
import { campaignOf, fillDisclosure, followPlatforms, update } from "./liveCheck";
import type { BriefsPanel } from "./panel";

/** Typing, leaving a field, adding and removing list items: each re-checks the form. */
export function bindEditing(panel: BriefsPanel): void {
  const { form, formEl, state } = panel;
  formEl.addEventListener("input", (event) => {
    const target = event.target as HTMLElement;
    if (target.dataset.path) state.touched.add(target.dataset.path);
    if (target.dataset.part === "platform") followPlatforms(panel);
    update(panel);
  });
  formEl.addEventListener("focusout", (event) => {
    const path = (event.target as HTMLElement).dataset.path;
    if (path && !state.touched.has(path)) {
      state.touched.add(path);
      update(panel);
    }
  });
  formEl.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-remove]");
    if (!button) return;
    const list = button.dataset.remove === "keyMessages" ? "keyMessages" : "deliverables";
    const next = form.remove(list, Number(button.dataset.index));
    state.touched.add(list);
    if (list === "deliverables") followPlatforms(panel);
    update(panel);
    next.focus();
  });
  bindListButtons(panel);
  bindCampaign(panel);
}

function bindListButtons(panel: BriefsPanel): void {
  byId("add-key-message").addEventListener("click", () => {
    panel.form.addKeyMessage()?.focus();
    update(panel);
  });
  byId("add-deliverable").addEventListener("click", () => {
    const next = panel.form.addDeliverable();
    followPlatforms(panel);
    update(panel);
    next?.focus();
  });
  byId("fill-disclosure").addEventListener("click", () => {
    fillDisclosure(panel);
    update(panel);
  });
}

/** A campaign from the Campaigns sheet brings its objective, when the user has not chosen one. */
function bindCampaign(panel: BriefsPanel): void {
  const { form, data } = panel;
  form.control("campaign").addEventListener("change", () => {
    const campaign = campaignOf(data, form.control("campaign").value);
    const objective = form.control("objective");
    if (campaign && objective.value === "" && data.lists.objectives.includes(campaign.objective)) {
      objective.value = campaign.objective;
      update(panel);
    }
  });
}

/** Finding and ticking creators: the preview can be personalised for any ticked one. */
export function bindCreators(panel: BriefsPanel): void {
  byId("brief-creator-find").addEventListener("input", () => filterCreators(panel));
  panel.creatorList.addEventListener("change", () => {
    renderPreviewChoices(panel);
    update(panel);
  });
  panel.previewFor.addEventListener("change", () => update(panel));
}
