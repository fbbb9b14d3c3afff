import type { MenuItem } from "../platform/ports";
import { ALL_SHEETS } from "../sheets/refresh";
import { setUpHandler } from "./handlers/sheets";
import type { MenuHandlerName } from "./registry";

/** Extensions › Influencer Desk, top to bottom. Each item names a handler the registry declares. */
export const MENU: MenuItem<MenuHandlerName>[] = [
  { label: "Set up or refresh all sheets", handler: "menuSetUpAll" },
  {
    label: "Set up one sheet",
    items: ALL_SHEETS.map((sheet) => ({ label: sheet, handler: setUpHandler(sheet) })),
  },
  { label: "Update ROI with new campaigns and creators", handler: "menuSetUpROI" },
  "separator",
  { label: "Open sidebar (briefs and outreach)", handler: "menuOpenSidebar" },
  { label: "Import platform exports…", handler: "menuImport" },
  {
    label: "Weekly report",
    items: [
      { label: "Build last week's report", handler: "menuReportLastWeek" },
      { label: "Build report for a week…", handler: "menuReportForWeek" },
      { label: "E-mail last week's report", handler: "menuReportEmail" },
      { label: "Schedule every Monday morning", handler: "menuReportSchedule" },
      { label: "Stop the schedule", handler: "menuReportUnschedule" },
      { label: "Is it scheduled?", handler: "menuReportStatus" },
    ],
  },
  {
    label: "YouTube metrics",
    items: [
      { label: "Refresh YouTube metrics", handler: "menuYouTubeRefresh" },
      { label: "Refresh every morning", handler: "menuYouTubeSchedule" },
      { label: "Stop the daily refresh", handler: "menuYouTubeUnschedule" },
      { label: "Is it scheduled?", handler: "menuYouTubeStatus" },
    ],
  },
  "separator",
  { label: "About Influencer Desk", handler: "menuAbout" },
];
