import { STARTER_TEXTS } from "../core/outreach/starterTexts";
import { DEFINITIONS } from "../core/report/definitionTexts";
import type { Assets, DocBlock, Docs, Lock, Mail, Properties, TriggerInfo, Triggers, Ui } from "./ports";
import type { Scopes } from "./scopesPort";

/**
 * In-process stand-ins for the Google services, used by the local demo, the sidebar's dev server and
 * tests. They record what was asked of them so a test can check it, and never reach Google.
 */

export interface MemoryUi extends Ui {
  shown: { kind: "alert" | "confirm" | "prompt"; title: string; message: string }[];
  /** Answers for the next confirm() calls (default: Yes) and prompt() calls (default: cancel). */
  confirms: boolean[];
  prompts: (string | null)[];
}

export function memoryUi(): MemoryUi {
  const ui: MemoryUi = {
    shown: [],
    confirms: [],
    prompts: [],
    alert(title, message) {
      ui.shown.push({ kind: "alert", title, message });
    },
    confirm(title, message) {
      ui.shown.push({ kind: "confirm", title, message });
      return ui.confirms.shift() ?? true;
    },
    prompt(title, message) {
      ui.shown.push({ kind: "prompt", title, message });
      return ui.prompts.shift() ?? null;
    },
  };
  return ui;
}

/** A lock that another "run" can hold, to show what a second click sees. */
export interface MemoryLock extends Lock {
  heldElsewhere: boolean;
}

export function memoryLock(busyMessage: string): MemoryLock {
  let held = false;
  const lock: MemoryLock = {
    heldElsewhere: false,
    withDocumentLock(fn) {
      if (held || lock.heldElsewhere) throw new Error(busyMessage);
      held = true;
      try {
        return fn();
      } finally {
        held = false;
      }
    },
  };
  return lock;
}

export interface MemoryTriggers extends Triggers {
  /** `weekday` is absent for a daily trigger; a one-off trigger has `afterMs` instead of an hour. */
  installed: (TriggerInfo & { weekday?: string; hour?: number; timeZone?: string; afterMs?: number })[];
}

export function memoryTriggers(): MemoryTriggers {
  let next = 1;
  const triggers: MemoryTriggers = {
    installed: [],
    list: (handler) =>
      triggers.installed
        .filter((t) => t.handler === handler)
        .map(({ id, handler: h }) => ({ id, handler: h })),
    weekly(handler, when) {
      const info = { id: `trigger-${next++}`, handler };
      triggers.installed.push({ ...info, ...when });
      return info;
    },
    daily(handler, when) {
      const info = { id: `trigger-${next++}`, handler };
      triggers.installed.push({ ...info, ...when });
      return info;
    },
    once(handler, afterMs) {
      const info = { id: `trigger-${next++}`, handler };
      triggers.installed.push({ ...info, afterMs });
      return info;
    },
    removeId(id) {
      const before = triggers.installed.length;
      triggers.installed = triggers.installed.filter((t) => t.id !== id);
      return triggers.installed.length < before;
    },
    remove(handler) {
      const before = triggers.installed.length;
      triggers.installed = triggers.installed.filter((t) => t.handler !== handler);
      return before - triggers.installed.length;
    },
  };
  return triggers;
}

export interface MemoryMail extends Mail {
  sent: { to: string[]; subject: string; html: string }[];
  quota: number;
}

export function memoryMail(quota = 100): MemoryMail {
  const mail: MemoryMail = {
    sent: [],
    quota,
    remainingDailyQuota: () => mail.quota,
    sendHtml(to, subject, html) {
      if (to.length === 0)
        throw new Error(`The e-mail "${subject}" has no recipients; add at least one address.`);
      if (to.length > mail.quota)
        throw new Error(`Service invoked too many times for one day: email (quota ${mail.quota}).`);
      mail.quota -= to.length;
      mail.sent.push({ to, subject, html });
    },
  };
  return mail;
}

export interface MemoryDocs extends Docs {
  created: { id: string; title: string; blocks: DocBlock[] }[];
}

export function memoryDocs(baseUrl = "http://127.0.0.1/docs"): MemoryDocs {
  const docs: MemoryDocs = {
    created: [],
    create(title, blocks) {
      const id = `doc-${docs.created.length + 1}`;
      docs.created.push({ id, title, blocks });
      return { id, url: `${baseUrl}/${id}` };
    },
  };
  return docs;
}

export function memoryProperties(): Properties & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      if (value.length > 9 * 1024) throw new Error(`Argument too large: value (${key})`);
      values.set(key, value);
    },
    delete: (key) => {
      values.delete(key);
    },
  };
}

/** The assets straight from the source, as the build would ship them. */
export function memoryAssets(): Assets {
  return { starterTemplates: () => STARTER_TEXTS, definitions: () => [...DEFINITIONS] };
}

/** Scopes the user left unticked on the consent screen, for tests; none by default. */
export function memoryScopes(denied: string[] = []): Scopes & { denied: string[] } {
  return {
    denied,
    missing: (scope) => (denied.includes(scope) ? { url: "https://example.invalid/authorize" } : null),
  };
}
