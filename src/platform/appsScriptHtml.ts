import type { HtmlPages } from "./htmlPorts";

/** `ui` is `SpreadsheetApp.getUi()`, which only the workbook adapter may call (see `spreadsheetUi`). */
export function appsScriptHtml(ui: GoogleAppsScript.Base.Ui): HtmlPages {
  return {
    showSidebar(file, title) {
      ui.showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
    },
  };
}
