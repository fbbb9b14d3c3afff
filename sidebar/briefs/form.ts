import type { Brief, BriefDeliverable } from "../../src/core/brief/schema";
import { byId, el, option } from "../dom";

type Platform = BriefDeliverable["platform"];

/** The brief's single-text fields, by the dotted path that errors use. */
const TEXT_FIELDS = [
  "campaign",
  "product",
  "objective",
  "summary",
  "mandatory.disclosure",
  "mandatory.linkOrPromo",
  "avoid.competitorMentions",
  "avoid.claims",
  "timeline.draftDue",
  "timeline.approval",
  "timeline.goLive",
  "compensation",
  "usageRights",
  "creativeFreedom",
] as const;

type TextField = (typeof TEXT_FIELDS)[number];

export interface FormLimits {
  short: number;
  medium: number;
  long: number;
  summary: number;
  keyMessage: number;
  keyMessages: number;
  deliverables: number;
  quantity: number;
}

const splitTags = (text: string) => text.split(/[\s,]+/).filter((tag) => tag !== "");

/** Reads and fills the brief form; the DOM holds the truth while the user edits. */
export class BriefForm {
  id = "";
  updatedAt = "";
  private readonly form = byId<HTMLFormElement>("brief-form");
  private readonly keyMessages = byId("key-messages");
  private readonly deliverables = byId("deliverables");

  constructor(
    private readonly platforms: readonly string[],
    private readonly limits: FormLimits,
  ) {
    const maxLength: Partial<Record<TextField, number>> = {
      campaign: limits.short,
      product: limits.short,
      summary: limits.summary,
      "mandatory.disclosure": limits.medium,
      "mandatory.linkOrPromo": limits.medium,
      "avoid.competitorMentions": limits.medium,
      "avoid.claims": limits.long,
      compensation: limits.medium,
      usageRights: limits.long,
      creativeFreedom: limits.long,
    };
    for (const [path, max] of Object.entries(maxLength)) {
      this.control(path).setAttribute("maxlength", String(max));
    }
  }

  control(path: string): HTMLInputElement {
    const node = [...this.form.querySelectorAll<HTMLInputElement>("[data-path]")].find(
      (candidate) => candidate.dataset.path === path,
    );
    if (!node) throw new Error(`The brief form has no field ${path}.`);
    return node;
  }

  read(): Brief {
    const text = (path: TextField) => this.control(path).value;
    const keyMessages = [...this.keyMessages.querySelectorAll("textarea")].map((node) => node.value);
    const deliverables = [...this.deliverables.querySelectorAll<HTMLElement>(".item")].map((item) => {
      const part = (name: string) =>
        item.querySelector<HTMLInputElement>(`[data-part="${name}"]`)?.value ?? "";
      const quantity = Number(part("quantity"));
      return {
        platform: part("platform") as Platform,
        format: part("format"),
        quantity: part("quantity").trim() === "" || !Number.isFinite(quantity) ? 0 : quantity,
        dueDate: part("dueDate"),
      };
    });
    return {
      id: this.id,
      campaign: text("campaign"),
      product: text("product"),
      objective: text("objective") as Brief["objective"],
      summary: text("summary"),
      keyMessages,
      deliverables,
      mandatory: {
        disclosure: text("mandatory.disclosure"),
        hashtags: splitTags(this.control("mandatory.hashtags").value),
        handlesToTag: splitTags(this.control("mandatory.handlesToTag").value),
        linkOrPromo: text("mandatory.linkOrPromo"),
      },
      avoid: { competitorMentions: text("avoid.competitorMentions"), claims: text("avoid.claims") },
      timeline: {
        draftDue: text("timeline.draftDue"),
        approval: text("timeline.approval"),
        goLive: text("timeline.goLive"),
      },
      compensation: text("compensation"),
      usageRights: text("usageRights"),
      creativeFreedom: text("creativeFreedom"),
      updatedAt: this.updatedAt,
    };
  }

  write(brief: Brief): void {
    this.id = brief.id;
    this.updatedAt = brief.updatedAt;
    const values: Record<TextField, string> = {
      campaign: brief.campaign,
      product: brief.product,
      objective: brief.objective,
      summary: brief.summary,
      "mandatory.disclosure": brief.mandatory.disclosure,
      "mandatory.linkOrPromo": brief.mandatory.linkOrPromo,
      "avoid.competitorMentions": brief.avoid.competitorMentions,
      "avoid.claims": brief.avoid.claims,
      "timeline.draftDue": brief.timeline.draftDue,
      "timeline.approval": brief.timeline.approval,
      "timeline.goLive": brief.timeline.goLive,
      compensation: brief.compensation,
      usageRights: brief.usageRights,
      creativeFreedom: brief.creativeFreedom,
    };
    for (const path of TEXT_FIELDS) this.control(path).value = values[path];
    this.control("mandatory.hashtags").value = brief.mandatory.hashtags.join(" ");
    this.control("mandatory.handlesToTag").value = brief.mandatory.handlesToTag.join(" ");
    this.renderKeyMessages(brief.keyMessages);
    this.renderDeliverables(brief.deliverables);
  }

  addKeyMessage(): HTMLElement | null {
    const brief = this.read();
    if (brief.keyMessages.length >= this.limits.keyMessages) return null;
    this.renderKeyMessages([...brief.keyMessages, ""]);
    return this.keyMessages.querySelector<HTMLElement>(".item:last-child textarea");
  }

  addDeliverable(): HTMLElement | null {
    const brief = this.read();
    if (brief.deliverables.length >= this.limits.deliverables) return null;
    const last = brief.deliverables[brief.deliverables.length - 1];
    this.renderDeliverables([
      ...brief.deliverables,
      { platform: last?.platform ?? "Instagram", format: "", quantity: 1, dueDate: "" },
    ]);
    return this.deliverables.querySelector<HTMLElement>(".item:last-child select");
  }

  /** Removes one list entry and returns the control that should take the focus. */
  remove(list: "keyMessages" | "deliverables", index: number): HTMLElement {
    const brief = this.read();
    if (list === "keyMessages") {
      this.renderKeyMessages(brief.keyMessages.filter((_, i) => i !== index));
      return byId("add-key-message");
    }
    this.renderDeliverables(brief.deliverables.filter((_, i) => i !== index));
    return byId("add-deliverable");
  }

  private renderKeyMessages(messages: string[]): void {
    this.keyMessages.replaceChildren(
      ...messages.map((message, index) => {
        const id = `f-keyMessages-${index}`;
        const path = `keyMessages.${index}`;
        const area = el("textarea", {
          attrs: {
            id,
            rows: "2",
            "data-path": path,
            maxlength: String(this.limits.keyMessage),
            "aria-describedby": `msg-${path}`,
          },
        });
        area.value = message;
        // Remove comes after the field it removes, in Tab order as on screen.
        return el("div", { className: "item" }, [
          el("div", { className: "item-head" }, [
            el("label", { text: `Key message ${index + 1}`, attrs: { for: id } }),
          ]),
          area,
          el("p", { className: "msg", attrs: { id: `msg-${path}` } }),
          el("div", { className: "item-foot" }, [
            removeButton("keyMessages", index, `Remove key message ${index + 1}`),
          ]),
        ]);
      }),
    );
  }

  private renderDeliverables(deliverables: BriefDeliverable[]): void {
    this.deliverables.replaceChildren(
      ...deliverables.map((deliverable, index) => {
        const base = `deliverables.${index}`;
        const headingId = `deliverable-${index}-heading`;
        const platform = el(
          "select",
          {},
          this.platforms.map((name) => option(name, name)),
        );
        platform.value = deliverable.platform;
        const format = el("input", { attrs: { list: "format-list", autocomplete: "off", maxlength: "100" } });
        format.value = deliverable.format;
        const quantity = el("input", {
          attrs: {
            type: "number",
            min: "1",
            max: String(this.limits.quantity),
            step: "1",
            inputmode: "numeric",
          },
        });
        quantity.value = deliverable.quantity > 0 ? String(deliverable.quantity) : "";
        const due = el("input", { attrs: { type: "date" } });
        due.value = deliverable.dueDate;
        return el("div", { className: "item", attrs: { role: "group", "aria-labelledby": headingId } }, [
          el("div", { className: "item-head" }, [
            el("span", { text: `Deliverable ${index + 1}`, attrs: { id: headingId } }),
          ]),
          field(`${base}.platform`, "Platform", platform),
          field(`${base}.format`, "Format", format),
          el("div", { className: "grid" }, [
            field(`${base}.dueDate`, "Due date", due),
            field(`${base}.quantity`, "Quantity", quantity),
          ]),
          el("p", { className: "msg", attrs: { id: `msg-${base}` } }),
          el("div", { className: "item-foot" }, [
            removeButton("deliverables", index, `Remove deliverable ${index + 1}`),
          ]),
        ]);
      }),
    );
  }
}

function removeButton(list: string, index: number, label: string): HTMLButtonElement {
  return el("button", {
    className: "link remove",
    text: "Remove",
    attrs: { type: "button", "aria-label": label, "data-remove": list, "data-index": String(index) },
  });
}

function field(path: string, label: string, control: HTMLElement): HTMLElement {
  const id = `f-${path.replace(/\./g, "-")}`;
  control.id = id;
  control.dataset.path = path;
  control.dataset.part = path.split(".").pop() ?? "";
  control.setAttribute("aria-describedby", `msg-${path}`);
  return el("div", { className: "field" }, [
    el("label", { text: label, attrs: { for: id } }),
    control,
    el("p", { className: "msg", attrs: { id: `msg-${path}` } }),
  ]);
}
