import { formatDate } from "./dates";
import type { Brief, BriefDeliverable } from "./schema";

export type BriefSection = { heading: string; paragraphs: string[] } | { heading: string; items: string[] };

/** What the sidebar shows (as text, never HTML) and what the Doc export writes. */
export interface BriefPreview {
  title: string;
  /** Paragraphs above the first section: the greeting when the brief is for one creator. */
  intro: string[];
  sections: BriefSection[];
}

export interface BriefRecipient {
  name: string;
  handle: string;
  /** Only these deliverables are shown when given: the ones this creator owes. */
  deliverables?: BriefDeliverable[];
  /** Where `deliverables` come from: the creator's rows on the Deliverables sheet, or the brief. */
  source?: "sheet" | "brief";
  /** The disclosure for this creator's platforms, in place of the brief's. */
  disclosure?: string;
}

const present = (texts: string[]) => texts.map((text) => text.trim()).filter((text) => text !== "");
const prefixed = (mark: string) => (text: string) => (text.startsWith(mark) ? text : `${mark}${text}`);
const paragraphsOf = (text: string) => present(text.split(/\n\s*\n/));

/** `locale` is the spreadsheet's ("en_US"), which decides how dates read; see formatDate. */
export function renderBrief(brief: Brief, locale: string, creator?: BriefRecipient): BriefPreview {
  const date = (text: string) => formatDate(text, locale);
  const campaign = brief.campaign.trim();
  const title = campaign === "" ? "Creator brief" : `${campaign}: creator brief`;
  const intro = creator ? greeting(brief, creator) : [];
  const deliverables = creator?.deliverables ?? brief.deliverables;
  const sections: BriefSection[] = [
    {
      heading: "About the campaign",
      paragraphs: [
        ...present([
          brief.product.trim() && `Product: ${brief.product.trim()}`,
          brief.objective && `Objective: ${brief.objective}`,
        ]),
        ...paragraphsOf(brief.summary),
      ],
    },
    { heading: "Key messages", items: present(brief.keyMessages) },
    {
      heading: creator ? "Your deliverables" : "Deliverables",
      items: deliverables.map((deliverable) => describeDeliverable(deliverable, locale)),
    },
    {
      heading: "Timeline",
      items: present([
        brief.timeline.draftDue && `Draft due: ${date(brief.timeline.draftDue)}`,
        brief.timeline.approval && `Approval by: ${date(brief.timeline.approval)}`,
        brief.timeline.goLive && `Go live: ${date(brief.timeline.goLive)}`,
      ]),
    },
    { heading: "Must include", items: mustInclude(brief, creator?.disclosure) },
    {
      heading: "Please avoid",
      items: present([
        brief.avoid.competitorMentions.trim() && `Competitors: ${brief.avoid.competitorMentions.trim()}`,
        brief.avoid.claims.trim() && `Claims: ${brief.avoid.claims.trim()}`,
      ]),
    },
    { heading: "Compensation", paragraphs: paragraphsOf(brief.compensation) },
    { heading: "Usage rights", paragraphs: paragraphsOf(brief.usageRights) },
    { heading: "Creative freedom", paragraphs: paragraphsOf(brief.creativeFreedom) },
  ];
  return { title, intro, sections: sections.filter(hasContent) };
}

function greeting(brief: Brief, creator: BriefRecipient): string[] {
  const name = creator.name.trim();
  const handle = creator.handle.trim() === "" ? "" : prefixed("@")(creator.handle.trim());
  const who = [name, handle && (name ? `(${handle})` : handle)].filter((part) => part !== "").join(" ");
  const campaign = brief.campaign.trim();
  // Rows of the Deliverables sheet replace the brief's list: the Doc says so, for whoever checks it.
  return present([
    who === "" ? "Hi," : `Hi ${who},`,
    `Here is your brief${campaign ? ` for ${campaign}` : ""}. Everything you need is below; reply with any questions.`,
    creator.source === "sheet" ? `Deliverables from the Deliverables sheet for ${name || handle}.` : "",
  ]);
}

function describeDeliverable(deliverable: BriefDeliverable, locale: string): string {
  const format = deliverable.format.trim() || "Post";
  const platform =
    deliverable.platform === "Other" || format.includes(deliverable.platform)
      ? ""
      : ` on ${deliverable.platform}`;
  const due = deliverable.dueDate ? `, due ${formatDate(deliverable.dueDate, locale)}` : "";
  return `${deliverable.quantity} × ${format}${platform}${due}`;
}

function mustInclude(brief: Brief, disclosure = brief.mandatory.disclosure): string[] {
  const { hashtags, handlesToTag, linkOrPromo } = brief.mandatory;
  const tags = present(hashtags).map(prefixed("#"));
  const handles = present(handlesToTag).map(prefixed("@"));
  return present([
    ...present(disclosure.split("\n")).map((line) => `Disclosure: ${line}`),
    tags.length > 0 ? `Hashtags: ${tags.join(" ")}` : "",
    handles.length > 0 ? `Tag: ${handles.join(" ")}` : "",
    linkOrPromo.trim() && `Link or promo code: ${linkOrPromo.trim()}`,
  ]);
}

function hasContent(section: BriefSection): boolean {
  return "items" in section ? section.items.length > 0 : section.paragraphs.length > 0;
}
