import { afterEach, describe, expect, it } from "vitest";
import { appsScriptTriggers } from "../../src/platform/appsScriptTriggers";
import { type FakeAppsScript, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
const install = () => {
  fake = installFakeAppsScript();
  return fake;
};
afterEach(() => fake?.uninstall());

describe("appsScriptTriggers", () => {
  it("creates a weekly trigger and lists it by handler", () => {
    const f = install();
    const triggers = appsScriptTriggers();
    const created = triggers.weekly("weeklyReport", { weekday: "MONDAY", hour: 7 });

    expect(triggers.list("weeklyReport")).toEqual([created]);
    expect(triggers.list("refreshRoster")).toEqual([]);
    expect(f.scriptApp.triggers[0]?.schedule).toEqual({ weekday: "MONDAY", hour: 7 });
    expect(f.calls.slice(0, 6)).toEqual([
      "ScriptApp.newTrigger",
      "TriggerBuilder.timeBased",
      "ClockTriggerBuilder.onWeekDay",
      "ClockTriggerBuilder.atHour",
      "ClockTriggerBuilder.create",
      "Trigger.getUniqueId",
    ]);
  });

  it("creates a one-off trigger that stays listed after it fires until it is deleted by id", () => {
    const f = install();
    const triggers = appsScriptTriggers();
    const once = triggers.once("retryReport", 600_000);
    expect(f.scriptApp.triggers[0]?.schedule).toEqual({ afterMs: 600_000 });
    const fired: string[] = [];
    expect(f.scriptApp.fireOneOffs({ retryReport: (e) => fired.push(e.triggerUid) })).toBe(1);
    expect(fired).toEqual([once.id]);
    expect(f.scriptApp.fireOneOffs({})).toBe(0);
    expect(triggers.list("retryReport")).toEqual([once]);
    expect(triggers.removeId(once.id)).toBe(true);
    expect(triggers.removeId(once.id)).toBe(false);
    expect(triggers.list("retryReport")).toEqual([]);
  });

  it("runs the trigger in the time zone asked for", () => {
    const f = install();
    appsScriptTriggers().weekly("weeklyReport", { weekday: "FRIDAY", hour: 16, timeZone: "Europe/Berlin" });
    expect(f.scriptApp.triggers[0]?.schedule).toEqual({
      weekday: "FRIDAY",
      hour: 16,
      timeZone: "Europe/Berlin",
    });
  });

  it("deletes every trigger of a handler and leaves the others", () => {
    const f = install();
    const triggers = appsScriptTriggers();
    triggers.weekly("weeklyReport", { weekday: "MONDAY", hour: 7 });
    triggers.weekly("weeklyReport", { weekday: "THURSDAY", hour: 7 });
    triggers.weekly("sendDigest", { weekday: "MONDAY", hour: 9 });

    expect(triggers.remove("weeklyReport")).toBe(2);
    expect(triggers.list("weeklyReport")).toEqual([]);
    expect(f.scriptApp.triggers.map((t) => t.handler)).toEqual(["sendDigest"]);
    expect(triggers.remove("weeklyReport")).toBe(0);
  });

  it("refuses an hour outside 0 to 23, naming the handler", () => {
    const f = install();
    expect(() => appsScriptTriggers().weekly("weeklyReport", { weekday: "MONDAY", hour: 24 })).toThrow(
      "The weekly run of weeklyReport needs an hour from 0 to 23; got 24.",
    );
    expect(f.scriptApp.triggers).toEqual([]);
  });
});
