import vm from "node:vm";
import { buildSync } from "esbuild";
import { describe, expect, it } from "vitest";
import * as local from "../../../src/core/import/index";
import { fixturePosts, OPTIONS, ROSTER, tiktokCsv } from "./fixtures";

function bundle(entry: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "Import",
    target: "es2020",
    write: false,
  });
  return result.outputFiles[0]?.text ?? "";
}

/** A context with only the language's built-ins: no URL, TextDecoder, TextEncoder, atob, process or window. */
function appsScriptLike(code: string): typeof local {
  const context = vm.createContext({});
  vm.runInContext(`${code};this.Import = Import;`, context);
  for (const missing of ["URL", "TextDecoder", "TextEncoder", "atob", "process", "window", "setTimeout"]) {
    expect(vm.runInContext(`typeof ${missing}`, context)).toBe("undefined");
  }
  return context.Import;
}

describe("the import core in a runtime without Node's or the browser's extras (as Apps Script)", () => {
  it("decodes, reads, maps and plans a file exactly as in Node", () => {
    const remote = appsScriptLike(bundle("src/core/import/index.ts"));
    const bytes = new Uint8Array(
      Buffer.from(tiktokCsv(fixturePosts("leo", 5, (i) => `731234567890123${i}`)), "utf8"),
    );
    const run = (api: typeof local) => {
      const decoded = api.decodeExport(bytes);
      if (!decoded.ok) throw new Error(decoded.message);
      const opened = api.openExport(decoded.text, { byteLength: bytes.length });
      if (!opened.ok) throw new Error(opened.message);
      return JSON.stringify(
        api.planImport(opened.table, {
          mapping: opened.mapping,
          posts: [],
          roster: ROSTER,
          options: OPTIONS,
        }),
      );
    };
    expect(run(remote)).toBe(run(local));
  });

  it("plans without papaparse: the planning entry does not include the CSV parser", () => {
    const code = bundle("src/core/import/planning.ts");
    expect(code).not.toMatch(/papaparse|Papa\.parse|delimitersToGuess/i);
    expect(Object.keys(appsScriptLike(code))).toContain("planImport");
  });
});

describe("openExport", () => {
  it("refuses headers it cannot map, naming the ones found and the ones expected", () => {
    expect(local.openExport("Name;Age\nMaya;31\n")).toEqual({
      ok: false,
      message:
        "The add-on cannot tell what this file's columns hold. Columns found: Name, Age. Expected a link or post ID (Post URL, Permalink, Video link, Content) and at least one number (Views, Likes, Comments, Shares, Saves…).",
    });
  });

  it("takes a person's override to make such a file importable", () => {
    const opened = local.openExport(
      "Name,Clip,Watched\nMaya,youtu.be/dQw4w9WgXcQ,12\n",
      {},
      { other: { Clip: "postUrl", Watched: "views" } },
    );
    expect(opened.ok && opened.mapping.columns).toEqual({ postUrl: 1, views: 2 });
    expect(opened.ok && opened.mapping.ignored).toEqual(["Name"]);
  });

  it("opens a file the remembered corrections still leave unmappable, for the person to fix, and uses only its source's", () => {
    const text = "Name,Clip,Watched\nMaya,youtu.be/dQw4w9WgXcQ,12\n";
    const opened = local.openExport(text, {}, { other: { Watched: "views" }, tiktok: { Clip: "postUrl" } });
    expect(opened.ok && opened.override).toEqual({ Watched: "views" });
    expect(opened.ok && opened.problem).toMatch(/^The add-on cannot tell what this file's columns hold/);
    const fixed = opened.ok ? local.remap(opened, "Clip", "postUrl") : null;
    expect(fixed?.problem).toBeUndefined();
    expect(fixed?.mapping.columns).toEqual({ postUrl: 1, views: 2 });
  });
});
