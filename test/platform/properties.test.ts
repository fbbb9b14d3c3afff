import { afterEach, describe, expect, it } from "vitest";
import { appsScriptProperties } from "../../src/platform/appsScriptProperties";
import { type FakeAppsScript, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
afterEach(() => fake?.uninstall());

describe("appsScriptProperties", () => {
  it("gets, sets and deletes document properties", () => {
    fake = installFakeAppsScript();
    const properties = appsScriptProperties();
    expect(properties.get("reportRecipients")).toBeNull();
    properties.set("reportRecipients", "director@example.com");
    expect(properties.get("reportRecipients")).toBe("director@example.com");
    expect(fake.properties.user.getKeys()).toEqual([]);
    properties.delete("reportRecipients");
    expect(properties.get("reportRecipients")).toBeNull();
  });

  it("passes on the 9 KB limit of one value", () => {
    fake = installFakeAppsScript();
    expect(() => appsScriptProperties().set("cache", "x".repeat(9 * 1024))).toThrow(
      "Argument too large: value",
    );
  });

  it("explains when the run has no document to keep settings in", () => {
    fake = installFakeAppsScript({ noDocument: true });
    expect(() => appsScriptProperties().get("reportRecipients")).toThrow(
      "Influencer Desk keeps its settings in a spreadsheet, and this run has none open.",
    );
  });
});
