import { blankBrief } from "../../src/core/brief/blank";
import type { Brief } from "../../src/core/brief/schema";
import { disclosureFor } from "../../src/core/disclosure/platforms";
import { update } from "./liveCheck";
import type { BriefsPanel } from "./panel";

/** Puts `brief` in the form as a fresh start: nothing touched, nothing unsaved, no old messages. */
export function load(panel: BriefsPanel, brief: Brief): void {
  const { form, state } = panel;
  form.write(brief);
  state.autoDisclosure = disclosureFor(brief.deliverables.map((deliverable) => deliverable.platform));
  state.touched.clear();
  state.submitted = false;
  state.saved = JSON.stringify(form.read());
  state.discardArmed = false;
  panel.links.replaceChildren();
  panel.actionMsg.replaceChildren();
  update(panel);
}

/** A new brief on the first platform the spreadsheet lists. */
export function loadBlank(panel: BriefsPanel): void {
  load(panel, blankBrief(panel.data.lists.platforms[0] ?? "Instagram"));
}
