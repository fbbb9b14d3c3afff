import { spreadsheetUi } from "../workbook/appsScript";
import type { HtmlPages } from "./htmlPorts";

export function appsScriptHtml(): HtmlPages {
  return {
    showSidebar(file, title) {
      spreadsheetUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
    },
  };
}
