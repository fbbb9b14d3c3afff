import { checkBrief } from "../../src/core/brief/checks";
import { formatDate } from "../../src/core/brief/dates";
import { disclosureFor } from "../../src/core/brief/disclosure";
import type { FieldError } from "../../src/core/brief/fieldErrors";
import { recipientFor, rosterValue } from "../../src/core/brief/recipients";
import { renderBrief } from "../../src/core/brief/render";
import type { Brief } from "../../src/core/brief/schema";
import type { CampaignInfo, RosterEntry, SidebarData } from "../../src/core/rpc/types";
import { busy, byId, el, option, setOptions } from "../dom";
import { type Message, MessageBoard } from "../messages";
import { call } from "../rpc";
import { BriefForm } from "./form";
import { showPreview } from "./preview";

const blankBrief = (platform: string): Brief => ({
  id: "",
  campaign: "",
  product: "",
  objective: "",
  summary: "",
  keyMessages: [""],
  deliverables: [
    { platform: platform as Brief["deliverables"][number]["platform"], format: "", quantity: 1, dueDate: "" },
  ],
  mandatory: { disclosure: disclosureFor([platform]), hashtags: [], handlesToTag: [], linkOrPromo: "" },
  avoid: { competitorMentions: "", claims: "" },
  timeline: { draftDue: "", approval: "", goLive: "" },
  compensation: "",
  usageRights: "",
  creativeFreedom: "",
  updatedAt: "",
});

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The Briefs tab: the form, checks as the user types, the live preview, Save and Create Google Doc. */
export function setUpBriefs(data: SidebarData): void {
  const form = new BriefForm(data.lists.platforms, { ...data.limits.briefText, ...data.limits });
  const formEl = byId<HTMLFormElement>("brief-form");
  const actionMsg = byId("msg-brief");
  const board = new MessageBoard(formEl, "msg-", actionMsg);
  const saveButton = byId<HTMLButtonElement>("brief-save");
  const docButton = byId<HTMLButtonElement>("brief-doc");
  const openSelect = byId<HTMLSelectElement>("brief-open");
  const openButton = byId<HTMLButtonElement>("brief-open-button");
  const openMsg = byId("msg-briefId");
  const previewFor = byId<HTMLSelectElement>("brief-preview-for");
  const creatorList = byId("brief-creators");
  const links = byId("brief-doc-links");
  const touched = new Set<string>();
  let submitted = false;
  let autoDisclosure = "";
  let saved = "";
  let discardArmed = false;
  let errors: FieldError[] = [];

  const formats = el(
    "datalist",
    { attrs: { id: "format-list" } },
    data.lists.formats.map((name) => option(name, name)),
  );
  document.body.append(formats);
  setOptions(byId<HTMLSelectElement>("f-objective"), [
    option("", "Choose…"),
    ...data.lists.objectives.map((name) => option(name, name)),
  ]);

  const campaignOf = (name: string): CampaignInfo | undefined =>
    data.campaigns.find((campaign) => sameName(campaign.name, name));
  const creatorAt = (row: number): RosterEntry | undefined =>
    data.roster.rows.find((entry) => entry.row === row);
  const chosenRows = () =>
    [...creatorList.querySelectorAll<HTMLInputElement>("input:checked")].map((box) => Number(box.value));

  function renderLists(): void {
    byId("campaign-list").replaceChildren(
      ...data.campaigns.map((campaign) => option(campaign.name, campaign.name)),
    );
    setOptions(openSelect, [
      option("", "New brief"),
      ...data.briefs.map((brief) => option(brief.id, `${brief.campaign || "Untitled"} (${brief.id})`)),
    ]);
    const chosen = new Set(chosenRows());
    creatorList.replaceChildren(
      ...data.roster.rows.map((entry) => {
        const box = el("input", { attrs: { type: "checkbox", value: String(entry.row) } });
        box.checked = chosen.has(entry.row);
        const name = rosterValue(entry, "Creator") || rosterValue(entry, "Handle") || `Row ${entry.row}`;
        const handle = rosterValue(entry, "Handle");
        return el("li", {}, [
          el("label", { className: "check" }, [
            box,
            el("span", { className: "who" }, [name, handle && el("small", { text: handle })]),
          ]),
        ]);
      }),
    );
    filterCreators();
  }

  function filterCreators(): void {
    const query = byId<HTMLInputElement>("brief-creator-find").value.trim().toLowerCase();
    for (const item of creatorList.children) {
      (item as HTMLElement).hidden = query !== "" && !(item.textContent ?? "").toLowerCase().includes(query);
    }
  }

  function renderPreviewChoices(): void {
    const options = [option("", "Any creator (not personalised)")];
    for (const row of chosenRows()) {
      const entry = creatorAt(row);
      if (!entry) continue;
      const name = rosterValue(entry, "Creator");
      const handle = rosterValue(entry, "Handle");
      options.push(
        option(String(row), [name, handle].filter((part) => part !== "").join(" ") || `Row ${row}`),
      );
    }
    setOptions(previewFor, options);
  }

  const shown = (field: string) =>
    submitted ||
    [...touched].some(
      (path) => path === field || path.startsWith(`${field}.`) || field.startsWith(`${path}.`),
    );

  /** Checks the schema cannot run here (zod stays on the server), with the server's wording. */
  function quantityErrors(brief: Brief): FieldError[] {
    const max = data.limits.quantity;
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

  function update(): void {
    const brief = form.read();
    const campaign = campaignOf(brief.campaign);
    const hint = byId("campaign-hint");
    hint.textContent =
      campaign && (campaign.start || campaign.end)
        ? `Runs ${formatDate(campaign.start) || "?"} to ${formatDate(campaign.end) || "?"}; dates must fall inside.`
        : "Pick one from the Campaigns sheet or type a new name.";
    const check = checkBrief(brief, { campaign, today: data.today });
    errors = [...check.errors, ...quantityErrors(brief)];
    const messages: Message[] = [
      ...errors.filter((error) => shown(error.field)).map((error) => ({ ...error, level: "error" as const })),
      ...check.warnings.map((warning) => ({ ...warning, level: "warning" as const })),
    ];
    board.show(messages);
    const row = Number(previewFor.value);
    const creator = row ? creatorAt(row) : undefined;
    showPreview(
      byId("brief-preview"),
      renderBrief(brief, creator && recipientFor(brief, creator, data.deliverables)),
    );
  }

  function refillDisclosure(force: boolean): void {
    const disclosure = form.control("mandatory.disclosure");
    const wanted = disclosureFor(form.read().deliverables.map((deliverable) => deliverable.platform));
    if (force || disclosure.value === autoDisclosure) disclosure.value = wanted;
    autoDisclosure = wanted;
  }

  function load(brief: Brief): void {
    form.write(brief);
    autoDisclosure = disclosureFor(brief.deliverables.map((deliverable) => deliverable.platform));
    touched.clear();
    submitted = false;
    saved = JSON.stringify(form.read());
    discardArmed = false;
    links.replaceChildren();
    actionMsg.replaceChildren();
    update();
  }

  function reportServerError(error: { message: string; field?: string }, action: string): void {
    actionMsg.replaceChildren();
    const control = board.add({ field: error.field ?? "", message: error.message, level: "error" });
    if (control) {
      actionMsg.append(el("span", { className: "error", text: `${action}: see the message by the field.` }));
      control.focus();
    }
  }

  function focusFirstError(): void {
    formEl.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  formEl.addEventListener("input", (event) => {
    const target = event.target as HTMLElement;
    if (target.dataset.path) touched.add(target.dataset.path);
    if (target.dataset.part === "platform") refillDisclosure(false);
    update();
  });
  formEl.addEventListener("focusout", (event) => {
    const path = (event.target as HTMLElement).dataset.path;
    if (path && !touched.has(path)) {
      touched.add(path);
      update();
    }
  });
  formEl.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("[data-remove]");
    if (!button) return;
    const list = button.dataset.remove === "keyMessages" ? "keyMessages" : "deliverables";
    const next = form.remove(list, Number(button.dataset.index));
    touched.add(list);
    if (list === "deliverables") refillDisclosure(false);
    update();
    next.focus();
  });
  byId("add-key-message").addEventListener("click", () => {
    form.addKeyMessage()?.focus();
    update();
  });
  byId("add-deliverable").addEventListener("click", () => {
    const next = form.addDeliverable();
    refillDisclosure(false);
    update();
    next?.focus();
  });
  byId("fill-disclosure").addEventListener("click", () => {
    refillDisclosure(true);
    update();
  });
  form.control("campaign").addEventListener("change", () => {
    const campaign = campaignOf(form.control("campaign").value);
    const objective = form.control("objective");
    if (campaign && objective.value === "" && data.lists.objectives.includes(campaign.objective)) {
      objective.value = campaign.objective;
      update();
    }
  });
  byId("brief-creator-find").addEventListener("input", filterCreators);
  creatorList.addEventListener("change", () => {
    renderPreviewChoices();
    update();
  });
  previewFor.addEventListener("change", update);

  openButton.addEventListener("click", async () => {
    openMsg.replaceChildren();
    if (JSON.stringify(form.read()) !== saved && !discardArmed) {
      discardArmed = true;
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
      load(blankBrief(data.lists.platforms[0] ?? "Instagram"));
      return;
    }
    const result = await busy([openButton], openSelect, () => call("sidebarOpenBrief", { id }));
    if (result.ok) load(result.value);
    else openMsg.append(el("span", { className: "error", text: result.error.message }));
  });

  formEl.addEventListener("submit", async (event) => {
    event.preventDefault();
    submitted = true;
    update();
    actionMsg.replaceChildren(el("span", { text: "Saving…" }));
    const brief = form.read();
    const result = await busy([saveButton, docButton], formEl, () => call("sidebarSaveBrief", { brief }));
    if (!result.ok) {
      reportServerError(result.error, "Not saved");
      return;
    }
    form.id = result.value.brief.id;
    form.updatedAt = result.value.brief.updatedAt;
    saved = JSON.stringify(form.read());
    discardArmed = false;
    data.briefs = result.value.briefs;
    renderLists();
    openSelect.value = form.id;
    actionMsg.replaceChildren(
      el("span", { className: "ok", text: `Saved as ${form.id} on the Briefs sheet.` }),
    );
    if (errors.length > 0) {
      actionMsg.append(
        el("span", {
          className: "warning",
          text: `Before it goes to creators, fix the ${errors.length === 1 ? "problem" : `${errors.length} problems`} marked in red.`,
        }),
      );
    }
  });

  docButton.addEventListener("click", async () => {
    submitted = true;
    update();
    links.replaceChildren();
    if (errors.length > 0) {
      actionMsg.replaceChildren(
        el("span", {
          className: "error",
          text: `Fix the ${errors.length === 1 ? "problem" : `${errors.length} problems`} marked in red before making the Doc.`,
        }),
      );
      focusFirstError();
      return;
    }
    const rows = chosenRows();
    actionMsg.replaceChildren(
      el("span", { text: rows.length > 1 ? `Creating ${rows.length} Docs…` : "Creating the Doc…" }),
    );
    const brief = form.read();
    const result = await busy([saveButton, docButton], formEl, () =>
      call("sidebarCreateBriefDocs", { brief, rows }),
    );
    if (!result.ok) {
      reportServerError(result.error, "No Doc was made");
      return;
    }
    const docs = result.value;
    actionMsg.replaceChildren(
      el("span", {
        className: "ok",
        text: docs.length === 1 ? "Created a Google Doc:" : `Created ${docs.length} Google Docs:`,
      }),
    );
    links.replaceChildren(
      ...docs.map((doc) =>
        el("li", {}, [
          /^https?:\/\//.test(doc.url)
            ? el("a", {
                text: doc.title,
                attrs: { href: doc.url, target: "_blank", rel: "noopener noreferrer" },
              })
            : el("span", { text: doc.title }),
        ]),
      ),
    );
  });

  renderLists();
  load(blankBrief(data.lists.platforms[0] ?? "Instagram"));
}
