import { afterEach, describe, expect, it } from "vitest";
import { type FakeAppsScript, type FakeAppsScriptOptions, installFakeAppsScript } from ".";

let fake: FakeAppsScript | undefined;
const install = (options: FakeAppsScriptOptions = {}) => {
  fake = installFakeAppsScript(options);
  return fake;
};
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const active = () => SpreadsheetApp.getActive();

describe("fake SpreadsheetApp ranges", () => {
  it("throws Google's messages for ranges outside the grid or of no size", () => {
    install();
    const sheet = active().getSheets()[0];
    expect(() => sheet?.getRange(1000, 26)).not.toThrow();
    expect(() => sheet?.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet?.getRange(1, 1, 1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet?.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet?.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
  });

  it("checks that the data matches the range's size", () => {
    install();
    const range = active().getSheets()[0]?.getRange(1, 1, 2, 2);
    expect(() => range?.setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => range?.setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  it("reads strings as typed: formulas, apostrophe text, numbers, percents and booleans", () => {
    install({ spreadsheet: { formulaResult: (f) => (f === "=1+1" ? 2 : undefined) } });
    const range = active().getSheets()[0]?.getRange("A1:G1");
    range?.setValues([["=1+1", "=A1*3", "'=1+1", "'", "0042", "12.5%", "true"]]);
    expect(range?.getValues()).toEqual([[2, "", "=1+1", "", 42, 0.125, true]]);
    expect(range?.getFormulas()).toEqual([["=1+1", "=A1*3", "", "", "", "", ""]]);
  });

  it("keeps Dates as Dates and hands out copies", () => {
    install();
    const cell = active().getSheets()[0]?.getRange("B2");
    cell?.setValue(new Date(2024, 0, 31));
    const first = cell?.getValue() as Date;
    first.setFullYear(1999);
    expect(cell?.getValue()).toEqual(new Date(2024, 0, 31));
  });

  it("spans the data range from A1 to the last cell with content, and A1 when empty", () => {
    install({
      spreadsheet: { sheets: [{ name: "Empty" }, { name: "Data", values: [["a"], ["", "", "=C1"]] }] },
    });
    expect(active().getSheetByName("Empty")?.getDataRange().getA1Notation()).toBe("A1");
    expect(active().getSheetByName("Data")?.getDataRange().getA1Notation()).toBe("A1:C2");
  });

  it("moves content down when rows are inserted in the middle", () => {
    install({ spreadsheet: { sheets: [{ name: "Roster", values: [["Handle"], ["@mia"]] }] } });
    const sheet = active().getSheetByName("Roster");
    sheet?.insertRowsAfter(1, 2);
    expect(sheet?.getRange("A1:A4").getValues()).toEqual([["Handle"], [""], [""], ["@mia"]]);
    expect(sheet?.getMaxRows()).toBe(1002);
  });

  it("refuses to grow the workbook past 10 million cells", () => {
    install();
    expect(() => active().getSheets()[0]?.insertRowsAfter(1000, 400_000)).toThrow(
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
  });

  it("allows one filter per sheet", () => {
    install();
    const sheet = active().getSheets()[0];
    sheet?.getRange("A1:B2").createFilter();
    expect(() => sheet?.getRange("A1:C2").createFilter()).toThrow(
      "You can't create a filter in a sheet that already has a filter.",
    );
  });
});

describe("fake recording", () => {
  it("records every call made through the globals, chained ones included, and none made on raw fakes", () => {
    const f = install();
    f.spreadsheet.getSheets()[0]?.getRange("A1").getValues();
    expect(f.calls).toEqual([]);

    SpreadsheetApp.newDataValidation().requireDate().build();
    active().getSheets()[0]?.getRange(1, 1).setValue(3);
    expect(f.calls).toEqual([
      "SpreadsheetApp.newDataValidation",
      "DataValidationBuilder.requireDate",
      "DataValidationBuilder.build",
      "SpreadsheetApp.getActive",
      "Spreadsheet.getSheets",
      "Sheet.getRange",
      "Range.setValue",
    ]);
  });

  it("puts back the globals it replaced", () => {
    const f = install();
    expect(typeof SpreadsheetApp.getActive).toBe("function");
    f.uninstall();
    expect("SpreadsheetApp" in globalThis).toBe(false);
    fake = undefined;
  });
});

describe("fake services", () => {
  it("refuses a dialog nobody scripted an answer for, and an answer the dialog cannot give", () => {
    install({ uiAnswers: [{ button: "YES" }] });
    const ui = SpreadsheetApp.getUi();
    expect(() => ui.prompt("Name", "Campaign name:", ui.ButtonSet.OK_CANCEL)).toThrow(
      'Fake Ui: the prompt "Name" shows OK_CANCEL buttons, not YES.',
    );
    expect(() => ui.alert("Sure?", "Replace it?", ui.ButtonSet.YES_NO)).toThrow(
      'Fake Ui: no scripted answer left for the alert "Sure?".',
    );
  });

  it("records the add-on menu with its separators and submenus", () => {
    const f = install();
    const ui = SpreadsheetApp.getUi();
    const setup = ui.createMenu("Set up").addItem("Roster", "setUpRoster");
    ui.createAddonMenu().addItem("Refresh", "refresh").addSeparator().addSubMenu(setup).addToUi();
    expect(f.ui.menus.get("")).toEqual([
      { caption: "Refresh", functionName: "refresh" },
      "separator",
      { caption: "Set up", items: [{ caption: "Roster", functionName: "setUpRoster" }] },
    ]);
  });

  it("has no Ui in a run without a document", () => {
    install({ noDocument: true });
    expect(() => SpreadsheetApp.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
  });

  it("allows 20 triggers", () => {
    install();
    const weekly = () =>
      ScriptApp.newTrigger("weeklyReport").timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).create();
    for (let i = 0; i < 20; i++) weekly();
    expect(weekly).toThrow("This script has too many triggers.");
  });

  it("stops MailApp at the daily quota", () => {
    const f = install({ mailQuota: 1 });
    expect(() =>
      MailApp.sendEmail({ to: "a@example.com,b@example.com", subject: "Hi", htmlBody: "<p>" }),
    ).toThrow("Service invoked too many times for one day: email.");
    expect(f.mail.quota).toBe(1);
  });
});
