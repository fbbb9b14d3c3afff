import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build";
import { detectSource, readExport } from "../../src/core/import/index";
import { tableSpec } from "../../src/sheets/tables";
import { diffSnapshots, snapshotFake } from "../adoption/snapshot";
import { teamFake } from "../adoption/teamBook";
import { fixturePosts, instagramCsv, tiktokCsv } from "../core/import/fixtures";
import { installFakeAppsScript } from "../fakes/appsScript";
import { TEAM, TEAM_EXPORT, TEAM_MAPPING, teamCells } from "../sheets/stores/teamProgram";
import { evaluate, loadBundle } from "./loadBundle";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "influencer-desk-import-"));
  await buildDist(dir);
});

function sheetRows(name: string, rows: Record<string, unknown>[]): unknown[][] {
  const header = tableSpec(name).columns.map((c) => c.header);
  return [header, ...rows.map((values) => header.map((h) => values[h] ?? ""))];
}

function request(text: string, creator?: string) {
  const read = readExport(text);
  if (!read.ok) throw new Error(read.message);
  return {
    table: read.table,
    source: detectSource(read.table.headers).id,
    override: {},
    ...(creator ? { creator } : {}),
  };
}

interface Answer {
  ok: boolean;
  value?: { preview: { counts: Record<string, number> }; written: { cellsChanged: number } };
  error?: { message: string };
}

/** A spreadsheet with Maya on Roster and every other one of `count` posts already on Posts (older counts). */
function program(count: number) {
  const posts = fixturePosts("maya", count, (i) => `Id${i}x`);
  const fake = installFakeAppsScript({
    spreadsheet: {
      name: "Program",
      timeZone: "UTC",
      sheets: [
        { name: "Roster", values: sheetRows("Roster", [{ Handle: "'@maya", Platform: "Instagram" }]) },
        {
          name: "Posts",
          // Room for the new posts, as a sheet grown to its program has: growing is a call of its own.
          rows: count + 1000,
          values: sheetRows(
            "Posts",
            posts
              .filter((_, i) => i % 2 === 0)
              .map((post) => ({
                Handle: "'@maya",
                "Post URL": `https://instagram.com/p/${post.id}`,
                Impressions: post.views - 1,
                Likes: post.likes,
              })),
          ),
        },
      ],
    },
    htmlFiles: { Sidebar: readFileSync(join(dir, "Sidebar.html"), "utf8") },
  });
  const context = loadBundle(join(dir, "Code.js"), fake.globals);
  const run = (fn: string, input: unknown): Answer => {
    (context as { input?: unknown }).input = input;
    return evaluate(context, `${fn}(input)`) as Answer;
  };
  return { fake, posts, run };
}

describe("the import in the bundle, over the Apps Script fakes", () => {
  it("opens the sidebar on the Import tab from its menu item", () => {
    const { fake } = program(2);
    try {
      const context = loadBundle(join(dir, "Code.js"), fake.globals);
      evaluate(context, "menuImport()");
      const output = fake.ui.sidebars[0] as { getContent(): string };
      expect(output.getContent()).toMatch(/<div hidden id="start-tab" data-tab="import"><\/div>$/);
    } finally {
      fake.uninstall();
    }
  });

  it("previews without writing, applies, and a second import changes nothing", () => {
    const { fake, posts, run } = program(6);
    try {
      const sheet = () =>
        JSON.stringify(fake.spreadsheet.getSheetByName("Posts")?.getDataRange().getValues());
      const before = sheet();
      const shown = run("sidebarImportPreview", request(instagramCsv(posts))) as unknown as {
        ok: boolean;
        value: { counts: Record<string, number> };
      };
      // Impressions (Instagram's Views) one higher, and Comments, Shares and Saves the sheet left blank:
      // 4 cells in each of 3 posts. Reach is not imported.
      expect(shown.value.counts).toMatchObject({ newPosts: 3, updatedPosts: 3, changedCells: 12 });
      expect(sheet()).toBe(before);
      const applied = run("sidebarImportApply", request(instagramCsv(posts)));
      expect(applied.value?.written.cellsChanged).toBe(12);
      const values = fake.spreadsheet.getSheetByName("Posts")?.getDataRange().getValues() ?? [];
      expect(values).toHaveLength(7);
      expect(values[6]?.[1]).toBe("@maya");
      const after = sheet();
      const again = run("sidebarImportApply", request(instagramCsv(posts)));
      expect(again.value?.preview.counts).toMatchObject({ newPosts: 0, updatedPosts: 0, unchanged: 6 });
      expect(sheet()).toBe(after);
    } finally {
      fake.uninstall();
    }
  });

  it("refuses a file it cannot map and a creator not on Roster's export, writing nothing", () => {
    const { fake, run } = program(2);
    try {
      const sheet = () =>
        JSON.stringify(fake.spreadsheet.getSheetByName("Posts")?.getDataRange().getValues());
      const before = sheet();
      const unmapped = run("sidebarImportApply", request("Name,Notes\na,b"));
      expect(unmapped.error?.message).toMatch(/^The add-on cannot tell what this file's columns hold/);
      const leo = run("sidebarImportApply", request(tiktokCsv(fixturePosts("leo", 2, (i) => `70${i}1`))));
      expect(leo.value?.preview.counts).toMatchObject({ newPosts: 0, skipped: 2 });
      expect(sheet()).toBe(before);
    } finally {
      fake.uninstall();
    }
  });

  it("makes the same service calls to apply 200 rows as 20,000", () => {
    const callsFor = (count: number) => {
      const { fake, posts, run } = program(count);
      try {
        const input = request(instagramCsv(posts));
        fake.resetCalls();
        const applied = run("sidebarImportApply", input);
        expect(applied.value?.preview.counts).toMatchObject({ newPosts: count / 2, updatedPosts: count / 2 });
        return [...fake.calls];
      } finally {
        fake.uninstall();
      }
    };
    const small = callsFor(200);
    expect(callsFor(20_000)).toEqual(small);
    expect(small.length).toBeLessThan(80);
  }, 120_000);

  it("imports into a team's mapped Post log under its title, matching creators from their Creators tab", () => {
    const fake = teamFake(TEAM);
    try {
      const context = loadBundle(join(dir, "Code.js"), fake.globals);
      const run = (fn: string, input: unknown): Answer => {
        (context as { input?: unknown }).input = input;
        return evaluate(context, `${fn}(input)`) as Answer;
      };
      expect(run("sidebarSaveSetUp", { mapping: TEAM_MAPPING }).ok).toBe(true);
      const before = snapshotFake(fake.spreadsheet);
      const applied = run("sidebarImportApply", request(TEAM_EXPORT));
      expect(applied.value?.preview.counts).toMatchObject({ newPosts: 1, updatedPosts: 2, skipped: 1 });
      const log = fake.spreadsheet.getSheetByName("Post log")?.getDataRange().getValues() ?? [];
      const at = (row: number, header: string) => log[row - 1]?.[(log[1] ?? []).indexOf(header)];
      // Instagram's Views are its impressions: the team's "Impr.", never "Watch count" (their Views).
      expect([at(6, "Creator handle"), at(6, "Impr."), at(3, "Impr."), at(3, "Watch count")]).toEqual([
        "@leo",
        3000,
        1000,
        900,
      ]);
      const teams = [...teamCells()].flatMap(([sheet, keys]) => keys.map((key) => `${sheet}!${key} `));
      const changed = diffSnapshots(before, snapshotFake(fake.spreadsheet)).changed;
      expect(changed.filter((line) => teams.some((cell) => line.startsWith(cell)))).toEqual([
        'Post log!G3 value: "800" → "1000"',
        'Post log!G4 value: "1600" → "2000"',
      ]);
    } finally {
      fake.uninstall();
    }
  });
});
