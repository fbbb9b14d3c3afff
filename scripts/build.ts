import { copyFileSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { build } from "esbuild";
import { REGISTRY } from "../src/addon/registry";
import { STARTER_TEXTS } from "../src/core/outreach/starterTexts";
import { DEFINITIONS } from "../src/core/report/definitionTexts";
import { DEFINITIONS_FILE, STARTER_TEMPLATES_FILE } from "../src/platform/appsScriptAssets";
import { buildSidebar } from "./lib/sidebarBuild";
import { GLOBAL_NAME, stubsFor } from "./lib/stubs";

/** Builds dist/: the Apps Script bundle with its generated stubs, the manifest and the sidebar page. */
export async function buildDist(outDir = "dist"): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: ["src/addon/main.ts"],
    bundle: true,
    format: "iife",
    globalName: GLOBAL_NAME,
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    // Apps Script evaluates the whole file on every run, custom functions included, so size beats
    // readable stack traces; the stubs Apps Script calls (and their JSDoc) are the footer, untouched.
    minify: true,
    charset: "utf8",
    legalComments: "none",
    outfile: `${outDir}/Code.js`,
    // The add-on touches only the spreadsheet it runs in; the manifest's oauthScopes say the same.
    banner: { js: "/** @OnlyCurrentDoc */" },
    footer: { js: stubsFor(REGISTRY) },
    logLevel: "warning",
  });
  copyFileSync("appsscript.json", `${outDir}/appsscript.json`);
  // Large, rarely needed text ships as a project file, read only when needed (see Assets).
  writeFileSync(`${outDir}/${STARTER_TEMPLATES_FILE}.html`, JSON.stringify(STARTER_TEXTS));
  writeFileSync(`${outDir}/${DEFINITIONS_FILE}.html`, JSON.stringify(DEFINITIONS));
  await buildSidebar(outDir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildDist();
  console.log(`dist/Code.js ${(statSync("dist/Code.js").size / 1024).toFixed(1)} KB`);
}
