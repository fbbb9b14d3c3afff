import { appsScriptHtml } from "../../platform/appsScriptHtml";
import { spreadsheetUi } from "../../workbook/appsScript";

const SIDEBAR_FILE = "Sidebar";
const SIDEBAR_TITLE = "Influencer Desk";

/** Opens the sidebar, on its Import or Set-up tab when asked (the Briefs tab otherwise). */
export function openSidebar(tab?: "import" | "setup"): void {
  appsScriptHtml(spreadsheetUi()).showSidebar(SIDEBAR_FILE, SIDEBAR_TITLE, tab);
}

export const SIDEBAR_MENU_HANDLERS = {
  menuOpenSidebar(): void {
    openSidebar();
  },
};
