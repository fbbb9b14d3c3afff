import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { startSidebarServer } from "../../scripts/sidebarServer";
import { programWorkbook } from "../fixtures/programWorkbook";
import { sidebarSession } from "./chromium";

const NOW = new Date("2025-03-15T02:30:00Z");

const session = sidebarSession();

/** The test program with a team cap of 2 drafts a day in Settings. */
async function open(arrange?: (workbook: ReturnType<typeof programWorkbook>) => void): Promise<Page> {
  const workbook = programWorkbook();
  arrange?.(workbook);
  const settings = workbook.sheet("Settings") ?? workbook.addSheet("Settings");
  settings.write(settings.read().values.length + 2, 1, [[{ text: "Drafts per day" }, 2]]);
  session.server = await startSidebarServer({ port: 0, workbook, now: () => NOW });
  const context = await session.browser.newContext({ viewport: { width: 300, height: 900 } });
  const page = await context.newPage();
  await page.goto(session.server.url);
  await page.locator("#brief-creators li").first().waitFor();
  await page.click("#tab-outreach");
  return page;
}

// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, unlike textContent.
const rendered = (locator: Locator) => locator.innerText();

async function tick(page: Page, names: RegExp[]): Promise<void> {
  for (const box of await page.locator("#roster-list input:checked").all()) await box.uncheck();
  for (const name of names) await page.locator("#roster-list").getByLabel(name).check();
}

describe("Create Gmail drafts at 300 px", () => {
  it("asks first: who gets a draft, who is skipped and why (no e-mail, drafted today, over the cap)", async () => {
    const page = await open();
    await tick(page, [/^Ana Silva/]);
    await page.click("#drafts-create");
    await page.click("#drafts-confirm");
    await page.getByText("1 draft in Gmail, 0 skipped. Nothing was sent.").waitFor();

    await tick(page, [/^Ana Silva/, /^Ben Ode/, /^Cai Lin/, /^Eli Moss/]);
    await page.click("#drafts-create");
    const results = page.locator("#draft-results");
    await page.locator("#drafts-confirm").waitFor();
    expect(await rendered(page.locator("#drafts-confirm"))).toBe("Create 1 draft");
    expect(await rendered(results)).toBe(
      [
        '1 draft with "First contact: gifting offer"',
        "",
        "Nothing is sent: each draft waits in Gmail's Drafts. 1 of today's 2 left (Settings › Drafts per day).",
        "",
        "Gets a draft (1)",
        "Cai Lin (@cai)",
        "cai@example.com",
        "Skipped (3)",
        "@ana (row 2)",
        'Already drafted today with "First contact: gifting offer" (see the Outreach log); no second draft was made.',
        "@ben (row 3)",
        "No e-mail address in the Email column.",
        "@eli (row 6)",
        'Over the team\'s cap of 2 drafts a day (Settings › Drafts per day); 1 left today. Run "Create Gmail drafts" again tomorrow for this creator.',
        "Create 1 draft",
        "Cancel",
      ].join("\n"),
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("drafts-confirm-heading");
    const axe = await new AxeBuilder({ page }).include("#panel-outreach").analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    mkdirSync("docs/img", { recursive: true });
    await results.screenshot({ path: "docs/img/drafts-confirm.png" });

    await page.click("#drafts-cancel");
    expect(await rendered(results)).toBe("");
    expect(session.server?.calls.drafts.map((draft) => draft.to)).toEqual(["ana@example.com"]);
  });

  it("lists each draft made with the creator's name, e-mail, a link to the draft in Gmail and the Outreach log", async () => {
    const page = await open();
    await tick(page, [/^Ana Silva/, /^Cai Lin/]);
    await page.click("#drafts-create");
    await page.click("#drafts-confirm");
    await page.getByText("2 drafts in Gmail, 0 skipped. Nothing was sent.").waitFor();
    const items = page.locator("#draft-results li");
    expect(await items.allInnerTexts()).toEqual([
      "Ana Silva (@ana)\nana@example.com\nOpen in Gmail\nOutreach log",
      "Cai Lin (@cai)\ncai@example.com\nOpen in Gmail\nOutreach log",
    ]);
    const link = items.nth(1).getByRole("link", { name: "Open the draft to Cai Lin in Gmail" });
    expect(await link.getAttribute("href")).toBe(`${session.server?.url}/gmail/drafts/r-draft-2`);
    const opened = await Promise.all([page.context().waitForEvent("page"), link.click()]);
    await opened[0].waitForLoadState();
    expect(await rendered(opened[0].locator("pre"))).toContain("To: cai@example.com");
    await opened[0].close();
    await page.locator("#draft-results").screenshot({ path: "docs/img/drafts-results.png" });

    await items.nth(0).getByRole("button", { name: "Outreach log" }).click();
    await expect.poll(() => session.server?.calls.rpc.at(-1)?.name).toBe("sidebarOpenOutreachLog");
    expect(await rendered(page.locator("#msg-selection"))).toBe(
      "2 drafts in Gmail, 0 skipped. Nothing was sent.",
    );
  });

  it("says before drafting who has no brief Doc for {{brief link}}, and each creator's blank merge fields", async () => {
    // Dee (row 5) has a brief Doc, as "Create Google Doc" in Briefs leaves it, but no promo code; Cai has no Doc.
    const page = await open((workbook) =>
      workbook
        .sheet("Roster")
        ?.write(1, 13, [
          [{ text: "Brief link" }],
          [""],
          [""],
          [""],
          ["https://docs.google.com/document/d/dee"],
        ]),
    );
    await page.selectOption("#tpl-select", { label: "Brief delivery" });
    await tick(page, [/^Cai Lin/, /^Dee Park/]);
    await page.click("#drafts-create");
    await page.locator("#drafts-confirm").waitFor();
    expect(await page.locator("#draft-results li").allInnerTexts()).toEqual([
      "Dee Park (@dee)\ndee@example.com\nBlank for this creator: {{Promo code}}",
      "@cai (row 4)\nNo brief Doc yet — create it in Briefs first.",
    ]);
    await page.click("#drafts-confirm");
    await page.getByText("1 draft in Gmail, 1 skipped. Nothing was sent.").waitFor();
    expect(session.server?.calls.drafts.map((draft) => draft.to)).toEqual(["dee@example.com"]);
  });
});
