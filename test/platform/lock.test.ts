import { afterEach, describe, expect, it } from "vitest";
import { appsScriptLock } from "../../src/platform/appsScriptLock";
import { type FakeAppsScript, type FakeAppsScriptOptions, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
const install = (options: FakeAppsScriptOptions = {}) => {
  fake = installFakeAppsScript(options);
  return fake;
};
afterEach(() => fake?.uninstall());

describe("appsScriptLock", () => {
  it("runs the action holding the document lock and releases it afterwards", () => {
    const f = install();
    const heldDuringRun = appsScriptLock().withDocumentLock(() => f.locks.document?.hasLock(), {
      timeoutMs: 3000,
    });
    expect(heldDuringRun).toBe(true);
    expect(f.locks.document?.hasLock()).toBe(false);
    expect(f.locks.document?.lastTimeoutMs).toBe(3000);
    expect(f.calls).toEqual(["LockService.getDocumentLock", "Lock.tryLock", "Lock.releaseLock"]);
  });

  it("waits ten seconds when no timeout is given", () => {
    const f = install();
    appsScriptLock().withDocumentLock(() => 1);
    expect(f.locks.document?.lastTimeoutMs).toBe(10_000);
  });

  it("releases the lock when the action fails", () => {
    const f = install();
    expect(() =>
      appsScriptLock().withDocumentLock(() => {
        throw new Error('Column "Followers" is missing on sheet "Roster".');
      }),
    ).toThrow('Column "Followers" is missing');
    expect(f.locks.document?.hasLock()).toBe(false);
  });

  it("tells the user another run is busy and does not run the action", () => {
    const f = install({ lockHeldByAnotherRun: true });
    let ran = false;
    expect(() =>
      appsScriptLock().withDocumentLock(() => {
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
    expect(appsScriptLock().withDocumentLock(() => "report sent")).toBe("report sent");
    expect(f.calls).toEqual([
      "LockService.getDocumentLock",
      "LockService.getUserLock",
      "Lock.tryLock",
      "Lock.releaseLock",
    ]);
  });
});
