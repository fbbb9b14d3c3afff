/** The import, whole: reading files (papaparse) and planning. Apps Script needs only ./planning. */
export * from "./decode";
export * from "./open";
export * from "./planning";
export * from "./read";
