import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build";
import { installFakeAppsScript } from "../fakes/appsScript";
import { evaluate, loadBundle } from "./loadBundle";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "influencer-desk-dialogs-"));
  await buildDist(dir);
});

/** The calls from `from` on, and where each dialog and the lock come among them. */
const order = (calls: string[]) =>
  calls.filter((call) => call === "Ui.alert" || call === "Ui.prompt" || call === "Lock.tryLock");

describe("menu actions ask their questions before they take the document lock", () => {
  it("asks for the week and whether to replace its sheet, then takes the lock to build it", () => {
    const fake = installFakeAppsScript({
      spreadsheet: { name: "Program", sheets: [{ name: "Report 2026-11-16", values: [["Annotated"]] }] },
      uiAnswers: [{ button: "OK", text: "2026-11-18" }, { button: "YES" }],
    });
    const document = fake.locks.document;
    let heldDuringDialog = false;
    const prompt = fake.ui.prompt.bind(fake.ui);
    const alert = fake.ui.alert.bind(fake.ui);
    // While a dialog waits for the user, the lock must be free for other runs and sidebar writes.
    fake.ui.prompt = (...args) => {
      heldDuringDialog ||= document?.held === true;
      return prompt(...args);
    };
    fake.ui.alert = (...args) => {
      heldDuringDialog ||= document?.held === true;
      return alert(...args);
    };
    try {
      const context = loadBundle(join(dir, "Code.js"), fake.globals);
      evaluate(context, "menuReportForWeek()");
      expect(fake.ui.dialogs.map((d) => d.kind)).toEqual(["prompt", "alert"]);
      expect(fake.ui.dialogs[1]?.message).toContain('Sheet "Report 2026-11-16" already holds the report');
      expect(order(fake.calls)).toEqual(["Ui.prompt", "Ui.alert", "Lock.tryLock"]);
      expect(heldDuringDialog).toBe(false);
      expect(fake.spreadsheet.toasts.at(-1)?.message).toMatch(/^Rebuilt sheet "Report 2026-11-16"/);
    } finally {
      fake.uninstall();
    }
  });

  it("a No takes no lock at all", () => {
    const fake = installFakeAppsScript({
      spreadsheet: { name: "Program", sheets: [{ name: "Report 2026-11-16", values: [["Annotated"]] }] },
      uiAnswers: [{ button: "OK", text: "2026-11-18" }, { button: "NO" }],
    });
    try {
      const context = loadBundle(join(dir, "Code.js"), fake.globals);
      evaluate(context, "menuReportForWeek()");
      expect(order(fake.calls)).toEqual(["Ui.prompt", "Ui.alert"]);
      expect(fake.spreadsheet.toasts.at(-1)?.message).toBe(
        'Kept sheet "Report 2026-11-16" as it was; nothing changed.',
      );
    } finally {
      fake.uninstall();
    }
  });
});
