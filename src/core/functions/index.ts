// The documentation (./docs) is not re-exported: it is build-time text the Apps Script bundle must not carry.

export {
  CUSTOM_FUNCTIONS,
  type CustomFunction,
  type CustomFunctionName,
  type CustomFunctionParam,
} from "./customFunctions";
export {
  AYZENBERG_RATES,
  EMV,
  emvOf,
  METRICS,
  type MetricCounts,
  type MetricKey,
  parseRateCard,
  type RateCard,
  type Rates,
  ratesFor,
} from "./emv";
export { ENGAGEMENT_RATE, engagementRate } from "./engagementRate";
export { checkDisclosure, type Disclosure, FTC_CHECK, UP_FRONT_CHARS } from "./ftcCheck";
export type { FunctionResult } from "./shape";
export { DEFAULT_TIERS, parseTierTable, TIER, type Tier, type TierTable, tierFor } from "./tier";
