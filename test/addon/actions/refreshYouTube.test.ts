import { describe, expect, it } from "vitest";
import {
  CURSOR_KEY,
  DAILY_UNIT_CAP,
  refreshYouTubeMetrics,
  scheduleYouTubeRefresh,
  stopYouTubeRefresh,
  UNITS_KEY,
  YOUTUBE_TITLE,
  YOUTUBE_TRIGGER,
  youTubeRefreshStatus,
} from "../../../src/addon/actions/refreshYouTube";
import { memoryContext } from "../../../src/addon/memoryContext";
import { runMenuAction } from "../../../src/addon/run";
import type { Cell } from "../../../src/core/cells";
import { memoryYouTube } from "../../../src/platform/memoryYouTube";
import type { VideoCounts } from "../../../src/platform/youtubePort";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../../src/workbook/port";
import { POST_HEADERS, post } from "../../fixtures/reportWorkbook";

const NOW = new Date("2026-11-24T10:00:00Z");
const col = (header: string) => POST_HEADERS.indexOf(header);

/** An 11-character video id for a number. */
function videoId(n: number): string {
  return `vid${String(n).padStart(8, "0")}`;
}

function postsBook(rows: WriteCell[][]): MemoryWorkbook {
  const book = new MemoryWorkbook({ name: "Program", timeZone: "Europe/London" });
  book.addSheet("Posts").write(1, 1, [POST_HEADERS.map((text) => ({ text })), ...rows]);
  return book;
}

function youtubeRow(
  url: string,
  counts: { views?: WriteCell; likes?: WriteCell; comments?: WriteCell } = {},
) {
  return post({ platform: "YouTube", postUrl: url, ...counts } as Record<string, Cell>) as WriteCell[];
}

function metrics(book: MemoryWorkbook, row: number): Cell[] {
  const values = book.sheet("Posts")?.read().values[row - 1] ?? [];
  return [values[col("Views")], values[col("Likes")], values[col("Comments")]];
}

function context(book: MemoryWorkbook, videos: Record<string, VideoCounts>, now: () => Date = () => NOW) {
  const ctx = memoryContext(book, now);
  ctx.youtube = memoryYouTube(videos);
  return ctx as typeof ctx & { youtube: ReturnType<typeof memoryYouTube> };
}

describe("Refresh YouTube metrics", () => {
  it("writes only the counts that changed, leaves formulas and text alone, and counts what it did", () => {
    const book = postsBook([
      youtubeRow("https://www.youtube.com/watch?v=aaaaaaaaaaa", { views: 100, likes: 10, comments: 1 }),
      youtubeRow("https://youtu.be/bbbbbbbbbbb", { views: 500, likes: 50, comments: 5 }),
      youtubeRow("https://youtube.com/shorts/ccccccccccc", { views: "=1+1", likes: "", comments: 3 }),
      youtubeRow("https://www.youtube.com/watch?v=ddddddddddd", { views: 7 }),
      post({ platform: "Instagram", postUrl: "https://instagram.com/p/xyz", views: 9 }) as WriteCell[],
      youtubeRow("https://youtu.be/eeeeeeeeeee", { views: { text: "about 2k" } }),
    ]);
    const ctx = context(book, {
      aaaaaaaaaaa: { views: 150, likes: 12, comments: 1 },
      bbbbbbbbbbb: { views: 500, likes: 50, comments: 5 },
      // likes hidden by the owner: the cell stays as it is
      ccccccccccc: { views: 900, comments: 4 },
      eeeeeeeeeee: { views: 2100, likes: 30, comments: 2 },
    });
    book.resetCalls();
    const message = refreshYouTubeMetrics(ctx);
    expect(message).toBe(
      "3 videos updated, 1 unchanged, 1 not found or private. Left 2 cells as they were: a formula, text, or a column kept as text is the team's. YouTube quota today: 1 of 9,000 units.",
    );
    // One read; writes: Views+Likes of row 2 (one block), Comments of row 4, Likes+Comments of row 7.
    expect(book.calls.filter((c) => c === "read")).toHaveLength(1);
    expect(book.calls.filter((c) => c === "write")).toHaveLength(3);
    expect(metrics(book, 2)).toEqual([150, 12, 1]);
    expect(metrics(book, 3)).toEqual([500, 50, 5]);
    expect(book.sheet("Posts")?.read().formulas[3]?.[col("Views")]).toBe("=1+1");
    expect(metrics(book, 4).slice(1)).toEqual(["", 4]);
    expect(metrics(book, 5)).toEqual([7, "", ""]);
    expect(metrics(book, 6)).toEqual([9, "", ""]);
    expect(metrics(book, 7)).toEqual(["about 2k", 30, 2]);
    expect(ctx.youtube.calls).toEqual([
      ["aaaaaaaaaaa", "bbbbbbbbbbb", "ccccccccccc", "ddddddddddd", "eeeeeeeeeee"],
    ]);

    book.resetCalls();
    expect(refreshYouTubeMetrics(ctx)).toMatch(/^0 videos updated, 4 unchanged, 1 not found or private\./);
    expect(book.calls).not.toContain("write");
  });

  it("treats a column the team keeps as text as theirs, every cell of it", () => {
    const book = postsBook([
      youtubeRow("https://youtu.be/aaaaaaaaaaa", { views: { text: "1200" }, likes: 1 }),
      youtubeRow("https://youtu.be/bbbbbbbbbbb", { views: "", likes: 1 }),
    ]);
    const ctx = context(book, {
      aaaaaaaaaaa: { views: 1300, likes: 2 },
      bbbbbbbbbbb: { views: 80, likes: 1 },
    });
    expect(refreshYouTubeMetrics(ctx)).toMatch(
      /^1 video updated, 1 unchanged, 0 not found or private\. Left 2 cells/,
    );
    expect(metrics(book, 2)).toEqual(["1200", 2, ""]);
    expect(metrics(book, 3)).toEqual(["", 1, ""]);
  });

  it("asks YouTube for 50 videos a call: 120 videos are 3 calls, and one block per column", () => {
    const rows = Array.from({ length: 120 }, (_, i) => youtubeRow(`https://youtu.be/${videoId(i)}`));
    const book = postsBook(rows);
    const videos = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [videoId(i), { views: i, likes: 2 * i, comments: 3 * i }]),
    );
    const ctx = context(book, videos);
    book.resetCalls();
    expect(refreshYouTubeMetrics(ctx)).toMatch(/^120 videos updated, 0 unchanged, 0 not found or private\./);
    expect(ctx.youtube.calls.map((ids) => ids.length)).toEqual([50, 50, 20]);
    // Views, Likes and Comments sit side by side and all changed: one write for the whole run.
    expect(book.calls.filter((c) => c === "write")).toHaveLength(1);
    expect(metrics(book, 121)).toEqual([119, 238, 357]);
  });

  it("stops at the time budget, writes what it has, and the next run finishes from where it stopped", () => {
    const rows = Array.from({ length: 120 }, (_, i) => youtubeRow(`https://youtu.be/${videoId(i)}`));
    const book = postsBook(rows);
    const videos = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [videoId(i), { views: i + 1 }]));
    let elapsed = 0;
    const ctx = context(book, videos, () => new Date(NOW.getTime() + elapsed));
    const counts = ctx.youtube.counts.bind(ctx.youtube);
    // Each call to YouTube takes 3 minutes here: after two, the 4.5-minute budget is spent.
    ctx.youtube.counts = (ids) => {
      elapsed += 3 * 60 * 1000;
      return counts(ids);
    };

    expect(refreshYouTubeMetrics(ctx)).toBe(
      "100 videos updated, 0 unchanged, 0 not found or private. YouTube quota today: 2 of 9,000 units. Stopped after 4.5 minutes to stay inside Apps Script's 6-minute limit: 20 videos left, from row 102. Run Refresh YouTube metrics again (or let the daily refresh run) and it continues there.",
    );
    expect(metrics(book, 101)).toEqual([100, "", ""]);
    expect(metrics(book, 102)).toEqual(["", "", ""]);
    expect(ctx.properties.get(CURSOR_KEY)).toBe("101");

    elapsed = 0;
    expect(refreshYouTubeMetrics(ctx)).toBe(
      "Continued from row 102: 20 videos updated, 0 unchanged, 0 not found or private. YouTube quota today: 3 of 9,000 units.",
    );
    expect(ctx.youtube.calls.map((ids) => ids.length)).toEqual([50, 50, 20]);
    expect(metrics(book, 121)).toEqual([120, "", ""]);
    expect(ctx.properties.get(CURSOR_KEY)).toBeNull();

    // Finished: the next run starts from the top again.
    elapsed = 0;
    expect(refreshYouTubeMetrics(ctx)).toMatch(/^0 videos updated, 100 unchanged/);
  });

  it("stops before the daily cap with a clear message, and counts units per Pacific day", () => {
    const rows = Array.from({ length: 60 }, (_, i) => youtubeRow(`https://youtu.be/${videoId(i)}`));
    const book = postsBook(rows);
    const ctx = context(book, { [videoId(0)]: { views: 1 } });
    // 10:00 UTC on the 24th is 02:00 on the 24th in California.
    ctx.properties.set(UNITS_KEY, `2026-11-24 ${DAILY_UNIT_CAP - 1}`);
    expect(refreshYouTubeMetrics(ctx)).toBe(
      "1 video updated, 0 unchanged, 49 not found or private. YouTube quota today: 9,000 of 9,000 units. Stopped at today's YouTube quota cap: 10 videos left, from row 52. YouTube resets the quota at midnight Pacific time; run it again after that and it continues there.",
    );
    expect(() => refreshYouTubeMetrics(ctx)).toThrow(
      "The refresh used its 9,000 YouTube quota units for today. YouTube resets the quota at midnight Pacific time; try again after that. Nothing was changed.",
    );
    ctx.properties.set(UNITS_KEY, `2026-11-23 ${DAILY_UNIT_CAP}`);
    expect(refreshYouTubeMetrics(ctx)).toMatch(/^Continued from row 52: 0 videos updated/);
  });

  it("writes what it read before YouTube refused a call, and the next run continues after it", () => {
    const rows = Array.from({ length: 70 }, (_, i) => youtubeRow(`https://youtu.be/${videoId(i)}`));
    const book = postsBook(rows);
    const videos = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [videoId(i), { views: i + 1 }]));
    const ctx = context(book, videos);
    const counts = ctx.youtube.counts.bind(ctx.youtube);
    ctx.youtube.counts = (ids) => {
      if (ctx.youtube.calls.length === 1)
        throw new Error("API call to youtube.videos.list failed with error: Backend Error");
      return counts(ids);
    };
    expect(() => refreshYouTubeMetrics(ctx)).toThrow(
      "YouTube refused a call: API call to youtube.videos.list failed with error: Backend Error Before that: 50 videos updated, 0 unchanged, 0 not found or private. YouTube quota today: 2 of 9,000 units. 20 videos left, from row 52: run it again to continue there.",
    );
    expect(metrics(book, 51)).toEqual([50, "", ""]);
    expect(ctx.properties.get(CURSOR_KEY)).toBe("51");
    ctx.youtube.counts = counts;
    expect(refreshYouTubeMetrics(ctx)).toMatch(/^Continued from row 52: 20 videos updated/);
  });

  it("explains a missing YouTube permission in the dialog and changes nothing", () => {
    const book = postsBook([youtubeRow("https://youtu.be/aaaaaaaaaaa")]);
    const ctx = context(book, { aaaaaaaaaaa: { views: 5 } });
    ctx.youtube.granted = false;
    runMenuAction(ctx, YOUTUBE_TITLE, refreshYouTubeMetrics);
    expect(ctx.ui.shown).toEqual([
      {
        kind: "alert",
        title: YOUTUBE_TITLE,
        message: expect.stringMatching(/needs the permission youtube\.readonly, not granted yet\./),
      },
    ]);
    expect(ctx.youtube.calls).toEqual([]);
    expect(metrics(book, 2)).toEqual(["", "", ""]);
  });

  it("says so when there is no Posts sheet or no YouTube link", () => {
    const empty = new MemoryWorkbook();
    expect(() => refreshYouTubeMetrics(context(empty, {}))).toThrow(
      /^There is no "Posts" sheet to refresh: run Extensions › Influencer Desk › Set up or refresh all sheets, paste the post links/,
    );
    const book = postsBook([post({ postUrl: "https://tiktok.com/@a/video/1" }) as WriteCell[]]);
    expect(refreshYouTubeMetrics(context(book, {}))).toMatch(/^No Posts row links to a YouTube video/);
  });
});

describe("the daily YouTube refresh", () => {
  it("adds one trigger however often it is asked, says so, and removes it", () => {
    const ctx = context(postsBook([]), {});
    expect(youTubeRefreshStatus(ctx)).toMatch(/^Not scheduled\./);
    const scheduled = scheduleYouTubeRefresh(ctx);
    expect(scheduled).toBe(
      "Scheduled: every morning between 6 and 7 (Europe/London), views, likes and comments of the YouTube videos in Posts are refreshed.",
    );
    expect(scheduleYouTubeRefresh(ctx)).toMatch(/^Already scheduled: .* Nothing changed\.$/);
    expect(ctx.triggers.installed).toEqual([
      { id: "trigger-1", handler: YOUTUBE_TRIGGER, hour: 6, timeZone: "Europe/London" },
    ]);
    expect(youTubeRefreshStatus(ctx)).toMatch(/^Scheduled: every morning/);
    expect(stopYouTubeRefresh(ctx)).toMatch(/^Stopped:/);
    expect(ctx.triggers.installed).toEqual([]);
    expect(stopYouTubeRefresh(ctx)).toBe("The daily YouTube refresh was not scheduled; nothing changed.");
  });

  it("asks for the permission while someone is there, before scheduling", () => {
    const ctx = context(postsBook([]), {});
    ctx.youtube.granted = false;
    expect(() => scheduleYouTubeRefresh(ctx)).toThrow(/youtube\.readonly/);
    expect(ctx.triggers.installed).toEqual([]);
  });
});
