import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build";
import { tableSpec } from "../../src/sheets/tables";
import { type FakeAppsScript, installFakeAppsScript } from "../fakes/appsScript";
import { FakeRange } from "../fakes/appsScript/range";
import { evaluate, loadBundle } from "./loadBundle";

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "influencer-desk-drafts-"));
  await buildDist(dir);
});

const CREATORS = ["Maya Reyes", "Leo Kim", "Ava Silva", "Noor Haddad", "Sam Ortiz"];

function roster(): unknown[][] {
  const header = tableSpec("Roster").columns.map((c) => c.header);
  const row = (values: Record<string, unknown>) => header.map((h) => values[h] ?? "");
  return [
    header,
    ...CREATORS.map((name) => {
      const first = name.split(" ")[0]?.toLowerCase() ?? "";
      return row({ Creator: name, Handle: `'@${first}`, Email: `${first}@example.com`, Status: "Prospect" });
    }),
  ];
}

/**
 * Apps Script's clock inside the bundle: `new Date()` reads `clock()`, every other use of Date is the
 * host's own, so Dates the bundle writes are Dates to the fakes and back.
 */
function clockedDate(clock: () => number): DateConstructor {
  return new Proxy(Date, {
    construct: (Target, args: unknown[]) =>
      args.length === 0 ? new Target(clock()) : new Target(...(args as [number])),
    get: (Target, key) => (key === "now" ? () => clock() : Reflect.get(Target, key)),
  });
}

interface Outcome {
  ok: boolean;
  value: {
    created: { handle: string; name: string; email: string; url: string }[];
    skipped: { handle: string; reason: string }[];
    notes: string[];
  };
  error: { message: string };
}

function setUp(clock: () => number): { fake: FakeAppsScript; context: vm.Context; draft: () => Outcome } {
  const fake = installFakeAppsScript({
    spreadsheet: {
      name: "Program",
      timeZone: "America/Los_Angeles",
      sheets: [{ name: "Roster", values: roster() }],
    },
    htmlFiles: { StarterTemplates: readFileSync(join(dir, "StarterTemplates.html"), "utf8") },
  });
  const context = loadBundle(join(dir, "Code.js"), { ...fake.globals, Date: clockedDate(clock) });
  expect((evaluate(context, "sidebarLoad(null)") as { ok: boolean }).ok).toBe(true);
  const draft = () =>
    evaluate(
      context,
      'sidebarCreateDrafts({ templateId: "T1", selection: { rows: [2, 3, 4, 5, 6] } })',
    ) as Outcome;
  return { fake, context, draft };
}

const logRows = (fake: FakeAppsScript) =>
  fake.spreadsheet.getSheetByName("Outreach log")?.getDataRange().getValues() ?? [];

describe("Create Gmail drafts in the bundle, against the Apps Script fakes", () => {
  it("stops at its time budget, says how many are left, and the next click continues without a second draft", () => {
    const start = Date.parse("2025-03-14T18:00:00Z");
    // Each draft takes Gmail 90 seconds here: the fourth would start after the 4-minute budget.
    let fake: FakeAppsScript | undefined;
    const clock = () => start + (fake?.gmailApi.drafts.length ?? 0) * 90_000;
    const run = setUp(clock);
    fake = run.fake;
    try {
      const first = run.draft();
      expect(first.ok).toBe(true);
      expect(first.value.created.map((d) => d.name)).toEqual(["Maya Reyes", "Leo Kim", "Ava Silva"]);
      expect(first.value.notes).toEqual([
        'Stopped after 4 minutes to stay inside Apps Script\'s 6-minute limit: 3 drafts made, 2 left. Click "Create Gmail drafts" again to continue; creators drafted today are skipped.',
      ]);
      expect(first.value.skipped.map((s) => s.handle)).toEqual(["@noor", "@sam"]);

      const second = run.draft();
      expect(second.value.created.map((d) => d.name)).toEqual(["Noor Haddad", "Sam Ortiz"]);
      expect(second.value.skipped.map((s) => s.reason.slice(0, 21))).toEqual(
        Array(3).fill("Already drafted today"),
      );
      const to = fake.gmailApi.drafts.map((d) => d.parsed.to?.[0]);
      expect(to.map((address) => address && "address" in address && address.address)).toEqual([
        "maya@example.com",
        "leo@example.com",
        "ava@example.com",
        "noor@example.com",
        "sam@example.com",
      ]);
      expect(
        logRows(fake)
          .slice(1)
          .map((row) => [row[1], row[5]]),
      ).toEqual(["@maya", "@leo", "@ava", "@noor", "@sam"].map((handle) => [handle, "Drafted"]));
    } finally {
      fake.uninstall();
    }
  });

  it("names the drafts Gmail made when the log write after them fails, and a retry makes no second draft", () => {
    const { fake, context, draft } = setUp(() => Date.parse("2025-03-14T18:00:00Z"));
    // Apps Script's own Error, as the real service throws it.
    const ScriptError = evaluate(context, "Error") as ErrorConstructor;
    const setValues = FakeRange.prototype.setValues;
    let completions = 0;
    // The write that completes the second creator's log row (after Gmail made the draft) fails.
    FakeRange.prototype.setValues = function (this: FakeRange, values: unknown[][]) {
      if (this.sheet.getName() === "Outreach log" && values.flat().includes("'Drafted")) {
        completions += 1;
        if (completions === 2) throw new ScriptError("Service Spreadsheets failed while accessing document.");
      }
      return setValues.call(this, values);
    };
    try {
      const failed = draft();
      expect(failed.ok).toBe(false);
      expect(failed.error.message).toBe(
        "Creating Gmail drafts stopped: Service Spreadsheets failed while accessing document. Gmail had already made 2 drafts, for Maya Reyes <maya@example.com>, Leo Kim <leo@example.com>; they are in Gmail's Drafts and in the Outreach log, so trying again does not draft them twice.",
      );
      expect(fake.gmailApi.drafts).toHaveLength(2);

      const retry = draft();
      expect(retry.ok).toBe(true);
      expect(retry.value.created.map((d) => d.handle)).toEqual(["@ava", "@noor", "@sam"]);
      // Leo's row stayed "Drafting": the draft may be in Gmail, so it is never made again.
      expect(retry.value.skipped.map((s) => [s.handle, s.reason.split(" with ")[0]])).toEqual([
        ["@maya", "Already drafted today"],
        ["@leo", "A draft"],
      ]);
      expect(retry.value.skipped[1]?.reason).toContain(
        "was started today but its Outreach log row was never completed",
      );
      expect(fake.gmailApi.drafts).toHaveLength(5);
    } finally {
      FakeRange.prototype.setValues = setValues;
      fake.uninstall();
    }
  });

  it("stores each creator's Drafting row before Gmail is asked, and every write before the lock is let go", () => {
    const { fake, draft } = setUp(() => Date.parse("2025-03-14T18:00:00Z"));
    const setValues = FakeRange.prototype.setValues;
    // The log's writes go into the record beside the service calls, by the status they write.
    FakeRange.prototype.setValues = function (this: FakeRange, values: unknown[][]) {
      const status = values.flat().find((cell) => cell === "'Drafting" || cell === "'Drafted");
      if (this.sheet.getName() === "Outreach log" && status) fake.calls.push(`log ${status}`);
      return setValues.call(this, values);
    };
    try {
      fake.calls.length = 0;
      expect(draft().ok).toBe(true);
      const order = fake.calls.filter((call) =>
        /^log |^SpreadsheetApp\.flush$|^Gmail\.Users\.Drafts\.create$|^Lock\.releaseLock$/.test(call),
      );
      const perDraft = ["log 'Drafting", "SpreadsheetApp.flush", "Gmail.Users.Drafts.create", "log 'Drafted"];
      expect(order).toEqual([
        ...CREATORS.flatMap(() => perDraft),
        "SpreadsheetApp.flush",
        "Lock.releaseLock",
      ]);
    } finally {
      FakeRange.prototype.setValues = setValues;
      fake.uninstall();
    }
  });
});
