import { afterEach, describe, expect, it } from "vitest";
import { installMenu } from "../../src/platform/appsScriptMenu";
import { appsScriptUi } from "../../src/platform/appsScriptUi";
import { spreadsheetUi } from "../../src/workbook/appsScript";
import { type FakeAppsScript, installFakeAppsScript, type UiAnswer } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
const install = (uiAnswers: UiAnswer[] = []) => {
  fake = installFakeAppsScript({ uiAnswers });
  return fake;
};
afterEach(() => fake?.uninstall());

describe("appsScriptUi", () => {
  it("shows an alert with an OK button", () => {
    const f = install();
    appsScriptUi(spreadsheetUi()).alert("Roster", "2 rows skipped: Followers is not a number.");
    expect(f.ui.dialogs).toEqual([
      {
        kind: "alert",
        title: "Roster",
        message: "2 rows skipped: Followers is not a number.",
        buttons: "OK",
      },
    ]);
  });

  it("confirms only on Yes", () => {
    install([{ button: "YES" }, { button: "NO" }, { button: "CLOSE" }]);
    const ui = appsScriptUi(spreadsheetUi());
    const answers = [1, 2, 3].map(() => ui.confirm("Weekly report", "Replace last week's report?"));
    expect(answers).toEqual([true, false, false]);
    expect(fake?.ui.dialogs[0]?.buttons).toBe("YES_NO");
  });

  it("returns the typed text on OK and null on Cancel or close", () => {
    install([
      { button: "OK", text: "Spring launch" },
      { button: "CANCEL", text: "ignored" },
      { button: "CLOSE" },
    ]);
    const ui = appsScriptUi(spreadsheetUi());
    const answers = [1, 2, 3].map(() => ui.prompt("New campaign", "Campaign name:"));
    expect(answers).toEqual(["Spring launch", null, null]);
    expect(fake?.ui.dialogs[0]?.buttons).toBe("OK_CANCEL");
  });
});

describe("installMenu", () => {
  it("adds items, separators and submenus to the add-on menu, each naming its handler", () => {
    const f = install();
    installMenu(spreadsheetUi(), [
      { label: "Refresh", handler: "menuRefresh" },
      "separator",
      { label: "Set up", items: [{ label: "Roster", handler: "menuSetUpRoster" }] },
    ]);
    expect(f.ui.menus.get("")).toEqual([
      { caption: "Refresh", functionName: "menuRefresh" },
      "separator",
      { caption: "Set up", items: [{ caption: "Roster", functionName: "menuSetUpRoster" }] },
    ]);
  });
});
