import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build";
import { tableSpec } from "../../src/sheets/tables";
import { installFakeAppsScript } from "../fakes/appsScript";
import { evaluate, loadBundle } from "./loadBundle";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "influencer-desk-sidebar-"));
  await buildDist(dir);
});

function roster(): unknown[][] {
  const header = tableSpec("Roster").columns.map((c) => c.header);
  const row = (values: Record<string, unknown>) => header.map((h) => values[h] ?? "");
  return [
    header,
    row({
      Creator: "Maya Reyes",
      Handle: "'@maya",
      Platform: "Instagram",
      Email: "maya@example.com",
      Followers: 12500,
      Status: "Prospect",
      Owner: "Dana",
      "Promo code": "MAYA10",
    }),
    row({
      Creator: "Leo Kim",
      Handle: "'@leo",
      Platform: "TikTok",
      Email: "",
      Followers: 4300,
      Status: "Prospect",
      Owner: "Dana",
    }),
    row({
      Creator: "Ava Silva",
      Handle: "'@ava",
      Platform: "YouTube",
      Email: "ava@example.com",
      Followers: 150000,
      Status: "Active",
      Owner: "Chris",
      "Promo code": "AVA5",
    }),
  ];
}

/** The sidebar's server functions from dist/Code.js, called as google.script.run calls them, over the fakes. */
describe("the sidebar's server functions in the bundle, against the Apps Script fakes", () => {
  it("opens the sidebar, seeds the starter templates from their project file, and drafts without sending", () => {
    const fake = installFakeAppsScript({
      spreadsheet: {
        name: "Program",
        timeZone: "America/Los_Angeles",
        sheets: [{ name: "Roster", values: roster() }],
      },
      htmlFiles: {
        Sidebar: readFileSync(join(dir, "Sidebar.html"), "utf8"),
        StarterTemplates: readFileSync(join(dir, "StarterTemplates.html"), "utf8"),
      },
    });
    try {
      const context = loadBundle(join(dir, "Code.js"), fake.globals);
      evaluate(context, "menuOpenSidebar()");
      expect(fake.ui.sidebars).toHaveLength(1);
      expect((fake.ui.sidebars[0] as { title: string }).title).toBe("Influencer Desk");

      const loaded = evaluate(context, "sidebarLoad(null)") as {
        ok: boolean;
        value: { templates: { id: string; name: string }[] };
      };
      expect(loaded.ok).toBe(true);
      expect(loaded.value.templates.map((t) => t.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6"]);
      expect(fake.spreadsheet.getSheetByName("Outreach templates")).not.toBeNull();

      const drafted = evaluate(
        context,
        'sidebarCreateDrafts({ templateId: "T1", selection: { rows: [2, 3, 4] } })',
      ) as {
        ok: boolean;
        value: { created: { handle: string }[]; skipped: { handle: string; reason: string }[] };
      };
      expect(drafted.ok).toBe(true);
      expect(drafted.value.created.map((d) => d.handle)).toEqual(["@maya", "@ava"]);
      expect(drafted.value.skipped).toEqual([
        { row: 3, handle: "@leo", reason: "No e-mail address in the Email column." },
      ]);
      expect(fake.gmailApi.drafts.map((d) => d.parsed.to)).toEqual([
        [{ address: "maya@example.com", name: "Maya Reyes" }],
        [{ address: "ava@example.com", name: "Ava Silva" }],
      ]);
      expect(fake.calls).not.toContain("MailApp.sendEmail");
      const values = fake.spreadsheet.getSheetByName("Roster")?.getDataRange().getValues() ?? [];
      const status = (values[0] ?? []).indexOf("Status");
      expect(values.slice(1).map((r) => r[status])).toEqual(["Contacted", "Prospect", "Active"]);
    } finally {
      fake.uninstall();
    }
  });
});
