import { Button, type ButtonName, ButtonSet, type ButtonSetName } from "./enums";
import { Recorded, type Recorder } from "./recorder";

/** The user's answer to one dialog, in the order the dialogs appear. */
export interface UiAnswer {
  button: ButtonName;
  /** What the user typed, for a prompt. */
  text?: string;
}

export interface Dialog {
  kind: "alert" | "prompt";
  title: string;
  message: string;
  buttons: ButtonSetName;
}

export type MenuEntry =
  | { caption: string; functionName: string }
  | { caption: string; items: MenuEntry[] }
  | "separator";

const BUTTONS_OF: Record<ButtonSetName, ButtonName[]> = {
  OK: ["OK", "CLOSE"],
  OK_CANCEL: ["OK", "CANCEL", "CLOSE"],
  YES_NO: ["YES", "NO", "CLOSE"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL", "CLOSE"],
};

export class FakeUi extends Recorded {
  readonly className = "Ui";
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly dialogs: Dialog[] = [];
  /** Menus added with addToUi, by caption ("" for the add-on menu's own caption). */
  readonly menus = new Map<string, MenuEntry[]>();

  constructor(
    recorder: Recorder,
    private readonly answers: UiAnswer[],
  ) {
    super(recorder);
  }

  alert(...args: [string] | [string, ButtonSetName] | [string, string, ButtonSetName]): ButtonName {
    return this.show("alert", args).button;
  }

  prompt(...args: [string] | [string, ButtonSetName] | [string, string, ButtonSetName]): FakePromptResponse {
    const answer = this.show("prompt", args);
    return new FakePromptResponse(this.recorder, answer.button, answer.text ?? "");
  }

  /** What showSidebar was given, in order. */
  readonly sidebars: unknown[] = [];

  showSidebar(output: unknown): void {
    this.sidebars.push(output);
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.recorder, this, caption);
  }

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.recorder, this, "");
  }

  private show(
    kind: Dialog["kind"],
    args: [string] | [string, ButtonSetName] | [string, string, ButtonSetName],
  ): UiAnswer {
    const [title, message, buttons] =
      args.length === 3 ? args : args.length === 2 ? ["", args[0], args[1]] : ["", args[0], undefined];
    const set = buttons ?? ButtonSet.OK;
    this.dialogs.push({ kind, title, message, buttons: set });
    // An OK-only alert has one possible answer, so it needs no script.
    const answer =
      this.answers.shift() ?? (kind === "alert" && set === "OK" ? { button: Button.OK } : undefined);
    if (!answer) throw new Error(`Fake Ui: no scripted answer left for the ${kind} "${title || message}".`);
    if (!BUTTONS_OF[set].includes(answer.button)) {
      throw new Error(
        `Fake Ui: the ${kind} "${title || message}" shows ${set} buttons, not ${answer.button}.`,
      );
    }
    return answer;
  }
}

export class FakePromptResponse extends Recorded {
  readonly className = "PromptResponse";

  constructor(
    recorder: Recorder,
    private readonly button: ButtonName,
    private readonly text: string,
  ) {
    super(recorder);
  }

  getSelectedButton(): ButtonName {
    return this.button;
  }

  getResponseText(): string {
    return this.text;
  }
}

export class FakeMenu extends Recorded {
  readonly className = "Menu";
  readonly items: MenuEntry[] = [];

  constructor(
    recorder: Recorder,
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {
    super(recorder);
  }

  addItem(caption: string, functionName: string): FakeMenu {
    this.items.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.items.push("separator");
    return this;
  }

  addSubMenu(menu: FakeMenu): FakeMenu {
    this.items.push({ caption: menu.caption, items: [...menu.items] });
    return this;
  }

  addToUi(): void {
    this.ui.menus.set(this.caption, [...this.items]);
  }
}
