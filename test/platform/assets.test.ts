import { afterEach, describe, expect, it } from "vitest";
import { STARTER_TEXTS } from "../../src/core/outreach/starterTexts";
import { appsScriptAssets, STARTER_TEMPLATES_FILE } from "../../src/platform/appsScriptAssets";

const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals.HtmlService;
});

describe("appsScriptAssets", () => {
  it("reads the starter templates from the project file the build writes", () => {
    const opened: string[] = [];
    globals.HtmlService = {
      createHtmlOutputFromFile(name: string) {
        opened.push(name);
        return { getContent: () => JSON.stringify(STARTER_TEXTS) };
      },
    };
    expect(appsScriptAssets().starterTemplates()).toEqual(STARTER_TEXTS);
    expect(opened).toEqual([STARTER_TEMPLATES_FILE]);
  });
});
