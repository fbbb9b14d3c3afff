import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build";
import { YOUTUBE_SCOPE } from "../../src/platform/youtubePort";
import { POSTS } from "../../src/sheets/layouts/posts";
import { installFakeAppsScript } from "../fakes/appsScript";
import type { FakeVideoStatistics } from "../fakes/appsScript/youtube";
import { evaluate, loadBundle } from "./loadBundle";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "influencer-desk-youtube-"));
  await buildDist(dir);
});

const HEADERS = POSTS.columns.map((c) => c.header);
const at = (header: string) => HEADERS.indexOf(header);

function row(url: string, counts: Record<string, unknown> = {}): unknown[] {
  const cells = HEADERS.map(() => "" as unknown);
  cells[at("Platform")] = "YouTube";
  cells[at("Post URL")] = url;
  for (const [header, value] of Object.entries(counts)) cells[at(header)] = value;
  return cells;
}

const id = (n: number) => `vid${String(n).padStart(8, "0")}`;

function install(
  rows: unknown[][],
  videos: Record<string, FakeVideoStatistics>,
  deniedScopes: string[] = [],
) {
  const fake = installFakeAppsScript({
    spreadsheet: {
      name: "Program",
      timeZone: "Europe/London",
      sheets: [{ name: "Posts", values: [HEADERS, ...rows] }],
    },
    youtubeVideos: videos,
    deniedScopes,
  });
  const context = loadBundle(join(dir, "Code.js"), fake.globals);
  const posts = () => fake.spreadsheet.getSheetByName("Posts")?.getDataRange().getValues() ?? [];
  const metrics = (r: number) => ["Views", "Likes", "Comments"].map((h) => posts()[r - 1]?.[at(h)]);
  return { fake, context, metrics };
}

/** The YouTube refresh in dist/Code.js, run from its menu handler over the Apps Script fakes. */
describe("Refresh YouTube metrics in the bundle, against the Apps Script fakes", () => {
  it("updates changed counts only, leaves a formula alone, and reports what it did", () => {
    const { fake, context, metrics } = install(
      [
        row("https://www.youtube.com/watch?v=aaaaaaaaaaa", { Views: 100, Likes: 10, Comments: 1 }),
        row("https://youtu.be/bbbbbbbbbbb", { Views: 500, Likes: 50, Comments: 5 }),
        row("https://youtube.com/shorts/ccccccccccc", { Views: "=1+1", Comments: 3 }),
        row("https://www.youtube.com/watch?v=ddddddddddd"),
      ],
      {
        aaaaaaaaaaa: { viewCount: "150", likeCount: "12", commentCount: "1" },
        bbbbbbbbbbb: { viewCount: "500", likeCount: "50", commentCount: "5" },
        ccccccccccc: { viewCount: "900", commentCount: "4" },
      },
    );
    try {
      fake.resetCalls();
      evaluate(context, "menuYouTubeRefresh()");
      expect(fake.spreadsheet.toasts.map((t) => t.message)).toEqual([
        "2 videos updated, 1 unchanged, 1 not found or private. Left 1 cell as it was: a formula, text, or a column kept as text is the team's. YouTube quota today: 1 of 9,000 units.",
      ]);
      expect(fake.ui.dialogs).toEqual([]);
      expect(metrics(2)).toEqual([150, 12, 1]);
      expect(metrics(3)).toEqual([500, 50, 5]);
      expect(metrics(4)[2]).toBe(4);
      expect(
        fake.spreadsheet
          .getSheetByName("Posts")
          ?.getRange(4, at("Views") + 1)
          .getFormula(),
      ).toBe("=1+1");
      expect(fake.youtube.requests).toHaveLength(1);
      expect(fake.calls.filter((c) => c === "Range.setValues")).toHaveLength(2);
    } finally {
      fake.uninstall();
    }
  });

  it("reads 120 videos in 3 calls and writes them in one block", () => {
    const rows = Array.from({ length: 120 }, (_, i) => row(`https://youtu.be/${id(i)}`));
    const videos = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [
        id(i),
        { viewCount: String(1000 + i), likeCount: String(i), commentCount: "2" },
      ]),
    );
    const { fake, context, metrics } = install(rows, videos);
    try {
      fake.resetCalls();
      evaluate(context, "menuYouTubeRefresh()");
      expect(fake.youtube.requests.map((ids) => ids.length)).toEqual([50, 50, 20]);
      expect(fake.calls.filter((c) => c === "YouTube.Videos.list")).toHaveLength(3);
      expect(fake.calls.filter((c) => c === "Range.setValues")).toHaveLength(1);
      expect(metrics(121)).toEqual([1119, 119, 2]);
      expect(fake.spreadsheet.toasts.at(-1)?.message).toMatch(/^120 videos updated, 0 unchanged/);
      expect(fake.properties.document?.getProperty("youtube.units")).toMatch(/ 3$/);
    } finally {
      fake.uninstall();
    }
  });

  it("explains in a dialog that YouTube was not allowed, and changes nothing", () => {
    const { fake, context, metrics } = install(
      [row("https://youtu.be/aaaaaaaaaaa")],
      { aaaaaaaaaaa: { viewCount: "5" } },
      [YOUTUBE_SCOPE],
    );
    try {
      evaluate(context, "menuYouTubeRefresh()");
      expect(fake.ui.dialogs.map((d) => d.message)).toEqual([
        expect.stringMatching(
          /youtube\.readonly, not granted yet\. Open https:\/\/script\.google\.com\/\S+ and allow/,
        ),
      ]);
      expect(fake.youtube.requests).toEqual([]);
      expect(metrics(2)).toEqual(["", "", ""]);
    } finally {
      fake.uninstall();
    }
  });

  it("schedules one daily trigger however often it is clicked, runs it unattended, and removes it", () => {
    const { fake, context, metrics } = install([row("https://youtu.be/aaaaaaaaaaa")], {
      aaaaaaaaaaa: { viewCount: "5" },
    });
    try {
      evaluate(context, "menuYouTubeSchedule()");
      evaluate(context, "menuYouTubeSchedule()");
      expect(fake.scriptApp.triggers.map((t) => [t.handler, t.schedule])).toEqual([
        ["youtubeRefreshTrigger", { everyDays: 1, hour: 6, timeZone: "Europe/London" }],
      ]);
      evaluate(context, "youtubeRefreshTrigger({})");
      expect(metrics(2)).toEqual([5, "", ""]);
      evaluate(context, "menuYouTubeUnschedule()");
      expect(fake.scriptApp.triggers).toEqual([]);
      expect(fake.ui.dialogs).toEqual([]);
    } finally {
      fake.uninstall();
    }
  });
});
