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
  dir = mkdtempSync(join(tmpdir(), "influencer-desk-scopes-"));
  await buildDist(dir);
});

const AUTHORIZE = "https://script.google.com/macros/d/fake-script-id/authorize";

function roster(): unknown[][] {
  const header = tableSpec("Roster").columns.map((c) => c.header);
  const row = header.map(
    (h) => ({ Creator: "Maya Reyes", Handle: "'@maya", Email: "maya@example.com" })[h] ?? "",
  );
  return [header, row];
}

/** A user who unticked one permission on Google's granular consent screen. */
function withDenied(scope: string) {
  const fake = installFakeAppsScript({
    spreadsheet: { name: "Program", sheets: [{ name: "Roster", values: roster() }] },
    htmlFiles: { StarterTemplates: readFileSync(join(dir, "StarterTemplates.html"), "utf8") },
    deniedScopes: [`https://www.googleapis.com/auth/${scope}`],
  });
  return { fake, context: loadBundle(join(dir, "Code.js"), fake.globals) };
}

describe("each feature checks its own permission first and says what is missing", () => {
  it("drafts: gmail.compose, before the confirmation step and before Gmail", () => {
    const { fake, context } = withDenied("gmail.compose");
    try {
      expect((evaluate(context, "sidebarLoad(null)") as { ok: boolean }).ok).toBe(true);
      const request = '({ templateId: "T1", selection: { rows: [2] } })';
      for (const call of ["sidebarPreviewDrafts", "sidebarCreateDrafts"]) {
        expect(evaluate(context, `${call}${request}`)).toEqual({
          ok: false,
          error: {
            message: `Creating Gmail drafts needs the permission gmail.compose ("Manage drafts and send emails"), which was not granted when the add-on was authorised. Open ${AUTHORIZE} and allow "Manage drafts and send emails", then try again. Nothing was drafted.`,
          },
        });
      }
      expect(fake.gmailApi.drafts).toEqual([]);
      expect(fake.spreadsheet.getSheetByName("Outreach log")).toBeNull();
    } finally {
      fake.uninstall();
    }
  });

  it("the weekly schedule: script.scriptapp, in a dialog, and no trigger", () => {
    const { fake, context } = withDenied("script.scriptapp");
    try {
      evaluate(context, "menuReportSchedule()");
      expect(fake.ui.dialogs.map((d) => d.message)).toEqual([
        `Scheduling a run needs the permission script.scriptapp ("Allow this application to run when you are not present"), which was not granted when the add-on was authorised. Open ${AUTHORIZE} and allow "Allow this application to run when you are not present", then try again. Nothing was scheduled.`,
      ]);
      expect(fake.scriptApp.triggers).toEqual([]);
    } finally {
      fake.uninstall();
    }
  });

  it("the report e-mail: script.send_mail, in a dialog, and nothing sent", () => {
    const { fake, context } = withDenied("script.send_mail");
    try {
      const settings = fake.spreadsheet.insertSheet("Settings");
      settings.getRange(1, 1, 1, 2).setValues([["Report recipients", "dana@example.com"]]);
      evaluate(context, "menuReportEmail()");
      expect(fake.ui.dialogs.map((d) => d.message)).toEqual([
        `E-mailing the weekly report needs the permission script.send_mail ("Send email as you"), which was not granted when the add-on was authorised. Open ${AUTHORIZE} and allow "Send email as you", then try again. Nothing was sent.`,
      ]);
      expect(fake.mail.sent).toEqual([]);
    } finally {
      fake.uninstall();
    }
  });
});
