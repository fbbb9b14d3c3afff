import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBrief } from "../../src/sheets/stores/briefStore";
import type { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import { programWorkbook } from "../fixtures/programWorkbook";
import { sidebarSession } from "./chromium";
import { openBrief, openSidebar, seedBrief, text } from "./sidebarPage";

const session = sidebarSession();

let workbook: MemoryWorkbook;

async function open(seed = true) {
  workbook = programWorkbook();
  if (seed) seedBrief(workbook);
  const opened = await openSidebar(session.browser, workbook);
  session.server = opened.server;
  if (seed) await openBrief(opened.page, "B1");
  return opened.page;
}

const rpcNames = () => session.server?.calls.rpc.map((call) => call.name) ?? [];
const focused = (page: Awaited<ReturnType<typeof open>>) => page.evaluate(() => document.activeElement?.id);

describe("Personalised briefs", () => {
  it("shows each creator the brief's deliverables, their own current rows, and their platforms' disclosure", async () => {
    const page = await open();
    await page.locator("#brief-creators").getByLabel("Ana Silva").check();
    await page.locator("#brief-creators").getByLabel("Cai Lin").check();

    // Ana's Deliverables rows are due before the draft: the brief's deliverables, all of them.
    await page.selectOption("#brief-preview-for", { label: "Ana Silva @ana" });
    const ana = await text(page, "#brief-preview");
    expect(ana).toContain("2 × Instagram Reel, due Apr 25, 2025");
    expect(ana).toContain("1 × TikTok video, due Apr 26, 2025");
    expect(ana).not.toContain("Apr 10, 2025");
    expect(await text(page, "#brief-preview-source")).toContain("so the brief's deliverables are shown");

    // Cai's row is due after the draft: it is used, and the sidebar says it comes from the sheet.
    await page.selectOption("#brief-preview-for", { label: "Cai Lin @cai" });
    const cai = await text(page, "#brief-preview");
    expect(cai).toContain("1 × YouTube video, due Apr 20, 2025");
    expect(cai).not.toContain("Instagram Reel");
    expect(cai).toContain("Disclosure: YouTube: Say it's sponsored in the first 30 seconds");
    expect(cai).not.toContain("Disclosure: Instagram");
    expect(await text(page, "#brief-preview-source")).toContain("come from the Deliverables sheet");

    await page.click("#brief-doc");
    await page.locator("#brief-doc-links li").nth(1).waitFor();
    expect(await text(page, "#brief-doc-links")).toContain("(deliverables from the Deliverables sheet)");
    const docText = (index: number) =>
      (session.server?.calls.docs[index]?.blocks ?? []).map((block) => block.text).join("\n");
    expect(docText(0)).toContain("1 × TikTok video, due Apr 26, 2025");
    expect(docText(1)).toContain("YouTube: Say it's sponsored");
  });
});

describe("Saving briefs", () => {
  it("saves before Create Google Doc, so the Doc and the Briefs sheet hold the same brief", async () => {
    const page = await open();
    await page.fill("#f-product", "Glow Serum Plus");
    await page.click("#brief-doc");
    await page.locator("#brief-doc-links a").waitFor();
    expect(await text(page, "#msg-brief")).toBe("Saved as B1 and created a Google Doc from it:");
    expect(rpcNames().slice(-2)).toEqual(["sidebarSaveBrief", "sidebarCreateBriefDocs"]);
    expect(loadBrief(workbook, "B1").product).toBe("Glow Serum Plus");
    const doc = (session.server?.calls.docs[0]?.blocks ?? []).map((block) => block.text);
    expect(doc).toContain("Product: Glow Serum Plus");
  });

  it("will not save an empty brief as an untitled row: it names the campaign field and goes there", async () => {
    const page = await open(false);
    await page.click("#brief-save");
    expect(await text(page, "#msg-brief")).toBe(
      "Not saved: add the campaign name first; saved briefs are listed by it.",
    );
    expect(await focused(page)).toBe("f-campaign");
    expect(rpcNames()).not.toContain("sidebarSaveBrief");
    expect(workbook.sheet("Briefs")).toBeNull();
  });

  it("after a Save with problems, moves the focus to the first one", async () => {
    const page = await open(false);
    await page.fill("#f-campaign", "Spring Glow");
    await page.click("#brief-save");
    await page.getByText("Saved as B1 on the Briefs sheet.").waitFor();
    expect(await text(page, "#msg-brief")).toContain("fix the");
    expect(await focused(page)).toBe("f-product");
  });

  it("Save as new keeps the opened brief and adds a copy under the next id", async () => {
    const page = await open();
    await page.fill("#f-product", "Night Cream");
    await page.click("#brief-save-new");
    await page.getByText("Saved as B2 on the Briefs sheet.").waitFor();
    expect(loadBrief(workbook, "B1").product).toBe("Glow Serum");
    expect(loadBrief(workbook, "B2").product).toBe("Night Cream");
    expect(await page.inputValue("#brief-open")).toBe("B2");
  });
});

describe("Editing a brief at 300 px", () => {
  it("shows no warnings on an untouched form, and puts each Remove after its field in Tab order", async () => {
    const page = await open(false);
    expect(await page.locator("#brief-form .msg span").count()).toBe(0);
    await page.focus("#f-keyMessages-0");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Remove key message 1",
    );
    await page.focus("#f-deliverables-0-quantity");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Remove deliverable 1",
    );
  });

  it("keeps the live preview in view while a field is edited, and grows text areas with their text", async () => {
    const page = await open();
    const inView = async () => {
      const box = await page.locator("#brief-preview").boundingBox();
      return box !== null && box.y < 800 && box.y + box.height > 0;
    };
    await page.focus("#f-product");
    expect(await inView()).toBe(false);
    await page.click("#brief-preview-toggle");
    expect(await page.getAttribute("#brief-preview-toggle", "aria-pressed")).toBe("true");
    await page.fill("#f-product", "Glow Serum Plus");
    expect(await inView()).toBe(true);
    expect(await text(page, "#brief-preview")).toContain("Product: Glow Serum Plus");
    mkdirSync("docs/img", { recursive: true });
    await page.screenshot({ path: "docs/img/brief-preview.png" });

    const height = () => page.locator("#f-summary").evaluate((area) => area.getBoundingClientRect().height);
    const before = await height();
    await page.fill("#f-summary", Array.from({ length: 8 }, (_, i) => `Line ${i + 1}`).join("\n"));
    expect(await height()).toBeGreaterThan(before + 40);
  });

  it("lists saved briefs by campaign and date, across the full width", async () => {
    const page = await open();
    expect(await page.locator("#brief-open option").allInnerTexts()).toEqual([
      "New brief",
      "Spring Glow · Mar 1, 2025 · B1",
    ]);
    const box = await page.locator("#brief-open").boundingBox();
    expect(box?.width).toBeGreaterThan(250);
  });
});
