import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import manifest from "../../appsscript.json";
import { sheetDocs } from "../../scripts/lib/sheetDocs";
import { CUSTOM_FUNCTION_DOCS } from "../../src/core/functions/docs";

const readme = readFileSync("README.md", "utf8");

describe("documentation", () => {
  it("docs/sheets.md is generated from the current layouts (run npm run docs)", () => {
    expect(readFileSync("docs/sheets.md", "utf8")).toBe(sheetDocs());
  });

  it("the README documents every custom function with its example", () => {
    for (const doc of CUSTOM_FUNCTION_DOCS) {
      expect(readme).toContain(`### ${doc.name}(`);
      expect(readme).toContain(doc.example);
    }
  });

  it("the README explains every permission the manifest asks for", () => {
    for (const scope of manifest.oauthScopes) expect(readme).toContain(scope);
  });
});
