import type { Ui } from "./ports";

/** `ui` is `SpreadsheetApp.getUi()`, which only the workbook adapter may call (see `spreadsheetUi`). */
export function appsScriptUi(ui: GoogleAppsScript.Base.Ui): Ui {
  return {
    alert(title, message) {
      ui.alert(title, message, ui.ButtonSet.OK);
    },
    confirm(title, message) {
      return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
    },
    prompt(title, message) {
      const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
      return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : null;
    },
  };
}
