import { describe, expect, it } from "vitest";
import type { AddonContext } from "../../../src/addon/context";
import { runSidebarCall } from "../../../src/addon/sidebar/registryEntries";
import { detectSource, type MappingOverride, readExport } from "../../../src/core/import/index";
import type { ImportApplied, ImportPreviewValue } from "../../../src/core/rpc/import";
import {
  csv,
  fixturePosts,
  instagramCsv,
  shopifyCsv,
  tiktokCsv,
  youtubeCsv,
} from "../../core/import/fixtures";
import { cellSnapshot, importProgram, type PostRow, postsRows } from "./importProgram";

const MAYA = fixturePosts("maya", 4, (i) => `C8xYz${i}AbCd`);

function requestFor(text: string, extra: { override?: MappingOverride; creator?: string } = {}) {
  const read = readExport(text);
  if (!read.ok) throw new Error(read.message);
  return { table: read.table, source: detectSource(read.table.headers).id, override: {}, ...extra };
}

function preview(context: AddonContext, input: unknown): ImportPreviewValue {
  const result = runSidebarCall(() => context, "sidebarImportPreview", input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportPreviewValue;
}

function apply(context: AddonContext, input: unknown): ImportApplied {
  const result = runSidebarCall(() => context, "sidebarImportApply", input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ImportApplied;
}

function refused(context: AddonContext, input: unknown): string {
  const result = runSidebarCall(() => context, "sidebarImportApply", input);
  if (result.ok) throw new Error("expected the import to be refused");
  return result.error.message;
}

/** Maya's first two posts already on Posts, with older numbers, a campaign and the team's caption. */
const EXISTING: PostRow[] = MAYA.slice(0, 2).map((post, i) => ({
  date: new Date(Date.UTC(2026, 0, 1 + i)),
  handle: "@maya",
  campaign: "Spring",
  platform: "Instagram",
  postUrl: `https://instagram.com/p/${post.id}`,
  caption: "our own caption",
  // Instagram's Views since 2025 are its impressions (see the report's "How the numbers are defined").
  impressions: i === 0 ? post.views - 100 : post.views,
  likes: post.likes,
  comments: post.comments,
  shares: post.shares,
  saves: post.saves ?? 0,
}));

describe("importing an Instagram export from the sidebar", () => {
  it("previews new posts and each changed cell, writes nothing until Apply", () => {
    const { context, workbook } = importProgram(EXISTING);
    const before = cellSnapshot(workbook);
    const shown = preview(context, requestFor(instagramCsv(MAYA)));
    expect(shown.sourceLabel).toBe("Instagram (Meta Business Suite content export)");
    expect(shown.counts).toMatchObject({
      newPosts: 2,
      updatedPosts: 1,
      changedCells: 1,
      unchanged: 1,
      skipped: 0,
    });
    expect(shown.updates).toEqual([
      { row: 2, lines: [2], changes: [{ field: "impressions", label: "Impressions", old: 900, new: 1000 }] },
    ]);
    expect(shown.newPosts.map((post) => [post.line, post.handle, post.date])).toEqual([
      [4, "@maya", "2026-03-03"],
      [5, "@maya", "2026-04-04"],
    ]);
    expect(cellSnapshot(workbook)).toBe(before);
  });

  it("changes only the metric cells of matched rows, appends new posts, and a second import changes nothing", () => {
    const { context, workbook } = importProgram(EXISTING);
    const applied = apply(context, requestFor(instagramCsv(MAYA)));
    expect(applied.written).toMatchObject({ appended: { first: 4, last: 5 }, cellsChanged: 1 });
    const rows = postsRows(workbook);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ impressions: 1000, caption: "our own caption", campaign: "Spring" });
    expect(rows[1]).toMatchObject({ impressions: MAYA[1]?.views, caption: "our own caption" });
    expect(rows[2]).toMatchObject({
      handle: "@maya",
      platform: "Instagram",
      postUrl: `https://www.instagram.com/reel/${MAYA[2]?.id}/`,
      caption: "Post 3, with a comma #ad",
      impressions: MAYA[2]?.views,
    });
    expect(rows[2]?.date).toBeInstanceOf(Date);

    const after = cellSnapshot(workbook);
    const again = apply(context, requestFor(instagramCsv(MAYA)));
    expect(again.preview.counts).toMatchObject({ newPosts: 0, updatedPosts: 0, unchanged: 4, skipped: 0 });
    expect(again.written).toEqual({ appended: null, cellsChanged: 0, writes: 0 });
    expect(cellSnapshot(workbook)).toBe(after);
  });

  it("never writes over a metric cell holding the team's formula", () => {
    const { context: programContext, workbook } = importProgram(EXISTING);
    // Posts row 2's Impressions (column 7) computed by the team.
    workbook.sheet("Posts")?.write(2, 7, [["=1+1"]]);
    const applied = apply(programContext, requestFor(instagramCsv(MAYA)));
    expect(applied.preview.updates.map((update) => update.row)).not.toContain(2);
    expect(workbook.sheet("Posts")?.read().formulas[1]?.[6]).toBe("=1+1");
  });
});

describe("per-channel exports", () => {
  const LEO = fixturePosts("leo", 3, (i) => `73${i}000000000000000`);

  it("propose the creator whose handle is in the links, and take another the person picks", () => {
    const { context } = importProgram([]);
    const shown = preview(context, requestFor(tiktokCsv(LEO)));
    expect(shown.creator).toMatchObject({ handle: "@leo", how: "links" });
    expect(shown.rosterHandles).toEqual(["@maya", "@leo", "@ava"]);
    const picked = preview(context, requestFor(tiktokCsv(LEO), { creator: "@ava" }));
    expect(picked.creator).toMatchObject({ handle: "@ava", how: "option" });
    expect(picked.newPosts.map((post) => post.handle)).toEqual(["@ava", "@ava", "@ava"]);
  });

  it("skip YouTube Studio's Total row and match videos by their ID", () => {
    const AVA = fixturePosts("ava", 2, (i) => `dQw4w9WgXc${i}`);
    const { context, workbook } = importProgram([
      {
        date: new Date(Date.UTC(2026, 0, 1)),
        handle: "@ava",
        platform: "YouTube",
        postUrl: `https://youtu.be/${AVA[0]?.id}`,
        views: 1,
      },
    ]);
    const applied = apply(context, requestFor(youtubeCsv(AVA), { creator: "@ava" }));
    expect(applied.preview.skipped).toEqual([
      { line: 2, reason: "the Total row (the sum of the rows below)" },
    ]);
    expect(applied.preview.counts).toMatchObject({ newPosts: 1, updatedPosts: 1 });
    expect(postsRows(workbook)[0]).toMatchObject({ views: AVA[0]?.views, likes: AVA[0]?.likes });
  });
});

describe("Shopify sales by discount code", () => {
  it("puts a code's orders and net sales on its creator's post", () => {
    const { context, workbook } = importProgram(EXISTING);
    const applied = apply(
      context,
      requestFor(shopifyCsv([{ code: "MAYA10", orders: 7, gross: 350, net: 315 }])),
    );
    expect(applied.preview.counts).toMatchObject({ updatedPosts: 1, changedCells: 2 });
    expect(postsRows(workbook)[0]).toMatchObject({ promoRedemptions: 7, revenue: 315 });
  });
});

describe("rows pasted from another spreadsheet", () => {
  it("are mapped by header names, and a person's mapping is remembered for the source", () => {
    const pasted = csv(
      [
        ["Link", "Plays", "Hearts", "Our notes"],
        [`https://instagram.com/p/${MAYA[0]?.id}`, "5000", "300", "great"],
      ],
      "\t",
    );
    const { context, workbook } = importProgram(EXISTING);
    const override: MappingOverride = { Hearts: "ignore" };
    const applied = apply(context, requestFor(pasted, { override }));
    expect(applied.preview.ignored).toEqual(["Hearts", "Our notes"]);
    expect(postsRows(workbook)[0]).toMatchObject({ views: 5000, likes: MAYA[0]?.likes });
    const remembered = runSidebarCall(() => context, "sidebarImportMappings", {});
    expect(remembered).toEqual({ ok: true, value: { other: { Hearts: "ignore" } } });
  });
});

describe("files the import refuses", () => {
  it("a header nothing maps, a missing Posts sheet, a malformed request: one message, nothing written", () => {
    const { context, workbook } = importProgram(EXISTING);
    const before = cellSnapshot(workbook);
    expect(
      refused(
        context,
        requestFor(
          csv([
            ["Name", "Notes"],
            ["a", "b"],
          ]),
        ),
      ),
    ).toMatch(/^The add-on cannot tell what this file's columns hold\. Columns found: Name, Notes\./);
    expect(refused(context, { ...requestFor(instagramCsv(MAYA)), source: "myspace" })).toBe(
      "Importing: Source must be one the import knows.",
    );
    expect(cellSnapshot(workbook)).toBe(before);
    workbook.removeSheet("Posts");
    expect(refused(context, requestFor(instagramCsv(MAYA)))).toMatch(/There is no "Posts" sheet yet/);
  });
});

describe("service calls", () => {
  function writesFor(rows: number): number {
    const posts = fixturePosts("maya", rows, (i) => `Id${i}x`);
    const existing: PostRow[] = posts
      .filter((_, i) => i % 2 === 0)
      .map((post) => ({
        handle: "@maya",
        postUrl: `https://instagram.com/p/${post.id}`,
        views: 1,
        likes: post.likes,
      }));
    const { context, writes } = importProgram(existing);
    const before = writes.length;
    const applied = apply(context, requestFor(instagramCsv(posts)));
    expect(applied.preview.counts.newPosts).toBe(rows / 2);
    return writes.length - before;
  }

  it("are the same for 200 and 20,000 rows", () => {
    expect(writesFor(20_000)).toBe(writesFor(200));
  }, 60_000);
});
