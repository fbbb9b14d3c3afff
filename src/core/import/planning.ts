/** The import's pure planning part, without the CSV parser: what the Apps Script bundle may include. */

export { handleKey, nameKey } from "../keys";
export * from "./exportDates";
export * from "./fields";
export * from "./limits";
export * from "./mapping";
export * from "./plan";
export * from "./planTypes";
export * from "./preview";
export * from "./rows";
export * from "./sources";
export * from "./table";
export * from "./urls";
