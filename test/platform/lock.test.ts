import { afterEach, describe, expect, it } from "vitest";
import { appsScriptLock } from "../../src/platform/appsScriptLock";
import { type FakeAppsScript, type FakeAppsScriptOptions, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
const install = (options: FakeAppsScriptOptions = {}) => {
  fake = installFakeAppsScript(options);
  return fake;
};
afterEach(() => fake?.uninstall());
const nothing = () => {};

describe("appsScriptLock", () => {
  it("runs the action holding the document lock, stores the sheet's writes, then releases it", () => {
    const f = install();
    const heldDuringRun = appsScriptLock(() => SpreadsheetApp.flush()).withDocumentLock(
      () => f.locks.document?.hasLock(),
      {
        timeoutMs: 3000,
      },
    );
    expect(heldDuringRun).toBe(true);
    expect(f.locks.document?.hasLock()).toBe(false);
    expect(f.locks.document?.lastTimeoutMs).toBe(3000);
    expect(f.calls).toEqual([
      "LockService.getDocumentLock",
      "Lock.tryLock",
      "SpreadsheetApp.flush",
      "Lock.releaseLock",
    ]);
  });

  it("waits ten seconds when no timeout is given", () => {
    const f = install();
    appsScriptLock(nothing).withDocumentLock(() => 1);
    expect(f.locks.document?.lastTimeoutMs).toBe(10_000);
  });

  it("stores what the action wrote and releases the lock when the action fails", () => {
    const f = install();
    expect(() =>
      appsScriptLock(() => SpreadsheetApp.flush()).withDocumentLock(() => {
        throw new Error('Column "Followers" is missing on sheet "Roster".');
      }),
    ).toThrow('Column "Followers" is missing');
    expect(f.calls.slice(-2)).toEqual(["SpreadsheetApp.flush", "Lock.releaseLock"]);
    expect(f.locks.document?.hasLock()).toBe(false);
  });

  it("keeps a failed action's own error when storing its writes fails too, and still releases the lock", () => {
    const f = install();
    const failingFlush = () => {
      throw new Error("Service Spreadsheets failed while accessing document.");
    };
    expect(() =>
      appsScriptLock(failingFlush).withDocumentLock(() => {
        throw new Error('Column "Followers" is missing on sheet "Roster".');
      }),
    ).toThrow('Column "Followers" is missing');
    expect(f.locks.document?.hasLock()).toBe(false);
    // After a run that went well, a failed flush is the news: the writes may not be stored.
    expect(() => appsScriptLock(failingFlush).withDocumentLock(() => 1)).toThrow(
      "Service Spreadsheets failed",
    );
    expect(f.locks.document?.hasLock()).toBe(false);
  });

  it("tells the user another run is busy and does not run the action", () => {
    const f = install({ lockHeldByAnotherRun: true });
    let ran = false;
    expect(() =>
      appsScriptLock(nothing).withDocumentLock(() => {
        ran = true;
      }),
    ).toThrow(
      "Another Influencer Desk run is in progress in this spreadsheet. Wait for it to finish (it shows a message when done), then try again.",
    );
    expect(ran).toBe(false);
    expect(f.calls).not.toContain("Lock.releaseLock");
  });

  it("falls back to the user's lock when the run has no document", () => {
    const f = install({ noDocument: true });
    expect(appsScriptLock(nothing).withDocumentLock(() => "report sent")).toBe("report sent");
    expect(f.calls).toEqual([
      "LockService.getDocumentLock",
      "LockService.getUserLock",
      "Lock.tryLock",
      "Lock.releaseLock",
    ]);
  });
});
