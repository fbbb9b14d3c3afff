import { AuthMode, AuthorizationStatus, EventType, TriggerSource, WeekDay } from "./enums";
import { Recorded, type Recorder } from "./recorder";

type WeekDayName = keyof typeof WeekDay;

/**
 * Apps Script allows 20 triggers per user per script
 * (https://developers.google.com/apps-script/guides/services/quotas, "Triggers").
 */
const TRIGGER_LIMIT = 20;

export interface Schedule {
  weekday?: WeekDayName;
  hour?: number;
  timeZone?: string;
  everyWeeks?: number;
  everyDays?: number;
  /** A one-off trigger (ClockTriggerBuilder.after): runs once, no sooner than this many ms after creation. */
  afterMs?: number;
}

/** What Apps Script passes a time-driven trigger's function (the fields the add-on reads). */
export interface ClockEvent {
  triggerUid: string;
}

export class FakeScriptApp extends Recorded {
  readonly className = "ScriptApp";
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  triggers: FakeTrigger[] = [];
  /** Scopes the user left unticked on Google's granular consent screen. */
  readonly deniedScopes: Set<string>;
  private nextId = 1;

  constructor(recorder: Recorder, deniedScopes: string[] = []) {
    super(recorder);
    this.deniedScopes = new Set(deniedScopes);
  }

  /**
   * With scopes, whether those are granted (Google's two-argument form); without, whether any of the
   * project's scopes is missing.
   */
  getAuthorizationInfo(mode: keyof typeof AuthMode, scopes?: string[]): FakeAuthorizationInfo {
    if (!(mode in AuthMode)) throw new Error(`Invalid argument: authMode (${String(mode)}).`);
    const missing = (scopes ?? [...this.deniedScopes]).filter((scope) => this.deniedScopes.has(scope));
    return new FakeAuthorizationInfo(this.recorder, missing);
  }

  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.recorder, this, functionName);
  }

  getProjectTriggers(): FakeTrigger[] {
    return [...this.triggers];
  }

  deleteTrigger(trigger: FakeTrigger): void {
    this.triggers = this.triggers.filter((t) => t.id !== trigger.id);
  }

  // ---- for tests: time passing ----

  /**
   * Fires every one-off trigger that has not fired yet, as Apps Script does once its time has come:
   * the handler (looked up by name, as Apps Script calls top-level functions) gets the event with the
   * trigger's id. A fired one-off trigger stays in getProjectTriggers until the script deletes it.
   * Returns how many fired.
   */
  fireOneOffs(handlers: Record<string, (event: ClockEvent) => void>): number {
    const due = this.triggers.filter((t) => t.schedule.afterMs !== undefined && !t.fired);
    for (const trigger of due) {
      trigger.fired = true;
      const run = handlers[trigger.handler];
      if (!run) throw new Error(`Fake ScriptApp: no function ${trigger.handler} for trigger ${trigger.id}.`);
      run({ triggerUid: trigger.id });
    }
    return due.length;
  }

  // ---- for the builders and tests ----

  add(handler: string, schedule: Schedule): FakeTrigger {
    if (this.triggers.length >= TRIGGER_LIMIT) {
      throw new Error(
        "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    }
    const trigger = new FakeTrigger(this.recorder, String(this.nextId++), handler, schedule);
    this.triggers.push(trigger);
    return trigger;
  }
}

export class FakeTriggerBuilder extends Recorded {
  readonly className = "TriggerBuilder";

  constructor(
    recorder: Recorder,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super(recorder);
  }

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.recorder, this.app, this.handler);
  }
}

export class FakeClockTriggerBuilder extends Recorded {
  readonly className = "ClockTriggerBuilder";
  private readonly schedule: Schedule = {};

  constructor(
    recorder: Recorder,
    private readonly app: FakeScriptApp,
    private readonly handler: string,
  ) {
    super(recorder);
  }

  onWeekDay(day: WeekDayName): FakeClockTriggerBuilder {
    if (!(day in WeekDay)) throw new Error(`Invalid argument: day (${String(day)}).`);
    this.schedule.weekday = day;
    return this;
  }

  atHour(hour: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23)
      throw new Error(`Invalid argument: hour (${hour}).`);
    this.schedule.hour = hour;
    return this;
  }

  everyWeeks(n: number): FakeClockTriggerBuilder {
    this.schedule.everyWeeks = n;
    return this;
  }

  everyDays(n: number): FakeClockTriggerBuilder {
    this.schedule.everyDays = n;
    return this;
  }

  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    if (!Number.isInteger(durationMilliseconds) || durationMilliseconds < 0) {
      throw new Error(`Invalid argument: durationMilliseconds (${durationMilliseconds}).`);
    }
    this.schedule.afterMs = durationMilliseconds;
    return this;
  }

  inTimezone(timezone: string): FakeClockTriggerBuilder {
    this.schedule.timeZone = timezone;
    return this;
  }

  create(): FakeTrigger {
    const { weekday, everyWeeks, everyDays, afterMs } = this.schedule;
    const repeats = weekday !== undefined || everyWeeks !== undefined || everyDays !== undefined;
    if (!repeats && afterMs === undefined) {
      throw new Error(
        "Fake ClockTriggerBuilder: say when the trigger runs (onWeekDay, everyWeeks, everyDays or after).",
      );
    }
    if (repeats && afterMs !== undefined) {
      throw new Error("Fake ClockTriggerBuilder: a trigger either repeats or runs once (after), not both.");
    }
    return this.app.add(this.handler, { ...this.schedule });
  }
}

export class FakeTrigger extends Recorded {
  readonly className = "Trigger";
  /** A one-off trigger that has run (see FakeScriptApp.fireOneOffs). */
  fired = false;

  constructor(
    recorder: Recorder,
    readonly id: string,
    readonly handler: string,
    readonly schedule: Schedule,
  ) {
    super(recorder);
  }

  getUniqueId(): string {
    return this.id;
  }

  getHandlerFunction(): string {
    return this.handler;
  }

  getEventType(): keyof typeof EventType {
    return EventType.CLOCK;
  }

  getTriggerSource(): keyof typeof TriggerSource {
    return TriggerSource.CLOCK;
  }
}

export class FakeAuthorizationInfo extends Recorded {
  readonly className = "AuthorizationInfo";

  constructor(
    recorder: Recorder,
    private readonly missing: string[],
  ) {
    super(recorder);
  }

  getAuthorizationStatus(): keyof typeof AuthorizationStatus {
    return this.missing.length > 0 ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
  }

  getAuthorizationUrl(): string | null {
    return this.missing.length > 0 ? "https://script.google.com/macros/d/fake-script-id/authorize" : null;
  }
}
