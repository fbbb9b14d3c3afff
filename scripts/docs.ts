import { writeFileSync } from "node:fs";
import { sheetDocs } from "./lib/sheetDocs";

writeFileSync("docs/sheets.md", sheetDocs());
console.log("Wrote docs/sheets.md");
