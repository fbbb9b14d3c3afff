import type { Ui } from "../../platform/ports";
import type { WorkbookPort } from "../../workbook/port";
import { scheduledReportRun } from "../actions/scheduledReport";
import {
  askLastWeek,
  askWeekToBuild,
  buildChosenWeek,
  emailLastWeeksReport,
  REPORT_RETRY_TRIGGER,
  REPORT_TITLE,
  REPORT_TRIGGER,
  scheduleWeeklyReport,
  stopWeeklyReport,
  weeklyReportStatus,
} from "../actions/weeklyReport";
import { appsScriptContext } from "../appsScriptContext";
import type { AddonContext } from "../context";
import { runMenuAction } from "../run";

/** Nobody is watching a time-driven run: dialogs cannot open, so everything goes to the execution log. */
const LOG_UI: Ui = {
  alert(title, message) {
    console.log(`${title}: ${message}`);
  },
  confirm(title, message) {
    console.log(`${title}: ${message} (answered No: no one is there to ask)`);
    return false;
  },
  prompt() {
    return null;
  },
};

/** The workbook as it is, but for toasts, which go to the execution log. */
function loggingWorkbook(workbook: WorkbookPort): WorkbookPort {
  const toast = (message: string, title: string) => console.log(`${title}: ${message}`);
  return new Proxy(workbook, { get: (target, key) => (key === "toast" ? toast : Reflect.get(target, key)) });
}

/** The context of a run nobody watches: the real services, with dialogs and toasts written to the log. */
export function unattendedContext(context: AddonContext): AddonContext {
  return {
    workbook: loggingWorkbook(context.workbook),
    ui: LOG_UI,
    lock: context.lock,
    triggers: context.triggers,
    mail: context.mail,
    drafts: context.drafts,
    docs: context.docs,
    properties: context.properties,
    youtube: context.youtube,
    assets: context.assets,
    scopes: context.scopes,
    now: context.now,
  };
}

function reportAction(action: (context: AddonContext) => string): () => void {
  return () => runMenuAction(appsScriptContext(), REPORT_TITLE, action);
}

/** The weekly report's menu handlers. */
export const REPORT_MENU_HANDLERS = {
  // Their dialogs are asked before the lock is taken, so a dialog left open blocks nobody.
  menuReportLastWeek: () => runMenuAction(appsScriptContext(), REPORT_TITLE, buildChosenWeek, askLastWeek),
  menuReportForWeek: () => runMenuAction(appsScriptContext(), REPORT_TITLE, buildChosenWeek, askWeekToBuild),
  menuReportEmail: reportAction(emailLastWeeksReport),
  menuReportSchedule: reportAction(scheduleWeeklyReport),
  menuReportUnschedule: reportAction(stopWeeklyReport),
  menuReportStatus: reportAction(weeklyReportStatus),
};

/** What Apps Script passes a time-driven trigger's function; only the trigger's id is read. */
interface ClockEvent {
  triggerUid?: string;
}

/**
 * A scheduled run with nobody watching: the run takes the lock itself (a busy lock schedules a
 * retry rather than failing) and the result goes to the execution log. A failure nobody could be
 * e-mailed about is thrown on, so Apps Script e-mails it to the trigger's owner.
 */
function runScheduled(firedBy?: string): void {
  const context = unattendedContext(appsScriptContext());
  context.workbook.toast(scheduledReportRun(context, firedBy), REPORT_TITLE);
}

/** The trigger that builds the report on Monday mornings, and its one-off retries. */
export const REPORT_TRIGGERS = {
  [REPORT_TRIGGER]: () => runScheduled(),
  [REPORT_RETRY_TRIGGER]: (e?: ClockEvent) => runScheduled(e?.triggerUid),
};
