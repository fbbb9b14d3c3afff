import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { demoWorkbook } from "../../scripts/demo/demoWorkbook";
import { startSidebarServer } from "../../scripts/sidebarServer";
import { instagramPostsOn, laterInstagramExport } from "../addon/sidebar/importFixtures";
import { sidebarSession } from "./chromium";

const NOW = new Date("2026-11-25T12:00:00Z");

const session = sidebarSession();

const rendered = (locator: { innerText(): Promise<string> }) => locator.innerText();

describe("Import tab at 300 px", () => {
  it("opens from the menu's link, previews a picked file, takes a mapping change, applies it and says what it did", async () => {
    const { workbook } = demoWorkbook(NOW);
    const { csv } = laterInstagramExport(workbook);
    const server = await startSidebarServer({ port: 0, workbook, now: () => NOW });
    const context = await session.browser.newContext({ viewport: { width: 300, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/?tab=import`);
      await expect.poll(() => page.locator("#tab-import").getAttribute("aria-selected")).toBe("true");
      await expect.poll(() => page.locator("#panel-import").isVisible()).toBe(true);

      await page.setInputFiles("#import-file", {
        name: "Instagram content.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(csv),
      });
      const summary = page.locator(".import-summary");
      await summary.waitFor();
      expect(await rendered(page.locator("#import-source"))).toMatch(
        /^Detected: Instagram \(Meta Business Suite/,
      );
      const before = await rendered(summary);
      expect(before).toMatch(/^1 new post · \d+ updated posts \(\d+ cells\) · \d+ unchanged · 0 skipped$/);

      // Meta's Views go to Impressions (Instagram's impressions since 2025), but this team keeps them in
      // Views: mapping the column there leaves only views and likes changed.
      await page.getByLabel("Views", { exact: true }).selectOption("views");
      await expect
        .poll(() => rendered(summary))
        .toBe(
          "1 new post · 3 updated posts (6 cells) · " +
            `${instagramPostsOn(workbook).length - 3} unchanged · 0 skipped`,
        );
      await page.locator("summary", { hasText: "Updated posts" }).click();
      expect(await rendered(page.locator(".import-list").nth(1))).toMatch(/Views: [\d,]+ → [\d,]+/);
      // The new post's day in the sidebar's one date style, the spreadsheet's locale (en_US here).
      expect(await page.locator(".import-list").first().textContent()).toMatch(
        /Row \d+ @\S+ · [A-Z][a-z]{2} \d{1,2}, \d{4}/,
      );

      mkdirSync("docs/img", { recursive: true });
      // The tab bar is sticky: a page as tall as its content shows it at the top, where it is.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 300, height });
      await page.screenshot({ path: "docs/img/import.png" });
      await page.setViewportSize({ width: 300, height: 900 });
      const axe = await new AxeBuilder({ page }).include("#panel-import").analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);

      await page.locator("#import-apply").click();
      const result = page.locator("#import-result");
      await expect
        .poll(() => rendered(result))
        .toMatch(/^Imported\. 1 post added \(row \d+\); 6 cells changed in 3 posts\./);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("import-result");
      expect(server.calls.rpc.map((call) => call.name)).toContain("sidebarImportApply");
    } finally {
      await context.close();
      await server.close();
    }
  }, 120_000);

  it("refuses an Excel workbook with one message and focuses it", async () => {
    const server = await startSidebarServer({ port: 0, now: () => NOW });
    const context = await session.browser.newContext({ viewport: { width: 300, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/?tab=import`);
      await page.setInputFiles("#import-file", {
        name: "export.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
      });
      const error = page.locator("#import-error");
      await expect.poll(() => rendered(error)).toMatch(/^This is an Excel workbook, not a CSV file\./);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("import-error");
      expect(server.calls.rpc.map((call) => call.name)).not.toContain("sidebarImportApply");
    } finally {
      await context.close();
      await server.close();
    }
  }, 60_000);
});
