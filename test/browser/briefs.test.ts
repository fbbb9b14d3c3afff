import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SidebarServer } from "../../scripts/sidebarServer";
import { programWorkbook } from "../fixtures/programWorkbook";
import { launchChromium } from "./chromium";
import { openBrief, openSidebar, seedBrief, text } from "./sidebarPage";

let browser: Browser;
let server: SidebarServer | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function open(seed = true) {
  const workbook = programWorkbook();
  if (seed) seedBrief(workbook);
  const opened = await openSidebar(browser, workbook);
  server = opened.server;
  if (seed) await openBrief(opened.page, "B1");
  return opened.page;
}

describe("Personalised briefs", () => {
  it("shows each creator the brief's deliverables, their own current rows, and their platforms' disclosure", async () => {
    const page = await open();
    await page.locator("#brief-creators").getByLabel("Ana Silva").check();
    await page.locator("#brief-creators").getByLabel("Cai Lin").check();

    // Ana's Deliverables rows are due before the draft: the brief's deliverables, all of them.
    await page.selectOption("#brief-preview-for", { label: "Ana Silva @ana" });
    const ana = await text(page, "#brief-preview");
    expect(ana).toContain("2 × Instagram Reel, due 25 Apr 2025");
    expect(ana).toContain("1 × TikTok video, due 26 Apr 2025");
    expect(ana).not.toContain("10 Apr 2025");
    expect(await text(page, "#brief-preview-source")).toContain("so the brief's deliverables are shown");

    // Cai's row is due after the draft: it is used, and the sidebar says it comes from the sheet.
    await page.selectOption("#brief-preview-for", { label: "Cai Lin @cai" });
    const cai = await text(page, "#brief-preview");
    expect(cai).toContain("1 × YouTube video, due 20 Apr 2025");
    expect(cai).not.toContain("Instagram Reel");
    expect(cai).toContain("Disclosure: YouTube: Say it's sponsored in the first 30 seconds");
    expect(cai).not.toContain("Disclosure: Instagram");
    expect(await text(page, "#brief-preview-source")).toContain("come from the Deliverables sheet");

    await page.click("#brief-doc");
    await page.locator("#brief-doc-links li").nth(1).waitFor();
    expect(await text(page, "#brief-doc-links")).toContain("(deliverables from the Deliverables sheet)");
    const docText = (index: number) =>
      (server?.calls.docs[index]?.blocks ?? []).map((block) => block.text).join("\n");
    expect(docText(0)).toContain("1 × TikTok video, due 26 Apr 2025");
    expect(docText(1)).toContain("YouTube: Say it's sponsored");
  });
});
