import type { HtmlPages } from "./htmlPorts";

/** `ui` is `SpreadsheetApp.getUi()`, which only the workbook adapter may call (see `spreadsheetUi`). */
export function appsScriptHtml(ui: GoogleAppsScript.Base.Ui): HtmlPages {
  return {
    showSidebar(file, title, startTab) {
      const output = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
      // The page reads this after it loads (an HTML file cannot take a parameter without templating).
      if (startTab && /^[a-z]+$/.test(startTab))
        output.append(`<div hidden id="start-tab" data-tab="${startTab}"></div>`);
      ui.showSidebar(output);
    },
  };
}
