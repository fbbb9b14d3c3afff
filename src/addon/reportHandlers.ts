import type { Ui } from "../platform/ports";
import type { WorkbookPort } from "../workbook/port";
import {
  buildLastWeeksReport,
  buildReportForWeek,
  emailLastWeeksReport,
  REPORT_TITLE,
  REPORT_TRIGGER,
  runScheduledReport,
  scheduleWeeklyReport,
  stopWeeklyReport,
  weeklyReportStatus,
} from "./actions/weeklyReport";
import { appsScriptContext } from "./appsScriptContext";
import type { AddonContext } from "./context";
import type { HandlerEntry } from "./entry";
import type { MenuItem } from "./menuItems";
import { runMenuAction } from "./run";

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

function loggingWorkbook(workbook: WorkbookPort): WorkbookPort {
  return {
    get name() {
      return workbook.name;
    },
    get timeZone() {
      return workbook.timeZone;
    },
    get locale() {
      return workbook.locale;
    },
    sheet: (name) => workbook.sheet(name),
    sheetNames: () => workbook.sheetNames(),
    addSheet: (name) => workbook.addSheet(name),
    removeSheet: (name) => workbook.removeSheet(name),
    renameSheet: (from, to) => workbook.renameSheet(from, to),
    activate: (name) => workbook.activate(name),
    toast: (message, title) => console.log(`${title}: ${message}`),
  };
}

/** The context of a run nobody watches: the real services, with dialogs and toasts written to the log. */
export function unattendedContext(context: AddonContext): AddonContext {
  return {
    workbook: loggingWorkbook(context.workbook),
    ui: LOG_UI,
    lock: context.lock,
    triggers: context.triggers,
    mail: context.mail,
    docs: context.docs,
    properties: context.properties,
    assets: context.assets,
    now: context.now,
  };
}

function menu(name: string, action: (context: AddonContext) => string): HandlerEntry {
  return {
    kind: "menu",
    name,
    params: [],
    run: () => runMenuAction(appsScriptContext(), REPORT_TITLE, action),
  };
}

/** The weekly report's menu handlers and the trigger that builds it on Monday mornings. */
export const REPORT_ENTRIES: HandlerEntry[] = [
  menu("menuReportLastWeek", buildLastWeeksReport),
  menu("menuReportForWeek", buildReportForWeek),
  menu("menuReportEmail", emailLastWeeksReport),
  menu("menuReportSchedule", scheduleWeeklyReport),
  menu("menuReportUnschedule", stopWeeklyReport),
  menu("menuReportStatus", weeklyReportStatus),
  {
    kind: "trigger",
    name: REPORT_TRIGGER,
    params: ["e"],
    run: () => runMenuAction(unattendedContext(appsScriptContext()), REPORT_TITLE, runScheduledReport),
  },
];

export const REPORT_MENU: MenuItem = {
  label: "Weekly report",
  items: [
    { label: "Build last week's report", handler: "menuReportLastWeek" },
    { label: "Build report for a week…", handler: "menuReportForWeek" },
    { label: "E-mail last week's report", handler: "menuReportEmail" },
    { label: "Schedule every Monday morning", handler: "menuReportSchedule" },
    { label: "Stop the schedule", handler: "menuReportUnschedule" },
    { label: "Is it scheduled?", handler: "menuReportStatus" },
  ],
};
