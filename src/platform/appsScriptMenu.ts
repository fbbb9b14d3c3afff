import type { MenuItem } from "./ports";

/**
 * Adds the add-on's menu. `createAddonMenu` places it under Extensions › Influencer Desk, which is
 * where Google requires an editor add-on's menu, and also where a bound script pushed with clasp
 * shows it (the name comes from the script project's title). `ui` comes from `spreadsheetUi()`.
 */
export function installMenu(ui: GoogleAppsScript.Base.Ui, items: MenuItem[]): void {
  const menu = ui.createAddonMenu();
  for (const item of items) {
    if (item === "separator") menu.addSeparator();
    else if ("items" in item) {
      const sub = ui.createMenu(item.label);
      for (const child of item.items) sub.addItem(child.label, child.handler);
      menu.addSubMenu(sub);
    } else menu.addItem(item.label, item.handler);
  }
  menu.addToUi();
}
