import type { TriggerInfo, Triggers } from "./ports";

export function appsScriptTriggers(): Triggers {
  const clockTriggersOf = (handler: string) =>
    ScriptApp.getProjectTriggers().filter(
      (t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.CLOCK,
    );
  const info = (t: GoogleAppsScript.Script.Trigger): TriggerInfo => ({
    id: t.getUniqueId(),
    handler: t.getHandlerFunction(),
  });

  const checkHour = (every: "weekly" | "daily", handler: string, hour: number) => {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
      throw new Error(`The ${every} run of ${handler} needs an hour from 0 to 23; got ${hour}.`);
    }
  };

  return {
    list(handler) {
      return clockTriggersOf(handler).map(info);
    },
    weekly(handler, { weekday, hour, timeZone }) {
      checkHour("weekly", handler, hour);
      const builder = ScriptApp.newTrigger(handler)
        .timeBased()
        .onWeekDay(ScriptApp.WeekDay[weekday])
        .atHour(hour);
      return info((timeZone ? builder.inTimezone(timeZone) : builder).create());
    },
    daily(handler, { hour, timeZone }) {
      checkHour("daily", handler, hour);
      const builder = ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour);
      return info((timeZone ? builder.inTimezone(timeZone) : builder).create());
    },
    once(handler, afterMs) {
      // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer):
      // runs no sooner than afterMs from now (it may be later).
      return info(ScriptApp.newTrigger(handler).timeBased().after(afterMs).create());
    },
    removeId(id) {
      const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === id);
      if (trigger) ScriptApp.deleteTrigger(trigger);
      return trigger !== undefined;
    },
    remove(handler) {
      const mine = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
      for (const t of mine) ScriptApp.deleteTrigger(t);
      return mine.length;
    },
  };
}
