import { checkBrief } from "../../src/core/brief/checks";
import { formatDate } from "../../src/core/brief/dates";
import type { FieldError } from "../../src/core/brief/fieldErrors";
import { recipientFor } from "../../src/core/brief/recipients";
import { type BriefRecipient, renderBrief } from "../../src/core/brief/render";
import type { Brief } from "../../src/core/brief/schema";
import { compileVocabulary, ftcVocabulary, type Vocabulary } from "../../src/core/disclosure/compile";
import { disclosureFor } from "../../src/core/disclosure/platforms";
import type { CampaignInfo, SidebarData } from "../../src/core/rpc/types";
import { byId } from "../dom";
import type { Message } from "../messages";
import { creatorAt } from "./creators";
import type { BriefsPanel } from "./panel";
import { showPreview } from "./preview";

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export const campaignOf = (data: SidebarData, name: string): CampaignInfo | undefined =>
  data.campaigns.find((campaign) => sameName(campaign.name, name));

const vocabularies = new WeakMap<SidebarData, Vocabulary>();

/** The team's disclosure terms, compiled once per load rather than on every keystroke. */
function vocabularyOf(data: SidebarData): Vocabulary {
  let vocabulary = vocabularies.get(data);
  if (vocabulary === undefined) {
    vocabulary = data.disclosureTerms === null ? ftcVocabulary() : compileVocabulary(data.disclosureTerms);
    vocabularies.set(data, vocabulary);
  }
  return vocabulary;
}

/** Messages wait until the user has been to the field (or its list), or has pressed Save. */
function shown(panel: BriefsPanel, field: string): boolean {
  return (
    panel.state.submitted ||
    [...panel.state.touched].some(
      (path) => path === field || path.startsWith(`${field}.`) || field.startsWith(`${path}.`),
    )
  );
}

/** Checks the schema cannot run here (zod stays on the server), with the server's wording. */
function quantityErrors(brief: Brief, max: number): FieldError[] {
  return brief.deliverables.flatMap((deliverable, index) =>
    Number.isInteger(deliverable.quantity) && deliverable.quantity >= 1 && deliverable.quantity <= max
      ? []
      : [
          {
            field: `deliverables.${index}.quantity`,
            message: `Quantity must be a whole number from 1 to ${max}.`,
          },
        ],
  );
}

function showCampaignHint(campaign: CampaignInfo | undefined, locale: string): void {
  byId("campaign-hint").textContent =
    campaign && (campaign.start || campaign.end)
      ? `Runs ${formatDate(campaign.start, locale) || "?"} to ${formatDate(campaign.end, locale) || "?"}; dates must fall inside.`
      : "Pick one from the Campaigns sheet or type a new name.";
}

/** Re-checks the form, shows the messages the user should see now, and redraws the preview. */
export function update(panel: BriefsPanel): void {
  const { data, state } = panel;
  const brief = panel.form.read();
  const campaign = campaignOf(data, brief.campaign);
  showCampaignHint(campaign, data.locale);
  const check = checkBrief(brief, {
    campaign,
    today: data.today,
    locale: data.locale,
    vocabulary: vocabularyOf(data),
  });
  state.errors = [...check.errors, ...quantityErrors(brief, data.limits.quantity)];
  const messages: Message[] = [
    ...state.errors
      .filter((error) => shown(panel, error.field))
      .map((error) => ({ ...error, level: "error" as const })),
    // Warnings wait like errors do: an untouched form is not yet wrong about anything.
    ...check.warnings
      .filter((warning) => shown(panel, warning.field))
      .map((warning) => ({ ...warning, level: "warning" as const })),
  ];
  panel.board.show(messages);
  const row = Number(panel.previewFor.value);
  const creator = row ? creatorAt(data, row) : undefined;
  const recipient = creator && recipientFor(brief, creator, data.deliverables);
  byId("brief-preview-source").textContent = recipient ? deliverablesSource(brief, recipient) : "";
  showPreview(byId("brief-preview"), renderBrief(brief, data.locale, recipient));
}

/** Says where a personalised brief's deliverables come from, so a coordinator can check them. */
export function deliverablesSource(brief: Brief, recipient: BriefRecipient): string {
  const who = recipient.name || recipient.handle || "This creator";
  const campaign = brief.campaign.trim() || "this campaign";
  return recipient.source === "sheet"
    ? `${who}'s deliverables come from the Deliverables sheet: their rows for ${campaign} not due before the draft.`
    : `${who} has no rows for ${campaign} on the Deliverables sheet due from the draft date on, so the brief's deliverables are shown.`;
}

const disclosureForForm = (panel: BriefsPanel) =>
  disclosureFor(panel.form.read().deliverables.map((deliverable) => deliverable.platform));

/** Writes the disclosure for the form's platforms, over whatever the field holds. */
export function fillDisclosure(panel: BriefsPanel): void {
  const wanted = disclosureForForm(panel);
  panel.form.control("mandatory.disclosure").value = wanted;
  panel.state.autoDisclosure = wanted;
}

/** After a platform changes: refills the disclosure unless the user has written their own. */
export function followPlatforms(panel: BriefsPanel): void {
  if (panel.form.control("mandatory.disclosure").value === panel.state.autoDisclosure) fillDisclosure(panel);
  else panel.state.autoDisclosure = disclosureForForm(panel);
}
