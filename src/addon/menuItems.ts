import { REPORT_MENU } from "./reportHandlers";

/** The menu as data: each item names a registry handler, so the menu cannot call a function that is not exported. */
export interface MenuAction {
  label: string;
  handler: string;
}

export type MenuItem = MenuAction | { label: string; items: MenuAction[] } | "separator";

export const MENU: MenuItem[] = [
  { label: "Set up or refresh all sheets", handler: "menuSetUpAll" },
  {
    label: "Set up one sheet",
    items: ["Settings", "Roster", "Campaigns", "Deliverables", "Posts", "Budget", "ROI"].map((sheet) => ({
      label: sheet,
      handler: `menuSetUp${sheet}`,
    })),
  },
  { label: "Update ROI with new campaigns and creators", handler: "menuSetUpROI" },
  "separator",
  { label: "Open sidebar (briefs and outreach)", handler: "menuOpenSidebar" },
  REPORT_MENU,
  "separator",
  { label: "About Influencer Desk", handler: "menuAbout" },
];
