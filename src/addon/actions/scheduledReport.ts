import type { Week } from "../../core/dates";
import { messageOf } from "../../core/errors";
import { escapeHtml } from "../../core/report/html";
import { LOCK_BUSY_MESSAGE } from "../../platform/appsScriptLock";
import { FEATURE_SCOPES, requireScope } from "../../platform/scopesPort";
import { type ReportConfig, readReportConfig } from "../../sheets/reportSources";
import type { AddonContext } from "../context";
import { lastWeek, REPORT_RETRY_TRIGGER, reportRecipients, runScheduledReport } from "./weeklyReport";

/** Tries in all (the weekly run and its retries) before the recipients are told the report failed. */
export const REPORT_ATTEMPTS = 3;
/** Apps Script runs a one-off trigger no sooner than this, often a little later. */
export const RETRY_AFTER_MS = 10 * 60 * 1000;
/** Document property counting this week's tries that found the spreadsheet busy. */
export const ATTEMPTS_KEY = "weeklyReport.busyTries";

interface BusyTries {
  week: string;
  tries: number;
}

function triesSoFar(context: AddonContext, week: Week): number {
  try {
    const saved = JSON.parse(context.properties.get(ATTEMPTS_KEY) ?? "null") as BusyTries | null;
    return saved?.week === week.start && Number.isInteger(saved.tries) ? saved.tries : 0;
  } catch {
    return 0;
  }
}

const span = (week: Week) => `${week.start} to ${week.end}`;

/**
 * What the weekly trigger and each retry run. A retry first deletes its own one-off trigger, which
 * Apps Script leaves in the project's list after it fires. When another run holds the spreadsheet's
 * lock, the run does not give up the week: it schedules a retry, up to REPORT_ATTEMPTS tries in all,
 * and after the last one e-mails the report's recipients that the report was not built, and why, as
 * it does at once for any other failure.
 */
export function scheduledReportRun(context: AddonContext, firedBy?: string): string {
  if (firedBy !== undefined) context.triggers.removeId(firedBy);
  try {
    const result = context.lock.withDocumentLock(() => runScheduledReport(context));
    context.properties.delete(ATTEMPTS_KEY);
    return result;
  } catch (error) {
    if (messageOf(error) === LOCK_BUSY_MESSAGE) return afterBusyLock(context);
    context.properties.delete(ATTEMPTS_KEY);
    const config = readReportConfig(context.workbook);
    const week = lastWeek(config, context.now());
    const why = `The report for ${span(week)} failed: ${messageOf(error)}`;
    return `${why} ${tellRecipients(context, config, week, why)}`;
  }
}

function afterBusyLock(context: AddonContext): string {
  const config = readReportConfig(context.workbook);
  const week = lastWeek(config, context.now());
  const tries = triesSoFar(context, week) + 1;
  const busy = `Another Influencer Desk run kept the spreadsheet busy (try ${tries} of ${REPORT_ATTEMPTS})`;
  let why = `${busy}, so the report for ${span(week)} was not built.`;
  if (tries < REPORT_ATTEMPTS) {
    try {
      context.triggers.once(REPORT_RETRY_TRIGGER, RETRY_AFTER_MS);
      context.properties.set(ATTEMPTS_KEY, JSON.stringify({ week: week.start, tries } satisfies BusyTries));
      return `${busy}; the report for ${span(week)} is tried again in about ${RETRY_AFTER_MS / 60_000} minutes.`;
    } catch (error) {
      // Most likely the 20 triggers a user may have per script are taken.
      why = `${busy}, and no retry could be scheduled (${messageOf(error)}), so the report for ${span(week)} was not built.`;
    }
  }
  context.properties.delete(ATTEMPTS_KEY);
  return `${why} ${tellRecipients(context, config, week, why)}`;
}

/**
 * E-mails the report's recipients that this week's report failed. When nobody can be told (no
 * permission to send mail, no valid recipients, no quota left), it throws: the trigger's run then
 * fails, and Apps Script e-mails the owner of the trigger the error
 * (https://developers.google.com/apps-script/guides/triggers/installable, failure notifications).
 */
function tellRecipients(context: AddonContext, config: ReportConfig, week: Week, why: string): string {
  let to: string[];
  try {
    requireScope(context.scopes, FEATURE_SCOPES.sendMail, "");
    to = reportRecipients(config);
    if (context.mail.remainingDailyQuota() < to.length) throw new Error("the daily e-mail quota is used up.");
  } catch (error) {
    throw new Error(`${why} Nobody was e-mailed: ${messageOf(error)}`);
  }
  const subject = `Weekly report not built: ${config.spreadsheetName}, ${span(week)}`;
  const html = [
    `<p>${escapeHtml(why)}</p>`,
    `<p>Build it in the spreadsheet with Influencer Desk › Weekly report › Build last week's report, ` +
      "then e-mail it from the same menu.</p>",
  ].join("\n");
  context.mail.sendHtml(to, subject, html);
  return `E-mailed ${to.join(", ")} that the report failed.`;
}
