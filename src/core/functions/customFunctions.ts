import type { Arg } from "../cells";
import { EMV } from "./emv";
import { ENGAGEMENT_RATE } from "./engagementRate";
import { FTC_CHECK } from "./ftcCheck";
import type { FunctionResult } from "./shape";
import { TIER } from "./tier";

export interface CustomFunctionParam {
  /** As Sheets' autocomplete shows it, and the name of the generated stub's parameter. */
  readonly name: string;
  /** One value per row: the result is as tall as the tallest such argument. Lookup tables (tier table, rate card) are not. */
  readonly perRow?: true;
  readonly optional?: true;
}

export interface CustomFunction {
  readonly name: string;
  readonly params: readonly CustomFunctionParam[];
  readonly run: (...args: Arg[]) => FunctionResult;
}

/**
 * Every spreadsheet function the add-on offers, one row each. The registry makes a top-level stub of
 * each row, the in-memory workbook registers each with its formula engine, and ./docs holds each
 * one's help text (build-time only: the bundle Apps Script evaluates on every call carries none of it).
 */
const TABLE = [
  {
    name: "ENGAGEMENT_RATE",
    params: [
      { name: "interactions", perRow: true },
      { name: "audience", perRow: true },
    ],
    run: ENGAGEMENT_RATE,
  },
  {
    name: "TIER",
    params: [
      { name: "followers", perRow: true },
      { name: "tiers", optional: true },
    ],
    run: TIER,
  },
  {
    name: "EMV",
    params: [
      { name: "platform", perRow: true },
      { name: "counts", perRow: true },
      { name: "rate_card", optional: true },
    ],
    run: EMV,
  },
  {
    name: "FTC_CHECK",
    params: [
      { name: "caption", perRow: true },
      { name: "rules", optional: true },
    ],
    run: FTC_CHECK,
  },
] as const satisfies readonly CustomFunction[];

export type CustomFunctionName = (typeof TABLE)[number]["name"];

export const CUSTOM_FUNCTIONS: readonly (CustomFunction & { readonly name: CustomFunctionName })[] = TABLE;
