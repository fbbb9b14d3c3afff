import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../../scripts/build";
import { SET_UP_TITLE } from "../../../src/addon/actions/setUpSheets";
import type { SetUpPlan } from "../../../src/core/rpc/mapping";
import { diffSnapshots, snapshotFake } from "../../adoption/snapshot";
import { evaluate, loadBundle } from "../../bundle/loadBundle";
import { installFakeAppsScript } from "../../fakes/appsScript";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "influencer-desk-setup-"));
  await buildDist(dir);
}, 120_000);

/** The team's roster under its own tab name, column names and status words. */
const CREATORS = [
  ["Creator", "Instagram", "IG Followers", "TikTok followers", "Email address", "Rate ($)", "Status"],
  ["Maya Reyes", "@maya", 12500, 250000, "maya@example.com", 400, "Signed"],
  ["Leo Kim", "@leo", 4300, 900, "leo@example.com", 150, "In talks"],
];

const NOTHING_CHANGED = "Everything was already up to date; nothing changed.";

function teamSpreadsheet(more: { name: string; values: unknown[][] }[] = []) {
  const fake = installFakeAppsScript({
    spreadsheet: {
      name: "Team",
      timeZone: "UTC",
      sheets: [{ name: "Creators", values: CREATORS }, ...more],
    },
    htmlFiles: { Sidebar: readFileSync(join(dir, "Sidebar.html"), "utf8") },
  });
  const context = loadBundle(join(dir, "Code.js"), fake.globals);
  const run = <T>(expression: string) => evaluate(context, expression) as T;
  const lastToast = () => fake.spreadsheet.toasts.filter((t) => t.title === SET_UP_TITLE).at(-1)?.message;
  return { fake, run, lastToast };
}

/** Settings › Mapping's rows under its header, up to the first empty one. */
function mappingRows(values: unknown[][]): unknown[][] {
  const title = values.findIndex((row) => row[0] === "Mapping");
  const rows: unknown[][] = [];
  for (let r = title + 2; r < values.length && values[r]?.[0] !== ""; r++)
    rows.push(values[r]?.slice(0, 6) ?? []);
  return rows;
}

describe("the mapping step, through the bundle over the Apps Script fakes", () => {
  it("the menu opens the Set-up tab and plans without writing; saving stores the choice; a rerun uses it", () => {
    const { fake, run, lastToast } = teamSpreadsheet();
    try {
      const before = snapshotFake(fake.spreadsheet);

      run("menuSetUpAll()");
      expect(fake.ui.sidebars).toHaveLength(1);
      expect((fake.ui.sidebars[0] as { getContent(): string }).getContent()).toContain('data-tab="setup"');
      expect(lastToast()).toMatch(/^Nothing was changed yet: "Creators" would be your Roster\./);
      const plan = run<{ ok: true; value: SetUpPlan }>("sidebarPlanSetUp({})");
      expect(plan.ok).toBe(true);
      expect(plan.value.needsChoice).toBe(true);
      const roster = plan.value.sheets.find((s) => s.sheet === "Roster");
      expect(roster).toMatchObject({ tab: "Creators", unmapped: true, leftAlone: ["TikTok followers"] });
      expect(roster?.values).toEqual([
        {
          field: "Status",
          ours: expect.arrayContaining(["Contracted", "Negotiating"]),
          map: { Signed: "Contracted", "In talks": "Negotiating" },
        },
      ]);
      // Neither the menu nor the plan wrote anything.
      expect(diffSnapshots(before, snapshotFake(fake.spreadsheet))).toEqual({ changed: [], added: [] });

      // The team keeps its Instagram column to itself and reads "Signed" as Active.
      const mapping = JSON.parse(JSON.stringify(plan.value.mapping));
      mapping.Roster.columns.Handle = "(added)";
      mapping.Roster.values.Status.Signed = "Active";
      const saved = run<{ ok: boolean; value: { summary: string; plan: SetUpPlan } }>(
        `sidebarSaveSetUp(${JSON.stringify({ mapping })})`,
      );
      expect(saved.ok).toBe(true);
      expect(saved.value.summary).toMatch(/^Created Settings, Campaigns, .*\. Updated Creators\./);
      expect(saved.value.plan.needsChoice).toBe(false);
      const settings = fake.spreadsheet.getSheetByName("Settings")?.getDataRange().getValues() ?? [];
      expect(mappingRows(settings)).toEqual([
        ["Roster", "Handle", "Creators", "(added)", "", ""],
        ["Roster", "Email", "Creators", "Email address", "", ""],
        ["Roster", "Followers", "Creators", "IG Followers", "", ""],
        ["Roster", "Rate per post", "Creators", "Rate ($)", "", ""],
        ["Roster", "Status", "Creators", "", "Signed", "Active"],
        ["Roster", "Status", "Creators", "", "In talks", "Negotiating"],
      ]);
      const header = fake.spreadsheet.getSheetByName("Creators")?.getDataRange().getValues()[0] ?? [];
      expect(header.slice(7, 9)).toEqual(["Handle", "Platform"]);
      const afterSave = snapshotFake(fake.spreadsheet);
      expect(diffSnapshots(before, afterSave).changed).toEqual([]);

      // Every later run reads the stored choice: nothing to ask, nothing to change.
      run("menuSetUpAll()");
      expect(fake.ui.sidebars).toHaveLength(1);
      expect(lastToast()).toBe(NOTHING_CHANGED);
      expect(diffSnapshots(afterSave, snapshotFake(fake.spreadsheet))).toEqual({ changed: [], added: [] });
    } finally {
      fake.uninstall();
    }
  }, 120_000);

  it("a spreadsheet whose sheets are all ours sets up at once, as before", () => {
    const fake = installFakeAppsScript({
      spreadsheet: { name: "New", timeZone: "UTC", sheets: [{ name: "Sheet1", values: [] }] },
    });
    try {
      const context = loadBundle(join(dir, "Code.js"), fake.globals);
      evaluate(context, "menuSetUpAll()");
      expect(fake.ui.sidebars).toHaveLength(0);
      expect(fake.spreadsheet.toasts.at(-1)?.message).toMatch(/^Created Settings, Roster, /);
    } finally {
      fake.uninstall();
    }
  }, 120_000);

  it("refuses to save a tab that two sheets would share, in plain words, and writes nothing", () => {
    const { fake, run } = teamSpreadsheet();
    try {
      const before = snapshotFake(fake.spreadsheet);
      const plan = run<{ value: SetUpPlan }>("sidebarPlanSetUp({})").value;
      const mapping = { ...plan.mapping, Campaigns: { tab: "Creators" } };
      const saved = run<{ ok: boolean; error: { message: string } }>(
        `sidebarSaveSetUp(${JSON.stringify({ mapping })})`,
      );
      expect(saved.ok).toBe(false);
      expect(saved.error.message).toMatch(
        /^Nothing was changed\. Campaigns: "Creators" already plays the Roster/,
      );
      expect(diffSnapshots(before, snapshotFake(fake.spreadsheet))).toEqual({ changed: [], added: [] });
    } finally {
      fake.uninstall();
    }
  }, 120_000);

  it("saves when the team's ROI tab is not laid out as ours: theirs is left alone, ours goes beside it", () => {
    const roi = [
      ["Creator", "Campaign", "Spend", "Revenue"],
      ["Maya Reyes", "Spring", 400, 1200],
    ];
    const { fake, run } = teamSpreadsheet([{ name: "ROI", values: roi }]);
    try {
      const before = snapshotFake(fake.spreadsheet);
      const plan = run<{ value: SetUpPlan }>("sidebarPlanSetUp({})").value;
      const saved = run<{ ok: boolean; value: { summary: string } }>(
        `sidebarSaveSetUp(${JSON.stringify({ mapping: plan.mapping })})`,
      );
      expect(saved.ok).toBe(true);
      expect(saved.value.summary).toMatch(/Sheet "ROI" was left as it is.*"ROI \(Influencer Desk\)"/);
      expect(fake.spreadsheet.getSheetByName("ROI (Influencer Desk)")).not.toBeNull();
      expect(diffSnapshots(before, snapshotFake(fake.spreadsheet)).changed).toEqual([]);
    } finally {
      fake.uninstall();
    }
  }, 120_000);
});
