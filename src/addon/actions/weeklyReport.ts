import { dateExample, parseDate } from "../../core/dateParse";
import { previousWeek, type Week, weekContaining } from "../../core/dates";
import { reportBlocks } from "../../core/report/blocks";
import { renderReportHtml } from "../../core/report/html";
import { sheetName } from "../../core/report/sheetName";
import type { WeeklyReport } from "../../core/report/types";
import { count } from "../../core/text";
import { FEATURE_SCOPES, requireScope } from "../../platform/scopesPort";
import { replaceReportSheet, reportSheetLayout, writeNewReportSheet } from "../../sheets/reportSheet";
import { type ReportConfig, readReportConfig, weeklyReportFor } from "../../sheets/reportSources";
import { extentOf, trimGridTo } from "../../workbook/trim";
import type { AddonContext } from "../context";
import type { Asked } from "../run";
import { scheduleOnce, scheduleStatus } from "./schedule";

export const REPORT_TITLE = "Influencer Desk: weekly report";
/** The top-level function the weekly time-driven trigger calls. */
export const REPORT_TRIGGER = "weeklyReportTrigger";
/** The top-level function a one-off retry of a scheduled run calls (see scheduledReport.ts). */
export const REPORT_RETRY_TRIGGER = "weeklyReportRetryTrigger";
const SCHEDULE = { weekday: "MONDAY", hour: 7 } as const;

function span(week: { start: string; end: string }): string {
  return `${week.start} to ${week.end}`;
}

/** The full week before the one holding `now`, with weeks as Settings defines them. */
export function lastWeek(config: ReportConfig, now: Date): Week {
  return previousWeek(weekContaining(now, config.timeZone, config.firstDayOfWeek), config.timeZone);
}

function summary(report: WeeklyReport): string {
  const posts = report.headline.find((m) => m.id === "posts")?.value ?? 0;
  const { disclosure, deliverables, lowEngagement, overBudget } = report.attention;
  const attention = disclosure.length + deliverables.length + lowEngagement.length + overBudget.length;
  return `${count(posts, "post")}, ${count(attention, "item")} needing attention.`;
}

type Mode = "interactive" | "scheduled";

/** The week a person asked for, whether they agreed to replace its report sheet, and the settings read to ask. */
export interface WeekChoice {
  config: ReportConfig;
  week: Week;
  replace: boolean;
}

/**
 * Builds one week's report sheet. An existing report is replaced only when a person said yes; a
 * scheduled run never replaces one, since someone may have annotated it.
 */
function buildWeek(context: AddonContext, choice: WeekChoice, mode: Mode): string {
  const { workbook } = context;
  const { config, week } = choice;
  const name = sheetName(week.start);
  const exists = workbook.sheet(name) !== null;
  if (exists && mode === "scheduled") {
    return `The report for ${span(week)} is already in sheet "${name}", so the scheduled run left it untouched.`;
  }
  if (exists && !choice.replace) {
    return `Sheet "${name}" already holds the report for ${span(week)}; it was made while you were asked, so it was kept. Run it again to replace it.`;
  }
  const report = reportFor(context, config, week);
  const write = exists ? replaceReportSheet : writeNewReportSheet;
  const layout = reportSheetLayout(reportBlocks(report), config.currency, workbook.timeZone);
  write(workbook, layout, name);
  // A report is written once: the grid beyond it would only count toward the 10-million-cell limit.
  const sheet = workbook.sheet(name);
  if (sheet) trimGridTo(sheet, extentOf(layout.cells, layout.charts));
  if (mode === "interactive") workbook.activate(name);
  return `${exists ? "Rebuilt" : "Built"} sheet "${name}" for ${span(week)}: ${summary(report)}`;
}

/** Asks whether to replace the week's report sheet when there is one (before any lock is taken). */
function askReplace(context: AddonContext, config: ReportConfig, week: Week): Asked<WeekChoice> {
  const name = sheetName(week.start);
  if (context.workbook.sheet(name) === null) return { answer: { config, week, replace: false } };
  const yes = context.ui.confirm(
    REPORT_TITLE,
    `Sheet "${name}" already holds the report for ${span(week)}. Replace it with a new one built from your sheets as they are now?`,
  );
  return yes
    ? { answer: { config, week, replace: true } }
    : { done: `Kept sheet "${name}" as it was; nothing changed.` };
}

/** The dialogs of "Build last week's report": only whether to replace it. */
export function askLastWeek(context: AddonContext): Asked<WeekChoice> {
  const config = readReportConfig(context.workbook);
  return askReplace(context, config, lastWeek(config, context.now()));
}

/** Builds the week the dialogs settled on; runs under the lock. */
export function buildChosenWeek(context: AddonContext, choice: WeekChoice): string {
  return buildWeek(context, choice, "interactive");
}

const answered = (context: AddonContext, asked: Asked<WeekChoice>) =>
  "done" in asked ? asked.done : buildChosenWeek(context, asked.answer);

export function buildLastWeeksReport(context: AddonContext): string {
  return answered(context, askLastWeek(context));
}

/** Document property: the first day of the last week whose report was e-mailed (by hand or on schedule). */
export const EMAILED_KEY = "weeklyReport.emailed";

/**
 * What the weekly trigger runs: last week's report, unless it is already there, then the e-mail to
 * Settings › Report recipients when some are set, once a week: a report someone built by hand
 * before the schedule ran still goes out, and a second run sends nothing.
 */
export function runScheduledReport(context: AddonContext): string {
  const config = readReportConfig(context.workbook);
  const week = lastWeek(config, context.now());
  const built = buildWeek(context, { config, week, replace: false }, "scheduled");
  if (config.recipients.trim() === "" || context.properties.get(EMAILED_KEY) === week.start) return built;
  return `${built} ${emailLastWeeksReport(context)}`;
}

/** The dialogs of "Build the report for a week…": which day, then whether to replace its sheet. */
export function askWeekToBuild(context: AddonContext): Asked<WeekChoice> {
  const config = readReportConfig(context.workbook);
  const examples = `2026-11-16 or ${dateExample(config.dayFirst)}`;
  const typed = context.ui.prompt(
    REPORT_TITLE,
    `Build the report for the week containing which day? Type a date such as ${examples}.`,
  );
  if (typed === null || typed.trim() === "") return { done: "No date given, so no report was built." };
  const day = parseDate(typed, { dayFirst: config.dayFirst, timeZone: config.timeZone });
  if (!day) {
    throw new Error(
      `"${typed.trim()}" is not a date. Type one day of the week you want, such as ${examples}. Nothing was built.`,
    );
  }
  return askReplace(context, config, weekContaining(day, config.timeZone, config.firstDayOfWeek));
}

export function buildReportForWeek(context: AddonContext): string {
  return answered(context, askWeekToBuild(context));
}

function scheduleText(config: ReportConfig): string {
  return `every Monday between 7 and 8 in the morning (${config.timeZone}), last week's report is built into a new sheet and e-mailed to Settings › Report recipients when there are any`;
}

export function scheduleWeeklyReport(context: AddonContext): string {
  const config = readReportConfig(context.workbook);
  return scheduleOnce(
    context,
    REPORT_TRIGGER,
    scheduleText(config),
    () => context.triggers.weekly(REPORT_TRIGGER, { ...SCHEDULE, timeZone: config.timeZone }),
    " An existing report is never replaced by the schedule.",
  );
}

export function stopWeeklyReport(context: AddonContext): string {
  const removed = context.triggers.remove(REPORT_TRIGGER);
  // A retry waiting for a busy spreadsheet belongs to the schedule too.
  context.triggers.remove(REPORT_RETRY_TRIGGER);
  return removed === 0
    ? "The weekly report was not scheduled; nothing changed."
    : "Stopped: the weekly report is no longer built on Mondays. Reports already built stay as they are.";
}

export function weeklyReportStatus(context: AddonContext): string {
  return scheduleStatus(
    context,
    REPORT_TRIGGER,
    () => scheduleText(readReportConfig(context.workbook)),
    "Weekly report › Schedule every Monday morning to build it",
  );
}

const EMAIL = /^[^\s@,;<>"'()]+@[^\s@,;<>"'()]+\.[^\s@,;<>"'()]+$/;

/** Settings › Report recipients as addresses; throws naming the first one that is not an address. */
export function reportRecipients(config: ReportConfig): string[] {
  const typed = config.recipients
    .split(/[,;\n]/)
    .map((a) => a.trim())
    .filter((a) => a !== "");
  if (typed.length === 0) {
    throw new Error(
      config.hasSettingsSheet
        ? "Settings › Report recipients is empty. Type the addresses there (column B, separated by commas), then try again. Nothing was sent."
        : "There is no Settings sheet to hold the report's recipients. Add it with Influencer Desk › Set up one sheet › Settings, type the addresses under Report recipients, then try again. Nothing was sent.",
    );
  }
  const bad = typed.find((a) => !EMAIL.test(a));
  if (bad !== undefined) {
    throw new Error(
      `Settings › Report recipients: "${bad}" is not an e-mail address (like dana@example.com). Fix it, then try again. Nothing was sent.`,
    );
  }
  const seen = new Set<string>();
  return typed.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
}

/** The e-mail of a report: the same blocks as the sheet, rendered as Gmail-safe HTML. */
export function reportEmail(report: WeeklyReport): { subject: string; html: string } {
  return {
    subject: `Weekly report: ${report.spreadsheetName}, ${span(report.week)}`,
    html: renderReportHtml(reportBlocks(report), { currency: report.currency }),
  };
}

const reportFor = (context: AddonContext, config: ReportConfig, week: Week): WeeklyReport =>
  weeklyReportFor(context.workbook, config, week, context.now(), context.assets.definitions());

/** Last week's report and the settings it was built with, without writing anything. */
export function lastWeeksReport(context: AddonContext): { config: ReportConfig; report: WeeklyReport } {
  const config = readReportConfig(context.workbook);
  const report = reportFor(context, config, lastWeek(config, context.now()));
  return { config, report };
}

export function emailLastWeeksReport(context: AddonContext): string {
  const config = readReportConfig(context.workbook);
  const to = reportRecipients(config);
  requireScope(context.scopes, FEATURE_SCOPES.sendMail, "Nothing was sent.");
  const left = context.mail.remainingDailyQuota();
  if (left < to.length) {
    throw new Error(
      `Your Google account may e-mail ${count(left, "more recipient")} today, and the report goes to ${to.length}. ` +
        "Try again tomorrow, or remove some addresses from Settings › Report recipients. Nothing was sent.",
    );
  }
  const week = lastWeek(config, context.now());
  const { subject, html } = reportEmail(reportFor(context, config, week));
  context.mail.sendHtml(to, subject, html);
  // Sent by hand or by the schedule, the week counts as e-mailed: Monday's run does not send it again.
  context.properties.set(EMAILED_KEY, week.start);
  return `E-mailed the report for ${span(week)} to ${to.join(", ")}.`;
}
