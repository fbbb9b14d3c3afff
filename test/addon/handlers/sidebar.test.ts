import { describe, expect, it } from "vitest";
import { SIDEBAR_MENU_HANDLERS } from "../../../src/addon/handlers/sidebar";

describe("the sidebar's menu item", () => {
  it("opens Sidebar.html in the spreadsheet's sidebar titled Influencer Desk", () => {
    const shown: unknown[] = [];
    const output = {
      title: "",
      setTitle(title: string) {
        this.title = title;
        return this;
      },
    };
    const globals = globalThis as Record<string, unknown>;
    globals.HtmlService = {
      createHtmlOutputFromFile: (file: string) => {
        shown.push(file);
        return output;
      },
    };
    globals.SpreadsheetApp = { getUi: () => ({ showSidebar: (html: unknown) => shown.push(html) }) };
    try {
      SIDEBAR_MENU_HANDLERS.menuOpenSidebar();
    } finally {
      delete globals.HtmlService;
      delete globals.SpreadsheetApp;
    }
    expect(shown).toEqual(["Sidebar", output]);
    expect(output.title).toBe("Influencer Desk");
  });
});
