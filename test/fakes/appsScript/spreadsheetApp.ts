import { BooleanCriteria, ChartType, DataValidationCriteria } from "./enums";
import { Recorded, type Recorder } from "./recorder";
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from "./rules";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeUi } from "./ui";

export class FakeSpreadsheetApp extends Recorded {
  readonly className = "SpreadsheetApp";
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;

  /** `active` is null for a run without a spreadsheet (a time-driven trigger, for one). */
  constructor(
    recorder: Recorder,
    private readonly active: FakeSpreadsheet | null,
    private readonly ui: FakeUi,
  ) {
    super(recorder);
  }

  getActive(): FakeSpreadsheet | null {
    return this.active;
  }

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    return this.active;
  }

  getUi(): FakeUi {
    if (!this.active) throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    return this.ui;
  }

  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.recorder);
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.recorder);
  }

  /**
   * Sheets buffers a script's writes and stores them at a flush or the end of the run; Google says to
   * flush before releasing a lock (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
   * The fake stores every write at once, so the record of this call (its order) is what tests check.
   */
  flush(): void {}
}

export class FakeCharts extends Recorded {
  readonly className = "Charts";
  readonly ChartType = ChartType;
}
