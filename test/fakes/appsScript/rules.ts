import { BooleanCriteria, DataValidationCriteria } from "./enums";
import type { FakeRange } from "./range";
import { Recorded, type Recorder } from "./recorder";

type ValidationCriteria = keyof typeof DataValidationCriteria;
type ConditionCriteria = keyof typeof BooleanCriteria;

export class FakeDataValidationBuilder extends Recorded {
  readonly className = "DataValidationBuilder";
  private criteria?: { type: ValidationCriteria; values: unknown[] };
  private allowInvalid = true;
  private helpText = "";

  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    return this.require(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown]);
  }

  requireDate(): FakeDataValidationBuilder {
    return this.require(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }

  requireNumberGreaterThanOrEqualTo(number: number): FakeDataValidationBuilder {
    return this.require(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [number]);
  }

  requireCheckbox(): FakeDataValidationBuilder {
    return this.require(DataValidationCriteria.CHECKBOX, []);
  }

  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): FakeDataValidationBuilder {
    this.helpText = helpText;
    return this;
  }

  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("Fake DataValidationBuilder: call a require… method before build().");
    return new FakeDataValidation(
      this.recorder,
      this.criteria.type,
      this.criteria.values,
      this.allowInvalid,
      this.helpText,
    );
  }

  private require(type: ValidationCriteria, values: unknown[]): FakeDataValidationBuilder {
    this.criteria = { type, values };
    return this;
  }
}

export class FakeDataValidation extends Recorded {
  readonly className = "DataValidation";

  constructor(
    recorder: Recorder,
    readonly criteriaType: ValidationCriteria,
    readonly criteriaValues: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {
    super(recorder);
  }

  getCriteriaType(): ValidationCriteria {
    return this.criteriaType;
  }

  getCriteriaValues(): unknown[] {
    return [...this.criteriaValues];
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeConditionalFormatRuleBuilder extends Recorded {
  readonly className = "ConditionalFormatRuleBuilder";
  private criteria?: { type: ConditionCriteria; values: unknown[] };
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];

  whenFormulaSatisfied(formula: string): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.CUSTOM_FORMULA, [formula]);
  }

  whenNumberGreaterThan(number: number): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.NUMBER_GREATER_THAN, [number]);
  }

  whenTextContains(text: string): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.TEXT_CONTAINS, [text]);
  }

  whenCellEmpty(): FakeConditionalFormatRuleBuilder {
    return this.when(BooleanCriteria.CELL_EMPTY, []);
  }

  setBackground(color: string | null): FakeConditionalFormatRuleBuilder {
    this.background = color;
    return this;
  }

  setFontColor(color: string | null): FakeConditionalFormatRuleBuilder {
    this.fontColor = color;
    return this;
  }

  setRanges(ranges: FakeRange[]): FakeConditionalFormatRuleBuilder {
    this.ranges = [...ranges];
    return this;
  }

  build(): FakeConditionalFormatRule {
    if (!this.criteria)
      throw new Error("Fake ConditionalFormatRuleBuilder: call a when… method before build().");
    const condition = new FakeBooleanCondition(
      this.recorder,
      this.criteria.type,
      this.criteria.values,
      this.background,
      this.fontColor,
    );
    return new FakeConditionalFormatRule(this.recorder, condition, this.ranges);
  }

  private when(type: ConditionCriteria, values: unknown[]): FakeConditionalFormatRuleBuilder {
    this.criteria = { type, values };
    return this;
  }
}

export class FakeConditionalFormatRule extends Recorded {
  readonly className = "ConditionalFormatRule";

  constructor(
    recorder: Recorder,
    readonly condition: FakeBooleanCondition,
    readonly ranges: FakeRange[],
  ) {
    super(recorder);
  }

  getBooleanCondition(): FakeBooleanCondition | null {
    return this.condition;
  }

  getGradientCondition(): null {
    return null;
  }

  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
}

export class FakeBooleanCondition extends Recorded {
  readonly className = "BooleanCondition";

  constructor(
    recorder: Recorder,
    readonly criteriaType: ConditionCriteria,
    readonly criteriaValues: unknown[],
    readonly background: string | null,
    readonly fontColor: string | null,
  ) {
    super(recorder);
  }

  getCriteriaType(): ConditionCriteria {
    return this.criteriaType;
  }

  getCriteriaValues(): unknown[] {
    return [...this.criteriaValues];
  }

  getBackground(): string | null {
    return this.background;
  }

  getFontColor(): string | null {
    return this.fontColor;
  }
}

export class FakeFilter extends Recorded {
  readonly className = "Filter";

  constructor(
    recorder: Recorder,
    readonly range: FakeRange,
  ) {
    super(recorder);
  }

  getRange(): FakeRange {
    return this.range;
  }

  remove(): void {
    if (this.range.sheet.filter === this) this.range.sheet.filter = null;
  }
}
