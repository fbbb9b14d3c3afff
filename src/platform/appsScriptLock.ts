import type { Lock } from "./ports";

export const LOCK_BUSY_MESSAGE =
  "Another Influencer Desk run is in progress in this spreadsheet. Wait for it to finish (it shows a message when done), then try again.";

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * `beforeRelease` runs before the lock is let go: with a spreadsheet, Google says to call
 * SpreadsheetApp.flush() first, or the next run may take the lock before the writes are stored
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
 */
export function appsScriptLock(beforeRelease: () => void): Lock {
  return {
    withDocumentLock(fn, options) {
      // getDocumentLock() is null outside a document (documented, though the typings omit it);
      // the user's lock then still keeps one person's runs from interleaving.
      const documentLock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
      const lock = documentLock ?? LockService.getUserLock();
      if (!lock.tryLock(options?.timeoutMs ?? DEFAULT_TIMEOUT_MS)) throw new Error(LOCK_BUSY_MESSAGE);
      const release = () => {
        try {
          beforeRelease();
        } finally {
          lock.releaseLock();
        }
      };
      let value: ReturnType<typeof fn>;
      try {
        value = fn();
      } catch (error) {
        try {
          release();
        } catch {
          // After a failed action its own error says more than a failed flush.
        }
        throw error;
      }
      release();
      return value;
    },
  };
}
