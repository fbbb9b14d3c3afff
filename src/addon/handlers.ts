import { installMenu } from "../platform/appsScriptMenu";
import { appsScriptUi } from "../platform/appsScriptUi";
import { spreadsheetUi } from "../workbook/appsScript";
import { aboutMessage } from "./about";
import type { RegistryEntry } from "./entry";
import { MENU } from "./menuItems";

export function onOpen(): void {
  installMenu(spreadsheetUi(), MENU);
}

export function onInstall(): void {
  onOpen();
}

export function showAbout(registry: RegistryEntry[]): void {
  appsScriptUi(spreadsheetUi()).alert("About Influencer Desk", aboutMessage(registry));
}
