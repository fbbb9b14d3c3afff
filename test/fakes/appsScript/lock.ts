import { Recorded, type Recorder } from "./recorder";

export class FakeLock extends Recorded {
  readonly className = "Lock";
  held = false;
  /** The timeout of the latest tryLock/waitLock, so tests can see what a caller asked for. */
  lastTimeoutMs?: number;

  /** `heldByAnotherRun`: another execution holds this lock for longer than any wait. */
  constructor(
    recorder: Recorder,
    public heldByAnotherRun: boolean,
  ) {
    super(recorder);
  }

  tryLock(timeoutInMillis: number): boolean {
    if (!Number.isFinite(timeoutInMillis) || timeoutInMillis < 0) {
      throw new Error(`Invalid argument: timeoutInMillis (${timeoutInMillis}).`);
    }
    this.lastTimeoutMs = timeoutInMillis;
    if (this.heldByAnotherRun) return false;
    this.held = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error("Lock timeout: another process was holding the lock for too long.");
    }
  }

  hasLock(): boolean {
    return this.held;
  }

  releaseLock(): void {
    this.held = false;
  }
}

export class FakeLockService extends Recorded {
  readonly className = "LockService";

  constructor(
    recorder: Recorder,
    readonly document: FakeLock | null,
    readonly script: FakeLock,
    readonly user: FakeLock,
  ) {
    super(recorder);
  }

  /** Null when the run has no document, as documented. */
  getDocumentLock(): FakeLock | null {
    return this.document;
  }

  getScriptLock(): FakeLock {
    return this.script;
  }

  getUserLock(): FakeLock {
    return this.user;
  }
}
