import { describe, expect, it } from "vitest";
import { reportBlocks } from "../../../src/core/report/blocks";
import { renderReportHtml } from "../../../src/core/report/html";
import { sheetName } from "../../../src/core/report/sheetName";
import { kindsOfRow } from "../../../src/core/report/table";
import type { HeadlineMetric } from "../../../src/core/report/types";
import { CAMPAIGN_KEYS, keyed, POST_KEYS, postRow, ROSTER_KEYS, reportFor } from "./fixtures";

const XSS = "<img src=x onerror=alert(1)>";
const GOOD_LINK = "https://instagram.com/p/ok?a=1&b=2";
const TIKTOK_LINK = "https://www.tiktok.com/@maya/video/2";

const report = reportFor(
  {
    roster: keyed(ROSTER_KEYS, [["Maya Chen", "@maya", "Instagram", 12_000, "Micro"]]),
    campaigns: keyed(CAMPAIGN_KEYS, [["<script>alert(1)</script>", "Sales", "", "", 100]]),
    posts: keyed(POST_KEYS, [
      // this week: 2 posts, 30 + 10 = 40 engagements; the week before: 1 post, 80 engagements
      postRow({
        date: "2026-11-16",
        handle: XSS,
        campaign: "<script>alert(1)</script>",
        postUrl: GOOD_LINK,
        caption: XSS,
        likes: 30,
        emv: 50,
      }),
      postRow({
        date: "2026-11-18",
        handle: "@maya",
        postUrl: "javascript:alert(1)",
        caption: "#ad",
        likes: 10,
        emv: 20,
      }),
      postRow({
        date: "2026-11-19",
        handle: "@maya",
        postUrl: 'https://evil.test/"onmouseover="alert(1)',
        caption: "#ad",
        emv: 1,
      }),
      postRow({
        date: "2026-11-10",
        handle: "@maya",
        postUrl: TIKTOK_LINK,
        caption: "#ad",
        likes: 80,
        emv: 100,
      }),
    ]),
  },
  { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") },
);
const blocks = reportBlocks(report);
const html = renderReportHtml(blocks, { currency: "USD" });
const tags = html.match(/<[^>]*>/g) ?? [];

describe("renderReportHtml", () => {
  it("is a complete document with no script, SVG or loaded resource", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("</html>");
    expect(html.toLowerCase()).not.toContain("<script");
    expect(html.toLowerCase()).not.toContain("<svg");
    expect(html.toLowerCase()).not.toContain("<style");
    expect(tags.filter((tag) => /\s(src|srcset|background|action|formaction)\s*=/i.test(tag))).toEqual([]);
    expect(tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag))).toEqual([]);
  });

  it("links only to the posts' http(s) addresses", () => {
    const hrefs = tags.flatMap((tag) =>
      [...tag.matchAll(/href="([^"]*)"/g)].map((m) => m[1]?.replace(/&amp;/g, "&")),
    );
    expect(new Set(hrefs)).toEqual(new Set([GOOD_LINK]));
    // a javascript: address and one with a quote in it are shown as text, not links
    expect(html).toContain(">javascript:alert(1)<");
    expect(html).toContain("https://evil.test/&quot;onmouseover=&quot;alert(1)");
  });

  it("escapes markup typed into a handle, a caption or a campaign", () => {
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain(XSS);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // the hostile caption has no #ad, so it is listed with its text under disclosure
    const disclosure = blocks.find((b) => b.id === "attention-disclosure");
    expect(disclosure?.rows).toEqual([["2026-11-16", XSS, "(no platform)", "Missing #ad", XSS, GOOD_LINK]]);
  });

  it("lets a word over 25 characters wrap every 10 characters, never inside an escaped character", () => {
    const long = reportFor(
      {
        posts: keyed(POST_KEYS, [
          postRow({
            date: "2026-11-16",
            handle: "@the.very.long.handle.of.a.creator",
            caption: "Shop: a1234567&<b123456789c123456789",
          }),
        ]),
      },
      { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") },
    );
    const email = renderReportHtml(reportBlocks(long), { currency: "USD" });
    expect(email).toContain("<td>@the.very.<wbr>long.handl<wbr>e.of.a.cre<wbr>ator</td>");
    expect(email).toContain("<td>Shop: a1234567&amp;&lt;<wbr>b123456789<wbr>c123456789</td>");
  });

  it("colours changes and formats money, counts and rates", () => {
    // posts 3 vs 1: +200.0%; engagements 40 vs 80: −50.0%; EMV 50 + 20 + 1 = 71 vs 100
    expect(html).toContain('<span style="color:#15803d;font-weight:bold;">+200.0%</span>');
    expect(html).toContain('<span style="color:#b91c1c;font-weight:bold;">-50.0%</span>');
    expect(html).toContain(">$71.00<");
    expect(html).toContain(">$100.00<");
  });

  it("colours a change by what it means: a fall in cost per engagement is good, spend is neither", () => {
    const headline = (id: string) => report.headline.find((m) => m.id === id);
    const rows = blocks.find((b) => b.id === "headline");
    const index = rows?.rows.findIndex((r) => r[0] === "Cost per engagement") ?? -1;
    expect(rows?.better?.[index]).toBe("down");
    expect(headline("spend")?.better).toBeNull();
    const one = renderReportHtml(
      reportBlocks({
        ...report,
        headline: [
          {
            ...(headline("spend") as HeadlineMetric),
            value: 10,
            previous: 100,
            change: -90,
            changePct: -0.9,
          },
          {
            ...(headline("costPerEngagement") as HeadlineMetric),
            value: 1,
            previous: 2,
            change: -1,
            changePct: null,
          },
          {
            ...(headline("engagementRate") as HeadlineMetric),
            value: 0.0101,
            previous: 0.02,
            change: -0.0099,
            changePct: null,
          },
        ],
      }),
      { currency: "USD" },
    );
    expect(one).toContain(">-90.0%<"); // spend down: plain
    expect(one).toContain('<span style="color:#15803d;font-weight:bold;">-$1.00</span>');
    expect(one).toContain('<span style="color:#b91c1c;font-weight:bold;">−0.99 pp</span>');
  });

  it("draws the daily chart as bars of CSS width, the busiest day full width", () => {
    // Mon 30 engagements, Wed 10, Thu 0: 100%, 33.3%, 0%
    expect(html).toContain("width:100%;height:10px");
    expect(html).toContain("width:33.3%;height:10px");
    expect(html).toContain("width:0%;height:10px");
  });

  it("keeps every date on one line and links to a post by its site, so no column is wider than a date", () => {
    const dates = [...html.matchAll(/<td([^>]*)>\d{4}-\d{2}-\d{2}<\/td>/g)];
    expect(dates.length).toBeGreaterThan(7);
    for (const [, attributes] of dates) expect(attributes).toContain("white-space:nowrap");
    expect(html).toContain(
      `<a href="${GOOD_LINK.replace("&", "&amp;")}" style="color:#1d4ed8;">instagram.com</a>`,
    );
  });

  it("leaves the sheet-only columns out of the e-mail; the blocks keep them for the sheet", () => {
    const campaigns = blocks.find((b) => b.id === "campaigns");
    expect(campaigns?.header).toContain("Objective");
    expect(campaigns?.sheetOnly?.map((c) => campaigns.header[c])).toEqual([
      "Objective",
      "Paid",
      "Revenue",
      "Budget",
      "Used to date",
    ]);
    const emailHeaders = [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(emailHeaders).not.toContain("Objective");
    expect(emailHeaders).toContain("ROI to date");
  });

  it("puts the week in brief before the first table and draws the six weeks as bars under their numbers", () => {
    expect(html.indexOf(report.summary)).toBeLessThan(html.indexOf('<table role="table"'));
    const trend = html.slice(html.indexOf(">Last six weeks</h2>"));
    // The week before: 1 post, the report week: 3; bars are a share of the busiest week.
    expect(trend).toMatch(
      />1<div style="background:#e5e7eb;text-align:left;"><div style="background:#4f46e5;width:33.3%;height:6px/,
    );
  });

  it("still names an amount when the currency code is not one Intl knows", () => {
    const other = renderReportHtml(blocks, { currency: "POINTS" });
    expect(other).toContain(">POINTS 71.00<");
  });
});

describe("a busy week in the e-mail", () => {
  // 600 posts by 600 creators, none disclosed: every attention list is long
  const roster = keyed(
    ROSTER_KEYS,
    Array.from({ length: 600 }, (_, i) => [`Creator ${i}`, `@c${i}`, "Instagram", 50_000, "Mid"]),
  );
  const posts = keyed(
    POST_KEYS,
    Array.from({ length: 600 }, (_, i) =>
      postRow({
        date: "2026-11-17",
        handle: `@c${i}`,
        caption: "no tag",
        postUrl: `https://x.test/p/${i}`,
        likes: 1,
      }),
    ),
  );
  const busy = reportFor(
    { roster, posts },
    { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") },
  );
  const busyBlocks = reportBlocks(busy);

  it("keeps every row in the blocks for the sheet", () => {
    expect(busyBlocks.find((b) => b.id === "attention-disclosure")?.rows).toHaveLength(600);
  });

  it("shows the first rows of long tables, says how many more, and stays under Gmail's 102 KB clip", () => {
    const email = renderReportHtml(busyBlocks, { currency: "USD" });
    expect(email).toContain("575 more rows are in the report sheet.");
    expect(email).toContain("https://x.test/p/24");
    expect(email).not.toContain("https://x.test/p/25");
    expect(email.length).toBeLessThan(102 * 1024);
    expect(renderReportHtml(busyBlocks, { currency: "USD", maxRows: 3 })).toContain("597 more rows");
  });
});

describe("reportBlocks", () => {
  it("starts with the title, keeps values raw and gives every column a kind", () => {
    expect(blocks[0]).toMatchObject({ id: "title", title: "Weekly report: Glow Skincare Creators" });
    expect(blocks[0]?.rows[0]).toEqual(["Week", "2026-11-16 to 2026-11-22"]);
    for (const block of blocks) {
      for (let r = 0; r < block.rows.length; r++) {
        expect(kindsOfRow(block, r), block.id).toHaveLength(block.rows[r]?.length ?? -1);
      }
      if (block.header.length > 0) expect(block.columnKinds, block.id).toHaveLength(block.header.length);
    }
    const headline = blocks.find((b) => b.id === "headline");
    expect(headline?.rows[0]).toEqual(["Posts published", 3, 1, 2, 2]);
    expect(headline?.rows.find((row) => row[0] === "EMV")).toEqual(["EMV", 71, 100, -29, -0.29]);
    if (!headline) throw new Error("no headline block");
    expect(kindsOfRow(headline, 5)).toEqual(["text", "money", "money", "money", "change"]);
    const daily = blocks.find((b) => b.id === "daily");
    expect(daily?.chart).toEqual({
      kind: "column",
      title: "Engagements by day",
      labelColumn: 0,
      valueColumn: 3,
    });
    expect(daily?.rows[0]).toEqual(["Mon", "2026-11-16", 1, 30]);
    expect(blocks.at(-1)?.id).toBe("definitions");
  });

  it("shows at most the requested number of problem rows and says how many are hidden", () => {
    const posts = keyed(
      POST_KEYS,
      Array.from({ length: 5 }, () => postRow({ date: "someday" })),
    );
    const many = reportFor(
      { posts },
      { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") },
    );
    const skipped = reportBlocks(many, { maxProblemRows: 2 }).find((b) => b.id === "skipped");
    expect(skipped?.rows).toHaveLength(2);
    expect(skipped?.note).toBe("3 more not shown; fix these first and rebuild.");
  });
});

describe("sheetName", () => {
  it("names the report sheet after the week's first day", () => {
    expect(sheetName("2026-11-16")).toBe("Report 2026-11-16");
  });
});
