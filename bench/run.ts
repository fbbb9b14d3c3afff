import { buildDist } from "../scripts/build";
import { benchBundle } from "./bundle";
import { benchFunctions } from "./functions";
import { benchImport } from "./import";
import { benchReport } from "./report";
import { benchWorkbook } from "./workbook";

/** `npm run bench`: prints a Markdown table; the README keeps the latest numbers. */
await buildDist();
const lines = [
  "| What | Measured | Target |",
  "| --- | --- | --- |",
  ...benchFunctions(),
  ...benchBundle("dist/Code.js"),
  ...benchWorkbook(),
  ...benchReport(),
  ...benchImport(),
];
console.log(lines.join("\n"));
