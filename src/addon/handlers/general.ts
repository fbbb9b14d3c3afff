import { installMenu } from "../../platform/appsScriptMenu";
import { appsScriptUi } from "../../platform/appsScriptUi";
import { spreadsheetUi } from "../../workbook/appsScript";
import { aboutMessage } from "../about";
import { MENU } from "../menu";

export function onOpen(): void {
  installMenu(spreadsheetUi(), MENU);
}

/** The add-on's own triggers: Google calls onInstall once, when a user installs the add-on. */
export const GENERAL_TRIGGERS = {
  onOpen,
  onInstall: onOpen,
};

export const GENERAL_MENU_HANDLERS = {
  menuAbout(): void {
    appsScriptUi(spreadsheetUi()).alert("About Influencer Desk", aboutMessage());
  },
};
