import type { FakeRange } from "./range";
import { Recorded, type Recorder } from "./recorder";
import type { FakeSheet } from "./sheet";

/**
 * Sheet.protect() / Range.protect(): a protection a team set so others cannot edit (Apps Script's
 * Protection class, https://developers.google.com/apps-script/reference/spreadsheet/protection).
 * The fake keeps what a diff needs to see: the protected sheet or range, the description and
 * whether editing only warns.
 */
export class FakeProtection extends Recorded {
  readonly className = "Protection";
  private description = "";
  private warningOnly = false;
  private removed = false;

  constructor(
    recorder: Recorder,
    readonly sheet: FakeSheet,
    /** The protected range, or null when the whole sheet is protected. */
    public range: FakeRange | null,
  ) {
    super(recorder);
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): FakeProtection {
    this.description = description;
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.warningOnly = warningOnly;
    return this;
  }

  getRange(): FakeRange {
    return this.range ?? this.sheet.getDataRange();
  }

  remove(): void {
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }

  /** What a snapshot compares: kind, area, description and warning, or null once removed. */
  summary(): string | null {
    if (this.removed) return null;
    const where = this.range ? this.range.getA1Notation() : "sheet";
    return `${where}|${this.description}|${this.warningOnly ? "warning" : "strict"}`;
  }
}
