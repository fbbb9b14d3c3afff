import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type PageInput, sidebarPageInputs } from "../../../scripts/lib/sidebarBuild";

// The page runs in the browser: server code (stores, the workbook, Apps Script adapters, zod) must
// stay out of it. What crosses between page and server is typed in src/core/rpc/, so the page's
// sources name nothing else either, type imports included (the build erases those, so only the
// sources show them).
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

const sourcesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(process.cwd(), join(entry.parentPath, entry.name)));

describe("the sidebar page's sources", () => {
  it("import only sidebar/ and src/core/, types included", () => {
    const outside = sourcesUnder("sidebar").flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/from "(\.{1,2}\/[^"]+)"/g)]
        .map((match) => relative(process.cwd(), join(dirname(file), match[1] as string)))
        .filter((imported) => !BROWSER_SAFE.some((prefix) => `${imported}/`.startsWith(prefix)))
        .map((imported) => `${file} imports ${imported}`),
    );
    expect(outside).toEqual([]);
  });
});
