import type { Browser, Page } from "playwright-core";
import { type SidebarServer, startSidebarServer } from "../../scripts/sidebarServer";
import type { Brief } from "../../src/core/brief/schema";
import { disclosureFor } from "../../src/core/disclosure/platforms";
import { storeBrief } from "../../src/sheets/stores/briefStore";
import type { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { sampleBrief } from "../core/brief/sampleBrief";

export const NOW = new Date("2025-03-15T02:30:00Z");

/** The sidebar at Google's 300 px width over `workbook`, once its first data has loaded. */
export async function openSidebar(
  browser: Browser,
  workbook: MemoryWorkbook,
): Promise<{ page: Page; server: SidebarServer }> {
  const server = await startSidebarServer({ port: 0, workbook, now: () => NOW });
  const context = await browser.newContext({ viewport: { width: 300, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator("#brief-creators li").first().waitFor();
  return { page, server };
}

/**
 * A saved brief for Spring Glow shaped like issue 10's: 2 × Instagram Reel and 1 × TikTok video,
 * the draft due after the Deliverables sheet's rows for @ana but before @cai's.
 */
export function seedBrief(workbook: MemoryWorkbook, changes: Partial<Brief> = {}): Brief {
  const brief: Brief = {
    ...sampleBrief(),
    deliverables: [
      { platform: "Instagram", format: "Instagram Reel", quantity: 2, dueDate: "2025-04-25" },
      { platform: "TikTok", format: "TikTok video", quantity: 1, dueDate: "2025-04-26" },
    ],
    mandatory: { ...sampleBrief().mandatory, disclosure: disclosureFor(["Instagram", "TikTok"]) },
    timeline: { draftDue: "2025-04-15", approval: "2025-04-18", goLive: "2025-04-25" },
    ...changes,
  };
  storeBrief(workbook, brief);
  return brief;
}

/** Opens the saved brief `id` in the form. */
export async function openBrief(page: Page, id: string): Promise<void> {
  await page.selectOption("#brief-open", id);
  await page.click("#brief-open-button");
  await page.waitForFunction((wanted) => {
    const campaign = document.querySelector<HTMLInputElement>("#f-campaign");
    return campaign !== null && campaign.value !== "" && wanted !== "";
  }, id);
}

/** The text as rendered (line breaks of blocks kept), which is what a person reads. */
// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, unlike textContent.
export const text = (page: Page, selector: string) => page.locator(selector).innerText();
