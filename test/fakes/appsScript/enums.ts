/** Apps Script enums as plain string constants: the real ones are opaque values compared by identity. */
function enumOf<const K extends string>(keys: readonly K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(keys.map((key) => [key, key]))) as { readonly [P in K]: P };
}

export const BooleanCriteria = enumOf([
  "CELL_EMPTY",
  "CELL_NOT_EMPTY",
  "NUMBER_GREATER_THAN",
  "NUMBER_LESS_THAN",
  "TEXT_CONTAINS",
  "TEXT_EQUAL_TO",
  "CUSTOM_FORMULA",
]);

export const DataValidationCriteria = enumOf([
  "DATE_IS_VALID_DATE",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "VALUE_IN_LIST",
  "CHECKBOX",
]);

export const ChartType = enumOf(["AREA", "BAR", "COLUMN", "LINE", "PIE", "SCATTER", "TABLE"]);

export const Button = enumOf(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export const ButtonSet = enumOf(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

export const WeekDay = enumOf(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]);
export const EventType = enumOf(["CLOCK", "ON_OPEN", "ON_EDIT", "ON_FORM_SUBMIT", "ON_CHANGE"]);
export const AuthMode = enumOf(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
export const AuthorizationStatus = enumOf(["REQUIRED", "NOT_REQUIRED"]);
export const TriggerSource = enumOf(["SPREADSHEETS", "CLOCK", "FORMS", "DOCUMENTS", "CALENDAR"]);

export const ParagraphHeading = enumOf([
  "NORMAL",
  "HEADING1",
  "HEADING2",
  "HEADING3",
  "HEADING4",
  "HEADING5",
  "HEADING6",
  "TITLE",
  "SUBTITLE",
]);
export const GlyphType = enumOf([
  "BULLET",
  "HOLLOW_BULLET",
  "SQUARE_BULLET",
  "NUMBER",
  "LATIN_UPPER",
  "LATIN_LOWER",
]);
