import { describe, expect, it } from "vitest";
import manifest from "../../appsscript.json";
import { onOpen } from "../../src/addon/handlers/general";
import { MENU } from "../../src/addon/menu";
import { type MenuHandlerName, REGISTRY } from "../../src/addon/registry";
import type { MenuAction } from "../../src/platform/ports";
import { ALL_SHEETS } from "../../src/sheets/refresh";
import { installFakeAppsScript } from "../fakes/appsScript";

const actions = (): MenuAction[] =>
  MENU.flatMap((item) => (item === "separator" ? [] : "items" in item ? item.items : [item]));

function submenu(label: string): MenuAction[] | undefined {
  for (const item of MENU)
    if (item !== "separator" && "items" in item && item.label === label) return item.items;
  return undefined;
}

// A menu item naming a handler nobody declared does not compile.
// @ts-expect-error "menuNoSuchThing" is not a MenuHandlerName
const misspelt: MenuAction<MenuHandlerName> = { label: "Typo", handler: "menuNoSuchThing" };

describe("the registry of the public surface", () => {
  it("names every function once, in a form google.script.run can call", () => {
    const names = REGISTRY.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]$/);
  });

  it("has a menu handler behind every menu item", () => {
    const menuHandlers = new Set(REGISTRY.filter((e) => e.kind === "menu").map((e) => e.name));
    for (const action of actions()) expect(menuHandlers, action.label).toContain(action.handler);
    expect(menuHandlers).not.toContain(misspelt.handler);
  });

  it("puts every menu handler in the menu", () => {
    const inMenu = new Set(actions().map((action) => action.handler));
    for (const entry of REGISTRY.filter((e) => e.kind === "menu")) expect(inMenu).toContain(entry.name);
  });

  it("offers every sheet under Set up one sheet, in the order they are built", () => {
    expect(submenu("Set up one sheet")).toEqual(
      ALL_SHEETS.map((sheet) => ({
        label: sheet,
        handler: `menuSetUp${sheet.replace(/ (\w)/g, (_, c) => c.toUpperCase())}`,
      })),
    );
  });

  it("names every set-up handler as Apps Script can call it (letters only, no spaces)", () => {
    for (const item of submenu("Set up one sheet") ?? [])
      expect(item.handler).toMatch(/^menuSetUp[A-Za-z]+$/);
  });

  it("asks for explicit permissions and runs on V8", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/spreadsheets.currentonly");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
  });

  it("onOpen adds the Influencer Desk menu with every item", () => {
    const fake = installFakeAppsScript();
    try {
      onOpen();
      const added = fake.calls.filter((c) => c === "Menu.addItem").length;
      expect(fake.calls).toContain("Ui.createAddonMenu");
      expect(fake.calls).toContain("Menu.addToUi");
      expect(added).toBe(actions().length);
    } finally {
      fake.uninstall();
    }
  });
});
