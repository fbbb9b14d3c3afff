import { el } from "./dom";

type Level = "error" | "warning" | "ok";

export interface Message {
  /** Dotted path of the field ("timeline.goLive", "deliverables.0.dueDate"); "" for the whole form. */
  field: string;
  message: string;
  level: Level;
}

/**
 * Puts messages beside the fields they concern: the slot is the element with id `prefix + path`,
 * or of the nearest enclosing path ("mandatory.hashtags.3" falls back to "mandatory.hashtags"),
 * else `fallback`. Errors also mark the field's control aria-invalid.
 */
export class MessageBoard {
  constructor(
    private readonly root: HTMLElement,
    private readonly prefix: string,
    private readonly fallback: HTMLElement,
  ) {}

  clear(): void {
    for (const slot of this.root.querySelectorAll<HTMLElement>(".msg")) {
      if (slot.id.startsWith(this.prefix) && slot !== this.fallback) slot.replaceChildren();
    }
    for (const control of this.root.querySelectorAll("[aria-invalid]"))
      control.removeAttribute("aria-invalid");
  }

  show(messages: Message[]): void {
    this.clear();
    for (const message of messages) this.add(message);
  }

  add(message: Message): HTMLElement | null {
    const slot = this.slot(message.field);
    slot.append(el("span", { className: message.level, text: message.message }));
    if (message.level !== "error") return null;
    const control = this.control(message.field);
    control?.setAttribute("aria-invalid", "true");
    return control;
  }

  private slot(path: string): HTMLElement {
    const parts = path.split(".");
    while (parts.length > 0) {
      const slot = document.getElementById(this.prefix + parts.join("."));
      if (slot && this.root.contains(slot)) return slot;
      parts.pop();
    }
    return this.fallback;
  }

  private control(path: string): HTMLElement | null {
    const parts = path.split(".");
    while (parts.length > 0) {
      const wanted = parts.join(".");
      for (const node of this.root.querySelectorAll<HTMLElement>("[data-path]")) {
        if (node.dataset.path === wanted) return node;
      }
      parts.pop();
    }
    return null;
  }
}
