import { beforeAll, describe, expect, it } from "vitest";
import { type PageInput, sidebarPageInputs } from "../../../scripts/lib/sidebarBuild";

// The page runs in the browser: server code (stores, the workbook, Apps Script adapters, zod) must
// stay out of it. Types from the server's declarations are fine, since the build erases them.
const BROWSER_SAFE = ["sidebar/", "src/core/"];
// The CSV parser the Import tab reads files with (the issue asks for a maintained parser, not our own).
const BROWSER_PACKAGES = ["node_modules/papaparse/"];

let inputs: PageInput[];

beforeAll(async () => {
  inputs = await sidebarPageInputs();
});

describe("the sidebar page's script", () => {
  it("is built from sidebar/ and src/core/ only", () => {
    const outside = inputs.flatMap((input) =>
      input.imports
        .filter((imported) => !BROWSER_SAFE.some((prefix) => imported.startsWith(prefix)))
        .filter((imported) => !BROWSER_PACKAGES.some((path) => imported.includes(path)))
        .map((imported) => `${input.file} imports ${imported}`),
    );
    expect(outside).toEqual([]);
  });

  it("is read from the page's own files, so the check above sees them", () => {
    const files = inputs.map((input) => input.file);
    expect(files).toContain("sidebar/main.ts");
    expect(files).toContain("sidebar/briefs/panel.ts");
    expect(files).toContain("src/core/brief/recipients.ts");
  });
});
