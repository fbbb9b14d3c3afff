import { afterEach, describe, expect, it, vi } from "vitest";
import { scaledData } from "../../../scripts/demo/scaledData";
import { ATTEMPTS_KEY, REPORT_ATTEMPTS, RETRY_AFTER_MS } from "../../../src/addon/actions/scheduledReport";
import {
  buildLastWeeksReport,
  EMAILED_KEY,
  emailLastWeeksReport,
  REPORT_RETRY_TRIGGER,
  REPORT_TITLE,
  REPORT_TRIGGER,
} from "../../../src/addon/actions/weeklyReport";
import { appsScriptContext } from "../../../src/addon/appsScriptContext";
import type { AddonContext } from "../../../src/addon/context";
import { REGISTRY } from "../../../src/addon/registry";
import { runMenuAction } from "../../../src/addon/run";
import { installFakeAppsScript, type SheetSeed } from "../../fakes/appsScript";

/** Monday 2026-11-16: last week is 2026-11-09 to 2026-11-15, inside scaledData's six weeks of posts. */
const NOW = new Date("2026-11-16T12:00:00Z");
const REPORT = "Report 2026-11-09";

const SETTINGS: SheetSeed = {
  name: "Settings",
  values: [
    ["Setting", "Value", "About"],
    ["Currency", "EUR"],
    ["Time zone", "Europe/Berlin"],
    ["First day of week", "Monday"],
    ["Report recipients", "dana@example.com, lee@example.com"],
    // An Instagram benchmark that flags creators of any size, so both sizes have every table of the
    // report (a table's formats cost calls per table, not per row).
    [],
    ["Instagram engagement benchmark"],
    ["Minimum followers", "Average engagement rate"],
    [0, 0.5],
  ],
};

function seeds(posts: number, extra: SheetSeed[] = []): SheetSeed[] {
  return [
    SETTINGS,
    ...Object.entries(scaledData(100, posts)).map(([name, values]) => ({
      name,
      values,
      rows: Math.max(1000, values.length + 10),
    })),
    ...extra,
  ];
}

/** Runs an action through the Apps Script adapters over a fake spreadsheet; returns the service calls. */
function run(action: (context: AddonContext) => string, posts: number) {
  const fake = installFakeAppsScript({
    spreadsheet: { name: "Program", timeZone: "Europe/Berlin", sheets: seeds(posts) },
  });
  try {
    const context = appsScriptContext();
    context.now = () => NOW;
    fake.resetCalls();
    runMenuAction(context, REPORT_TITLE, action);
    return { calls: [...fake.calls], fake };
  } finally {
    fake.uninstall();
  }
}

const growth = (calls: string[]) => calls.filter((c) => c === "Sheet.insertRowsAfter").length;
const withoutGrowth = (calls: string[]) => calls.filter((c) => c !== "Sheet.insertRowsAfter");

describe("service calls of the weekly report do not grow with the data", () => {
  it("building the report makes the same calls for 1,000 and for 20,000 posts", () => {
    const small = run(buildLastWeeksReport, 1_000);
    const large = run(buildLastWeeksReport, 20_000);
    for (const { fake } of [small, large]) {
      expect(fake.ui.dialogs).toEqual([]);
      expect(fake.spreadsheet.getSheets().map((s) => s.name)).toContain(REPORT);
    }
    expect(small.calls.filter((c) => c === "Range.getValues")).toHaveLength(6);
    expect(small.calls.filter((c) => c === "Range.setValues")).toHaveLength(1);
    expect(small.calls.filter((c) => c === "Sheet.insertChart")).toHaveLength(4);
    // A new sheet has 1,000 rows; a long list of posts needing attention may need one growth.
    expect(withoutGrowth(large.calls)).toEqual(withoutGrowth(small.calls));
    expect(growth(small.calls)).toBe(0);
    expect(growth(large.calls)).toBeLessThanOrEqual(1);
    console.info(
      `build report: ${small.calls.length} service calls at 1,000 posts, ${large.calls.length} at 20,000`,
    );
  });

  it("e-mailing the report makes the same calls for 1,000 and for 20,000 posts", () => {
    const small = run(emailLastWeeksReport, 1_000);
    const large = run(emailLastWeeksReport, 20_000);
    expect(large.calls).toEqual(small.calls);
    expect(small.calls.filter((c) => c === "MailApp.sendEmail")).toHaveLength(1);
    expect(large.fake.mail.sent.map((m) => m.to)).toEqual([["dana@example.com", "lee@example.com"]]);
    expect(large.fake.mail.sent[0]?.subject).toBe("Weekly report: Program, 2026-11-09 to 2026-11-15");
  });
});

describe("the weekly trigger, run by Apps Script with nobody watching", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function trigger(options: {
    existing?: boolean;
    lockHeldByAnotherRun?: boolean;
    deniedScopes?: string[];
    /** Runs with the fake installed, before the trigger fires (to break a service, say). */
    arrange?: (fake: ReturnType<typeof installFakeAppsScript>) => void;
  }) {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW);
    const existing: SheetSeed[] = options.existing
      ? [{ name: REPORT, values: [["Our notes on last week"]] }]
      : [];
    const fake = installFakeAppsScript({
      spreadsheet: { name: "Program", timeZone: "Europe/Berlin", sheets: seeds(500, existing) },
      lockHeldByAnotherRun: options.lockHeldByAnotherRun ?? false,
      deniedScopes: options.deniedScopes ?? [],
    });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    let thrown: unknown = null;
    try {
      options.arrange?.(fake);
      fake.resetCalls();
      const entry = REGISTRY.find((e) => e.name === REPORT_TRIGGER);
      if (!entry) throw new Error(`no ${REPORT_TRIGGER} entry`);
      // What Apps Script sees: a trigger function that throws is a failed run, e-mailed to its owner.
      try {
        (entry.run as (e: unknown) => void)({ triggerUid: "1" });
      } catch (failure) {
        thrown = failure;
      }
      return {
        fake,
        thrown,
        logged: log.mock.calls.map((c) => String(c[0])),
        errors: error.mock.calls.length,
      };
    } finally {
      log.mockRestore();
      error.mockRestore();
      fake.uninstall();
    }
  }

  it("builds last week's report under the lock, with no dialog or toast", () => {
    const { fake, logged } = trigger({});
    expect(fake.spreadsheet.getSheets().map((s) => s.name)).toContain(REPORT);
    expect(fake.calls).toContain("Lock.tryLock");
    expect(fake.calls).toContain("Lock.releaseLock");
    expect(fake.calls.filter((c) => c.startsWith("Ui.") || c === "SpreadsheetApp.getUi")).toEqual([]);
    expect(fake.spreadsheet.toasts).toEqual([]);
    expect(logged).toEqual([
      expect.stringMatching(/^Influencer Desk: weekly report: Built sheet "Report 2026-11-09"/),
    ]);
  });

  it("leaves an existing report untouched and logs why", () => {
    const { fake, logged } = trigger({ existing: true });
    const sheet = fake.spreadsheet.getSheetByName(REPORT);
    expect(sheet?.shownValue(1, 1)).toBe("Our notes on last week");
    expect(fake.calls.filter((c) => /insertSheet|deleteSheet|setValues|setName/.test(c))).toEqual([]);
    expect(logged).toEqual([
      'Influencer Desk: weekly report: The report for 2026-11-09 to 2026-11-15 is already in sheet "Report 2026-11-09", so the scheduled run left it untouched. E-mailed the report for 2026-11-09 to 2026-11-15 to dana@example.com, lee@example.com.',
    ]);
  });

  it("still e-mails a report someone built by hand before it ran, once: a second run sends nothing", () => {
    const { fake } = trigger({ existing: true });
    expect(fake.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      [["dana@example.com", "lee@example.com"], "Weekly report: Program, 2026-11-09 to 2026-11-15"],
    ]);
    expect(fake.properties.document?.getProperty(EMAILED_KEY)).toBe("2026-11-09");
    const again = trigger({
      existing: true,
      arrange: (next) => next.properties.document?.setProperty(EMAILED_KEY, "2026-11-09"),
    });
    expect(again.fake.mail.sent).toEqual([]);
    expect(again.thrown).toBeNull();
  });

  it("fails for another reason: e-mails the recipients that the report was not built, and why", () => {
    const { fake, thrown } = trigger({
      arrange: (f) => {
        f.spreadsheet.insertSheet = () => {
          throw new Error("Service Spreadsheets failed while accessing document.");
        };
      },
    });
    expect(thrown).toBeNull();
    expect(fake.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      [["dana@example.com", "lee@example.com"], "Weekly report not built: Program, 2026-11-09 to 2026-11-15"],
    ]);
    expect(fake.mail.sent[0]?.htmlBody).toContain(
      "The report for 2026-11-09 to 2026-11-15 failed: Service Spreadsheets failed while accessing document.",
    );
  });

  it("without permission to send mail: the run fails, so Apps Script e-mails the trigger's owner why", () => {
    const { fake, thrown } = trigger({ deniedScopes: ["https://www.googleapis.com/auth/script.send_mail"] });
    expect(fake.spreadsheet.getSheetByName(REPORT)).not.toBeNull();
    expect(fake.mail.sent).toEqual([]);
    expect(String(thrown)).toMatch(
      /^Error: The report for 2026-11-09 to 2026-11-15 failed: E-mailing the weekly report needs the permission script\.send_mail .* Nobody was e-mailed: /,
    );
  });

  it("with Settings' recipients unreadable: the run fails, so Apps Script e-mails the trigger's owner why", () => {
    const { fake, thrown } = trigger({
      arrange: (f) => f.spreadsheet.getSheetByName("Settings")?.getRange(5, 2).setValue("dana at example"),
    });
    expect(fake.mail.sent).toEqual([]);
    expect(String(thrown)).toContain(
      'Nobody was e-mailed: Settings › Report recipients: "dana at example" is not an e-mail address',
    );
  });

  it("finds the spreadsheet busy: logs it without a dialog and schedules a retry", () => {
    const { fake, logged, errors } = trigger({ lockHeldByAnotherRun: true });
    expect(fake.calls.filter((c) => c.startsWith("Ui.") || c === "SpreadsheetApp.getUi")).toEqual([]);
    expect(fake.spreadsheet.getSheetByName(REPORT)).toBeNull();
    expect(errors).toBe(0);
    expect(logged).toEqual([
      "Influencer Desk: weekly report: Another Influencer Desk run kept the spreadsheet busy (try 1 of 3); the report for 2026-11-09 to 2026-11-15 is tried again in about 10 minutes.",
    ]);
    expect(fake.scriptApp.triggers.map((t) => [t.handler, t.schedule])).toEqual([
      [REPORT_RETRY_TRIGGER, { afterMs: RETRY_AFTER_MS }],
    ]);
  });
});

describe("a scheduled run that finds the spreadsheet busy, retried by one-off triggers", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The weekly trigger fires, then each retry it leaves, with the lock busy for the first `busyTries`. */
  function week(busyTries: number) {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW);
    const fake = installFakeAppsScript({
      spreadsheet: { name: "Program", timeZone: "Europe/Berlin", sheets: seeds(500) },
      lockHeldByAnotherRun: busyTries > 0,
    });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const handlers = Object.fromEntries(
      REGISTRY.filter((e) => e.kind === "trigger").map((e) => [e.name, e.run as (event: unknown) => void]),
    );
    try {
      const weekly = fake.scriptApp
        .newTrigger(REPORT_TRIGGER)
        .timeBased()
        .onWeekDay("MONDAY")
        .atHour(7)
        .create();
      handlers[REPORT_TRIGGER]?.({ triggerUid: weekly.getUniqueId() });
      let tries = 1;
      const lock = fake.locks.document;
      if (lock) lock.heldByAnotherRun = tries < busyTries;
      while (fake.scriptApp.fireOneOffs(handlers) > 0) {
        tries++;
        if (lock) lock.heldByAnotherRun = tries < busyTries;
      }
      return { fake, tries, logged: log.mock.calls.map((c) => String(c[0])) };
    } finally {
      log.mockRestore();
      fake.uninstall();
    }
  }

  it("busy once: the retry fires, builds and e-mails the report, and deletes its own trigger", () => {
    const { fake, tries, logged } = week(1);
    expect(tries).toBe(2);
    expect(fake.spreadsheet.getSheetByName(REPORT)).not.toBeNull();
    expect(fake.mail.sent.map((m) => m.subject)).toEqual([
      "Weekly report: Program, 2026-11-09 to 2026-11-15",
    ]);
    // Only the weekly trigger is left; the retry count is cleared for next week.
    expect(fake.scriptApp.triggers.map((t) => t.handler)).toEqual([REPORT_TRIGGER]);
    expect(fake.properties.document?.getProperty(ATTEMPTS_KEY)).toBeNull();
    expect(logged[1]).toMatch(/^Influencer Desk: weekly report: Built sheet "Report 2026-11-09"/);
  });

  it("busy three times: the recipients are e-mailed that the report failed and why, no trigger is left over", () => {
    const { fake, tries, logged } = week(REPORT_ATTEMPTS);
    expect(tries).toBe(REPORT_ATTEMPTS);
    expect(fake.spreadsheet.getSheetByName(REPORT)).toBeNull();
    expect(fake.mail.sent).toHaveLength(1);
    const [mail] = fake.mail.sent;
    expect(mail?.to).toEqual(["dana@example.com", "lee@example.com"]);
    expect(mail?.subject).toBe("Weekly report not built: Program, 2026-11-09 to 2026-11-15");
    expect(mail?.htmlBody).toContain(
      "Another Influencer Desk run kept the spreadsheet busy (try 3 of 3), so the report for 2026-11-09 to 2026-11-15 was not built.",
    );
    expect(mail?.htmlBody).toContain("Build last week's report");
    expect(fake.scriptApp.triggers.map((t) => t.handler)).toEqual([REPORT_TRIGGER]);
    expect(fake.properties.document?.getProperty(ATTEMPTS_KEY)).toBeNull();
    expect(logged.at(-1)).toMatch(/E-mailed dana@example.com, lee@example.com that the report failed\.$/);
  });

  it("never busier than the trigger quota allows: a retry that cannot be scheduled e-mails at once", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(NOW);
    const fake = installFakeAppsScript({
      spreadsheet: { name: "Program", timeZone: "Europe/Berlin", sheets: seeds(500) },
      lockHeldByAnotherRun: true,
    });
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      for (let i = 0; i < 20; i++) fake.scriptApp.newTrigger(`other${i}`).timeBased().everyDays(1).create();
      const entry = REGISTRY.find((e) => e.name === REPORT_TRIGGER);
      if (!entry) throw new Error(`no ${REPORT_TRIGGER} entry`);
      (entry.run as (e: unknown) => void)({ triggerUid: "x" });
      expect(fake.mail.sent[0]?.htmlBody).toContain(
        "no retry could be scheduled (This script has too many triggers.",
      );
      expect(fake.scriptApp.triggers).toHaveLength(20);
    } finally {
      log.mockRestore();
      fake.uninstall();
    }
  });
});
