import { installMenu } from "../platform/appsScriptMenu";
import { appsScriptUi } from "../platform/appsScriptUi";
import { spreadsheetUi } from "../workbook/appsScript";
import { aboutMessage } from "./about";
import { MENU } from "./menuItems";

export function onOpen(): void {
  installMenu(spreadsheetUi(), MENU);
}

export function onInstall(): void {
  onOpen();
}

export function menuAbout(): void {
  appsScriptUi(spreadsheetUi()).alert("About Influencer Desk", aboutMessage());
}
