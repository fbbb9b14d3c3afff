import { describe, expect, it } from "vitest";
import { installFakeAppsScript } from "./index";

/** Notes, merges, hidden rows and columns, protections and fonts: the team's state the add-on never changes. */
describe("the fake's team state", () => {
  function arranged() {
    const fake = installFakeAppsScript({
      spreadsheet: {
        sheets: [{ name: "Roster", values: [["Title", "x"], [""], ["Creator"], ["Maya"], ["Leo"], ["Ava"]] }],
      },
    });
    const sheet = fake.spreadsheet.getSheetByName("Roster");
    if (!sheet) throw new Error("no Roster");
    sheet.getRange("A1:B1").merge();
    sheet.getRange("A5").setNote("Met at VidCon").setFontColor("#ff0000").setBackground("#ffff00");
    sheet.hideRows(6);
    sheet.hideColumns(3);
    sheet.getRange("A5:A6").protect().setDescription("Leo and Ava");
    sheet.protect().setWarningOnly(true);
    return { fake, sheet };
  }

  it("merging keeps the top-left value and discards the others", () => {
    const { fake, sheet } = arranged();
    fake.uninstall();
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["Title", ""]]);
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(true);
    expect(sheet.getRange("A3").isPartOfMerge()).toBe(false);
  });

  it("deleteRows moves notes, fonts, fills, merges, hidden rows and range protections up", () => {
    const { fake, sheet } = arranged();
    fake.uninstall();
    sheet.deleteRows(2, 1);
    expect(sheet.getRange("A4").getNote()).toBe("Met at VidCon");
    expect(sheet.getRange("A4").getFontColor()).toBe("#ff0000");
    expect(sheet.getRange("A4").getBackground()).toBe("#ffff00");
    expect(sheet.getRange("A5").getNote()).toBe("");
    expect(sheet.isRowHiddenByUser(5)).toBe(true);
    expect(sheet.isRowHiddenByUser(6)).toBe(false);
    expect(sheet.isColumnHiddenByUser(3)).toBe(true);
    expect(sheet.getProtections("RANGE").map((p) => p.summary())).toEqual(["A4:A5|Leo and Ava|strict"]);
    expect(sheet.getProtections("SHEET").map((p) => p.summary())).toEqual(["sheet||warning"]);
    sheet.deleteRows(1, 1);
    expect(sheet.merges).toEqual([]);
  });
});
