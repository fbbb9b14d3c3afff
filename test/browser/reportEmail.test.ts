import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoWorkbook, typed } from "../../scripts/demo/demoWorkbook";
import { lastWeeksReport, reportEmail } from "../../src/addon/actions/weeklyReport";
import { launchChromium } from "./chromium";

/** The demo's weekly e-mail as a reader's mail pane shows it, at a narrow and a wide width. */

const NOW = new Date("2026-11-25T12:00:00Z");

let browser: Browser;
let html: string;
let longTextHtml: string;

/** The demo's e-mail; `extraPost`, a Posts row typed below the demo's, as a team might log one. */
function demoEmail(extraPost?: (string | number | Date)[]): string {
  const { workbook, context } = demoWorkbook(NOW);
  const posts = workbook.sheet("Posts");
  if (extraPost && posts) posts.write(posts.read().values.length + 1, 1, typed([extraPost]));
  return reportEmail(lastWeeksReport(context).report).html;
}

/** A post the FTC check flags, whose caption holds a long link and whose handle is long: no spaces to wrap at. */
const LONG_TEXT_POST = [
  new Date("2026-11-18T12:00:00Z"),
  "@the.very.long.handle.of.a.creator",
  "Spring Trail Launch",
  "Instagram",
  "https://instagram.com/p/longtext1",
  "Shop my picks: https://summitgear.example.com/collections/spring-trail-launch-2026-limited",
  12_000,
  0,
  300,
  20,
  5,
  5,
  10,
  0,
  0,
];

beforeAll(async () => {
  browser = await launchChromium();
  html = demoEmail();
  longTextHtml = demoEmail(LONG_TEXT_POST);
});

afterAll(async () => {
  await browser?.close();
});

async function open(width: number, content = html): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.setContent(content);
  return page;
}

/** Each "YYYY-MM-DD" cell with its height, and the height of one line of the same text. */
function dateCells(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("td")]
      .filter((td) => /^\d{4}-\d{2}-\d{2}$/.test(td.textContent?.trim() ?? ""))
      .map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const lines = range.getClientRects().length;
        const probe = document.createElement("span");
        probe.textContent = "0";
        td.appendChild(probe);
        const lineHeight = probe.getBoundingClientRect().height;
        probe.remove();
        return {
          text: td.textContent,
          lines,
          contentHeight: range.getBoundingClientRect().height,
          lineHeight,
        };
      }),
  );
}

describe.each([600, 1000])("the weekly e-mail at %i px", (width) => {
  it("needs no horizontal scroll", async () => {
    const page = await open(width);
    try {
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
    } finally {
      await page.close();
    }
  });

  it("shows every date on one line", async () => {
    const page = await open(width);
    try {
      const cells = await dateCells(page);
      expect(cells.length).toBeGreaterThan(20);
      for (const cell of cells) {
        expect(cell.lines, `${cell.text} wraps`).toBe(1);
        expect(cell.contentHeight, `${cell.text} is taller than a line`).toBeLessThanOrEqual(
          cell.lineHeight + 1,
        );
      }
    } finally {
      await page.close();
    }
  });
});

describe.each([600, 1000])(
  "a flagged post with a long link in its caption and a long handle, at %i px",
  (width) => {
    it("is listed and wraps inside its cells: no horizontal scroll", async () => {
      const page = await open(width, longTextHtml);
      try {
        const first = page.locator("h2").first();
        await expect(first.textContent()).resolves.toBe("Needs attention: FTC disclosure");
        const table = page.locator("h2 + table").first();
        await expect(table.textContent()).resolves.toContain(
          "summitgear.example.com/collections/spring-trail",
        );
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(width);
      } finally {
        await page.close();
      }
    });
  },
);

describe("the weekly e-mail's first screen", () => {
  it("opens with the week in brief, then what needs attention", async () => {
    const page = await open(600);
    try {
      const headings = await page.locator("h2").allInnerTexts();
      expect(headings.slice(0, 3)).toEqual([
        "Needs attention: FTC disclosure",
        "Needs attention: deliverables not posted",
        "Needs attention: campaigns over budget",
      ]);
      const brief = await page.locator("h1 ~ p").filter({ hasText: "posts, EMV" }).textContent();
      expect(brief).toMatch(/^22 posts, EMV \$33\.9K \(−35% on last week\); 3 posts need a disclosure fix; /);
      mkdirSync("docs/img", { recursive: true });
      await page.screenshot({ path: "docs/img/report-email-600.png" });
      // The plan and the six weeks, as the reader scrolls on.
      const plan = page.locator("h2", { hasText: "Plan vs actual" });
      await page.evaluate((top) => window.scrollTo(0, top), (await plan.boundingBox())?.y ?? 0);
      await page.screenshot({ path: "docs/img/report-email-600-plan.png" });
    } finally {
      await page.close();
    }
  });
});
