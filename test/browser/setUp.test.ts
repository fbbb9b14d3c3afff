import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { startSidebarServer } from "../../scripts/sidebarServer";
import { readMapping } from "../../src/sheets/mapping";
import { MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";
import { sidebarSession } from "./chromium";

const NOW = new Date("2026-11-25T12:00:00Z");

/** A team's roster under its own tab name and column names, with a status list of its own. */
const CREATORS: WriteCell[][] = [
  ["Creator", "Instagram", "IG Followers", "TikTok followers", "Email address", "Rate ($)", "Status"],
  ["Maya Reyes", { text: "@maya" }, 12500, 250000, "maya@example.com", 400, "Signed"],
  ["Leo Kim", { text: "@leo" }, 4300, 900, "leo@example.com", 150, "In talks"],
];

const session = sidebarSession();

const rendered = (locator: { innerText(): Promise<string> }) => locator.innerText();

describe("Set-up tab (the mapping step) at 300 px", () => {
  it("shows how the team's tab would be adopted, takes a changed column and value, saves and sets up", async () => {
    const workbook = new MemoryWorkbook({ name: "Team", timeZone: "UTC" });
    workbook.addSheet("Creators").write(1, 1, CREATORS);
    const server = await startSidebarServer({ port: 0, workbook, now: () => NOW });
    const context = await session.browser.newContext({ viewport: { width: 300, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/?tab=setup`);
      await expect.poll(() => page.locator("#tab-setup").getAttribute("aria-selected")).toBe("true");
      const tab = page.locator("#setup-tab--Roster");
      await expect.poll(() => tab.inputValue()).toBe("Creators");
      expect(await rendered(page.locator("#setup-intro"))).toMatch(/^Nothing has been written yet/);
      const roster = page.locator("section.setup-sheet", { has: tab });
      expect(await page.locator("#setup-col--Roster--Followers").inputValue()).toBe("IG Followers");
      expect(await rendered(roster)).toMatch(/Left alone: TikTok followers/);
      expect(await rendered(roster)).toMatch(/Will add: .*Tier \(TikTok\)/);
      // Planning wrote nothing (the sidebar's own load adds its templates sheet).
      expect(workbook.sheet("Creators")?.read().values[0]).toEqual(CREATORS[0]);
      expect(workbook.sheetNames()).not.toContain("Settings");
      expect(await tab.locator("option").allInnerTexts()).toEqual(['New tab "Roster"', "Creators"]);

      // Their Instagram column holds links, not handles: Handle becomes a new column, and Instagram is left alone.
      const handle = page.getByLabel("Handle", { exact: true });
      await handle.focus();
      await handle.selectOption("(added)");
      await expect.poll(() => rendered(roster)).toMatch(/Left alone: Instagram, TikTok followers/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("setup-col--Roster--Handle");
      await page.locator("#setup-val--Roster--Status--Signed").selectOption("Active");
      await expect.poll(() => page.locator("#setup-val--Roster--Status--Signed").inputValue()).toBe("Active");
      expect(await page.locator("#setup-val--Roster--Status--In-talks").inputValue()).toBe("Negotiating");

      mkdirSync("docs/img", { recursive: true });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 300, height });
      // Nothing may stick out of the 300 px sidebar.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      await page.screenshot({ path: "docs/img/setup.png" });
      await page.setViewportSize({ width: 300, height: 900 });
      const axe = await new AxeBuilder({ page }).include("#panel-setup").analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      await page.locator("#setup-save").click();
      const result = page.locator("#setup-result");
      await expect.poll(() => rendered(result)).toMatch(/^Created Settings, Campaigns, .*Updated Creators\./);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("setup-result");
      expect(await rendered(page.locator("#setup-intro"))).toMatch(/^Every sheet is mapped/);
      expect(readMapping(workbook).Roster).toMatchObject({
        tab: "Creators",
        columns: { Handle: "(added)", Followers: "IG Followers" },
        values: { Status: { Signed: "Active", "In talks": "Negotiating" } },
      });
      const header = workbook.sheet("Creators")?.read().values[0] ?? [];
      expect(header.slice(0, 7)).toEqual(CREATORS[0]);
      expect(header).toContain("Handle");
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);
});
