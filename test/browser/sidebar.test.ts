import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startSidebarServer } from "../../scripts/sidebarServer";
import type { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { programWorkbook, ROSTER_HEADER } from "../fixtures/programWorkbook";
import { sidebarSession } from "./chromium";

const XSS = "<img src=x onerror=alert(1)>";
const NOW = new Date("2025-03-15T02:30:00Z");

const session = sidebarSession();

/** The test program plus a creator whose name is HTML and whose promo code is template syntax. */
function workbook(): MemoryWorkbook {
  const book = programWorkbook();
  const row = ROSTER_HEADER.map((header) =>
    header === "Handle"
      ? "@xss"
      : header === "Creator"
        ? XSS
        : header === "Contact email"
          ? "xss@example.com"
          : header === "Promo code"
            ? "{{Contact email}}"
            : header === "Status"
              ? "Prospect"
              : "",
  );
  book.sheet("Roster")?.write(7, 1, [row.map((text) => ({ text }))]);
  return book;
}

async function open(): Promise<{ page: Page; requests: string[]; dialogs: string[] }> {
  session.server = await startSidebarServer({ port: 0, workbook: workbook(), now: () => NOW });
  const context = await session.browser.newContext({ viewport: { width: 300, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(session.server.url);
  await page.locator("#brief-creators li").first().waitFor();
  return { page, requests, dialogs };
}

/** The text as rendered (line breaks of blocks and pre-wrap kept), which is what a person reads. */
// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, unlike textContent.
const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe("Briefs tab", () => {
  it("checks as the user types, previews the brief, saves it and makes a personalised Doc", async () => {
    const { page, requests } = await open();
    await page.fill("#f-campaign", "Spring Glow");
    await page.locator("#f-campaign").dispatchEvent("change");
    expect(await text(page, "#campaign-hint")).toBe(
      "Runs Mar 1, 2025 to Apr 30, 2025; dates must fall inside.",
    );
    expect(await page.inputValue("#f-objective")).toBe("Sales");

    await page.click("#brief-save");
    expect(await text(page, "#msg-product")).toBe("Say which product the creator features.");
    expect(await page.getAttribute("#f-product", "aria-invalid")).toBe("true");

    await page.fill("#f-product", "Glow Serum");
    await page.fill("#f-summary", "Launch our vitamin C serum for spring.");
    await page.fill("#f-keyMessages-0", 'Say "this serum changed my whole morning routine" to camera');
    expect(await text(page, '[id="msg-keyMessages.0"]')).toContain(
      'Key message 1 gives a line to read word for word ("this serum changed my whole morning routine").',
    );
    expect(await text(page, "#msg-product")).toBe("");

    await page.selectOption("#f-deliverables-0-platform", "TikTok");
    expect(await page.inputValue("#f-disclosure")).toBe(
      "TikTok: #ad at the start of the caption and TikTok's Branded content toggle; say it in the video too.",
    );
    await page.fill("#f-disclosure", "");
    expect(await text(page, '[id="msg-mandatory.disclosure"]')).toContain("The FTC disclosure is blank.");
    await page.click("#fill-disclosure");
    expect(await text(page, '[id="msg-mandatory.disclosure"]')).toBe("");

    await page.fill("#f-deliverables-0-format", "TikTok video");
    await page.fill("#f-deliverables-0-dueDate", "2025-04-12");
    await page.fill("#f-draft-due", "2025-04-08");
    await page.fill("#f-approval", "2025-04-04");
    expect(await text(page, '[id="msg-timeline.approval"]')).toBe(
      "Approval (Apr 4, 2025) is before draft due (Apr 8, 2025); the order is draft due, approval, go-live.",
    );
    await page.fill("#f-draft-due", "2025-04-01");
    await page.fill("#f-go-live", "2025-04-10");
    await page.fill("#f-compensation", "$500 plus product");
    expect(await text(page, '[id="msg-timeline.approval"]')).toBe("");

    const preview = await text(page, "#brief-preview");
    expect(preview).toContain("Spring Glow: creator brief");
    expect(preview).toContain("1 × TikTok video, due Apr 12, 2025");
    expect(preview).toContain("Draft due: Apr 1, 2025");

    await page.locator("#brief-creators").getByLabel("Ana Silva").check();
    await page.selectOption("#brief-preview-for", { label: "Ana Silva @ana" });
    const personal = await text(page, "#brief-preview");
    expect(personal).toContain("Hi Ana Silva (@ana),");
    expect(personal).toContain("2 × TikTok video, due Apr 10, 2025");

    await page.click("#brief-save");
    await page.getByText("Saved as B1 on the Briefs sheet.").waitFor();
    expect(await page.locator("#brief-open option").allInnerTexts()).toEqual([
      "New brief",
      "Spring Glow · Mar 15, 2025 · B1",
    ]);
    const saved = session.server?.calls.rpc.filter((call) => call.name === "sidebarSaveBrief").at(-1)
      ?.input as {
      brief: { product: string; keyMessages: string[]; timeline: object };
    };
    expect(saved.brief.product).toBe("Glow Serum");
    expect(saved.brief.timeline).toEqual({
      draftDue: "2025-04-01",
      approval: "2025-04-04",
      goLive: "2025-04-10",
    });

    await page.click("#brief-doc");
    const link = page.locator("#brief-doc-links a");
    await link.waitFor();
    expect(await link.textContent()).toBe("Spring Glow: creator brief for @ana");
    expect(await link.getAttribute("href")).toBe(`${session.server?.url}/docs/doc-1`);
    expect(session.server?.calls.docs.map((doc) => doc.title)).toEqual([
      "Spring Glow: creator brief for @ana",
    ]);
    expect(requests.every((url) => url.startsWith(`${session.server?.url}/`))).toBe(true);
  });
});

describe("Outreach tab", () => {
  it("previews a template against a Roster row, flags unknown and empty fields, then drafts for ticked rows", async () => {
    const { page } = await open();
    await page.click("#tab-outreach");
    expect(await page.inputValue("#tpl-select")).toBe("T1");
    expect(await text(page, "#pv-subject")).toBe("Ana, can we send you something?");
    expect(await text(page, "#pv-body")).toContain("I'm Sam and I look after creator partnerships");

    await page.fill("#tpl-subject", "Code {{Promo code}} for {{first name}}");
    await page.fill("#tpl-body", "Hi {{ first name }}, try {{favourite product}}. {{Rate card}}");
    await page.selectOption("#tpl-preview-row", { label: "Dee Park @dee" });
    expect(await page.locator("#merge-flags li").allInnerTexts()).toEqual([
      "Not a Roster column: {{Rate card}}. Add the column or fix the field; no drafts are made while it is there.",
      "Empty for this creator: {{Promo code}}, {{favourite product}}. The draft would have nothing there.",
    ]);
    expect(await page.locator("#pv-subject").textContent()).toBe("Code  for Dee");
    expect(await text(page, "#pv-body")).toBe("Hi Dee, try . {{Rate card}}");

    await page
      .locator("#roster-list")
      .getByLabel(/^Ana Silva/)
      .check();
    await page.click("#drafts-create");
    expect(await text(page, "#msg-selection")).toBe(
      "Save your changes to the template first: drafts use the saved version.",
    );

    await page.fill("#tpl-body", "Hi {{ first name }}, try {{favourite product}}.");
    await page.click("#tpl-save");
    await page.getByText('Saved "First contact: gifting offer".').waitFor();

    await page
      .locator("#roster-list")
      .getByLabel(/^Ben Ode/)
      .check();
    await page
      .locator("#roster-list")
      .getByLabel(/^Eli Moss/)
      .check();
    expect(await text(page, "#pick-count")).toBe(
      "3 creators selected (1 without an e-mail address will be skipped).",
    );
    await page.click("#drafts-create");
    await page.locator("#drafts-confirm").waitFor();
    expect(session.server?.calls.drafts).toEqual([]);
    expect(await text(page, "#drafts-confirm")).toBe("Create 2 drafts");
    expect(await text(page, "#draft-results")).toContain('2 drafts with "First contact: gifting offer"');
    expect(await text(page, "#draft-results")).toContain(
      "Gets a draft (2)\nAna Silva (@ana)\nana@example.com\nEli Moss (@eli)\neli@example.com",
    );
    expect(await text(page, "#draft-results")).toContain(
      "Skipped (1)\n@ben (row 3)\nNo e-mail address in the Email column.",
    );
    await page.click("#drafts-confirm");
    await page.getByText("2 drafts in Gmail, 1 skipped. Nothing was sent.").waitFor();
    expect(session.server?.calls.drafts).toEqual([
      {
        id: "r-draft-1",
        to: "ana@example.com",
        subject: "Code ANA10 for Ana",
        body: "Hi Ana, try Glow Serum.",
      },
      {
        id: "r-draft-2",
        to: "eli@example.com",
        subject: "Code ELI20 for Eli",
        body: "Hi Eli, try Glow Serum.",
      },
    ]);
    expect(await text(page, "#draft-results")).toContain(
      "@ben (row 3)\nNo e-mail address in the Email column.",
    );
    expect(await page.locator("#roster-list li").first().textContent()).toContain("@ana · Contacted · Micro");
    expect(await text(page, "#quota")).toBe(
      "98 more drafts today under your cap of 100 (Settings › Drafts per day). Drafts are never sent.",
    );
    const ana = page.locator("#draft-results li").first();
    expect(await text(page, "#draft-results li >> nth=0")).toBe(
      "Ana Silva (@ana)\nana@example.com\nOpen in Gmail\nOutreach log",
    );
    expect(await ana.getByRole("link").getAttribute("href")).toBe(
      `${session.server?.url}/gmail/drafts/r-draft-1`,
    );
    await ana.getByRole("button", { name: "Outreach log" }).click();
    await expect.poll(() => session.server?.calls.rpc.at(-1)?.name).toBe("sidebarOpenOutreachLog");
  });

  it("drafts for everyone matching a status filter", async () => {
    const { page } = await open();
    await page.click("#tab-outreach");
    await page.getByLabel("Status or tier").check();
    await page.locator("#filter-status").getByLabel("Prospect").check();
    await page.locator("#filter-tier").getByLabel("Micro").check();
    expect(await text(page, "#pick-count")).toBe("2 creators selected.");
    await page.click("#drafts-create");
    await page.click("#drafts-confirm");
    await page.getByText("2 drafts in Gmail, 0 skipped. Nothing was sent.").waitFor();
    expect(session.server?.calls.drafts.map((draft) => draft.to)).toEqual([
      "ana@example.com",
      "eli@example.com",
    ]);
    expect(session.server?.calls.rpc.at(-1)?.input).toEqual({
      templateId: "T1",
      selection: { filter: { status: ["Prospect"], tier: ["Micro"] } },
    });
  });
});

describe("Safety and accessibility", () => {
  it("shows a creator named like HTML as text, never runs it, and never re-reads merge values", async () => {
    const { page, dialogs } = await open();
    expect(await page.locator("#brief-creators").textContent()).toContain(XSS);
    await page.click("#tab-outreach");
    expect(await page.locator("#roster-list").textContent()).toContain(XSS);
    await page.selectOption("#tpl-preview-row", { label: `${XSS} @xss` });
    await page.fill("#tpl-body", "Dear {{Creator}}, your code is {{Promo code}}.");
    expect(await text(page, "#pv-body")).toBe(`Dear ${XSS}, your code is {{Contact email}}.`);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("has no serious or critical axe violations on either tab, messages showing", async () => {
    const { page } = await open();
    await page.fill("#f-campaign", "Spring Glow");
    await page.fill("#f-keyMessages-0", 'Say "this serum changed my whole morning routine" to camera');
    await page.click("#brief-save");
    await page.getByText(/Saved as B1/).waitFor();
    const serious = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        );
    };
    expect(await serious()).toEqual([]);
    await page.click("#tab-outreach");
    await page.fill("#tpl-body", "{{Rate card}}");
    expect(await serious()).toEqual([]);
  });

  it("moves between tabs with the arrow keys and shows where the focus is", async () => {
    const { page } = await open();
    await page.focus("#tab-briefs");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-outreach");
    expect(await page.getAttribute("#tab-outreach", "aria-selected")).toBe("true");
    expect(await page.isVisible("#panel-outreach")).toBe(true);
    expect(await page.isVisible("#panel-briefs")).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe(
      "solid",
    );
    await page.keyboard.press("Home");
    expect(await page.getAttribute("#tab-briefs", "aria-selected")).toBe("true");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("brief-open");
  });
});
