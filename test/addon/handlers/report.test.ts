import { describe, expect, it } from "vitest";
import {
  buildLastWeeksReport,
  REPORT_RETRY_TRIGGER,
  REPORT_TITLE,
  REPORT_TRIGGER,
  runScheduledReport,
  scheduleWeeklyReport,
  stopWeeklyReport,
  weeklyReportStatus,
} from "../../../src/addon/actions/weeklyReport";
import { REPORT_MENU_HANDLERS, REPORT_TRIGGERS, unattendedContext } from "../../../src/addon/handlers/report";
import { memoryContext } from "../../../src/addon/memoryContext";
import { MENU } from "../../../src/addon/menu";
import { REGISTRY } from "../../../src/addon/registry";
import { runMenuAction } from "../../../src/addon/run";
import { glowWorkbook, NOW, setSetting, sheetState } from "../../fixtures/reportWorkbook";

const SCHEDULED =
  "every Monday between 7 and 8 in the morning (Europe/London), last week's report is built into a new sheet and e-mailed to Settings › Report recipients when there are any";

describe("scheduling the weekly report", () => {
  it("schedules Monday 7 o'clock in Settings' time zone, once however often it is asked", () => {
    const context = memoryContext(glowWorkbook(), () => NOW);
    expect(scheduleWeeklyReport(context)).toBe(
      `Scheduled: ${SCHEDULED}. An existing report is never replaced by the schedule.`,
    );
    expect(scheduleWeeklyReport(context)).toBe(`Already scheduled: ${SCHEDULED}. Nothing changed.`);
    expect(context.triggers.installed).toEqual([
      { id: "trigger-1", handler: REPORT_TRIGGER, weekday: "MONDAY", hour: 7, timeZone: "Europe/London" },
    ]);
  });

  it("follows the time zone typed in Settings", () => {
    const book = glowWorkbook();
    setSetting(book, "Time zone", "America/New_York");
    const context = memoryContext(book, () => NOW);
    scheduleWeeklyReport(context);
    expect(context.triggers.installed.map((t) => t.timeZone)).toEqual(["America/New_York"]);
  });

  it("clears duplicate triggers left by anything else, keeping exactly one", () => {
    const context = memoryContext(glowWorkbook(), () => NOW);
    context.triggers.weekly(REPORT_TRIGGER, { weekday: "MONDAY", hour: 7 });
    context.triggers.weekly(REPORT_TRIGGER, { weekday: "FRIDAY", hour: 9 });
    scheduleWeeklyReport(context);
    expect(context.triggers.list(REPORT_TRIGGER)).toHaveLength(1);
    expect(context.triggers.installed[0]).toMatchObject({
      weekday: "MONDAY",
      hour: 7,
      timeZone: "Europe/London",
    });
  });

  it("says whether it is scheduled, and stops", () => {
    const context = memoryContext(glowWorkbook(), () => NOW);
    expect(weeklyReportStatus(context)).toBe(
      "Not scheduled. Use Weekly report › Schedule every Monday morning to build it automatically.",
    );
    scheduleWeeklyReport(context);
    expect(weeklyReportStatus(context)).toBe(`Scheduled: ${SCHEDULED}.`);
    // A retry waiting for a busy spreadsheet goes with the schedule.
    context.triggers.once(REPORT_RETRY_TRIGGER, 600_000);
    expect(stopWeeklyReport(context)).toBe(
      "Stopped: the weekly report is no longer built on Mondays. Reports already built stay as they are.",
    );
    expect(context.triggers.installed).toEqual([]);
    expect(weeklyReportStatus(context)).toMatch(/^Not scheduled\./);
    expect(stopWeeklyReport(context)).toBe("The weekly report was not scheduled; nothing changed.");
  });
});

describe("the scheduled run", () => {
  it("builds last week's report when there is none", () => {
    const book = glowWorkbook();
    expect(runScheduledReport(memoryContext(book, () => NOW))).toMatch(/^Built sheet "Report 2026-11-16"/);
    expect(book.allSheets().map((s) => s.name)).toContain("Report 2026-11-16");
  });

  it("e-mails the new report to Settings' recipients, and sends nothing when it built nothing", () => {
    const book = glowWorkbook();
    setSetting(book, "Report recipients", "director@example.com, dana@example.com");
    const context = memoryContext(book, () => NOW);
    expect(runScheduledReport(context)).toMatch(
      /^Built sheet "Report 2026-11-16".*E-mailed the report for 2026-11-16 to 2026-11-22 to director@example.com, dana@example.com\.$/,
    );
    expect(context.mail.sent.map((m) => m.to)).toEqual([["director@example.com", "dana@example.com"]]);
    expect(runScheduledReport(context)).toMatch(/left it untouched/);
    expect(context.mail.sent).toHaveLength(1);
  });

  it("shows no dialog and no toast when nobody is watching, not even on failure", () => {
    const book = glowWorkbook();
    const context = memoryContext(book, () => NOW);
    buildLastWeeksReport(context);
    const before = sheetState(book, "Report 2026-11-16");
    book.toasts.length = 0;
    context.ui.shown.length = 0;
    runMenuAction(unattendedContext(context), REPORT_TITLE, runScheduledReport);
    context.lock.heldElsewhere = true;
    runMenuAction(unattendedContext(context), REPORT_TITLE, runScheduledReport);
    expect(context.ui.shown).toEqual([]);
    expect(book.toasts).toEqual([]);
    expect(sheetState(book, "Report 2026-11-16")).toEqual(before);
  });
});

describe("menu and registry entries", () => {
  it("every menu item names a handler entry, and the trigger takes the event parameter", () => {
    const names = [...Object.keys(REPORT_MENU_HANDLERS), ...Object.keys(REPORT_TRIGGERS)];
    const reportMenu = MENU.find((item) => item !== "separator" && item.label === "Weekly report");
    if (reportMenu === undefined || reportMenu === "separator" || !("items" in reportMenu)) {
      throw new Error("expected a submenu");
    }
    expect(reportMenu.label).toBe("Weekly report");
    for (const item of reportMenu.items) expect(names).toContain(item.handler);
    expect(REGISTRY.find((e) => e.name === REPORT_TRIGGER)).toMatchObject({
      kind: "trigger",
      params: ["e"],
    });
    expect(new Set(names).size).toBe(names.length);
  });
});
