import { ErrorType } from "hyperformula";

/**
 * The text Sheets shows, and getValues returns, for an error of HyperFormula's kind. Sheets has no
 * #SPILL! or #CYCLE!: a blocked array result and a circular reference are both #REF! there.
 */
export function sheetsErrorText(type: ErrorType): string {
  switch (type) {
    case ErrorType.DIV_BY_ZERO:
      return "#DIV/0!";
    case ErrorType.NAME:
      return "#NAME?";
    case ErrorType.NA:
      return "#N/A";
    case ErrorType.VALUE:
      return "#VALUE!";
    case ErrorType.NUM:
      return "#NUM!";
    case ErrorType.REF:
    case ErrorType.CYCLE:
    case ErrorType.SPILL:
      return "#REF!";
    default:
      return "#ERROR!";
  }
}

/** Sheets' wording for the errors whose HyperFormula message would mislead a Sheets user. */
export const CIRCULAR_MESSAGE =
  "Circular dependency detected. To resolve with iterative calculation, see File > Settings.";
export const PARSE_MESSAGE = "Formula parse error.";
