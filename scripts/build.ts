import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { build } from "esbuild";
import { REGISTRY } from "../src/addon/registry";
import { GLOBAL_NAME, stubsFor } from "./lib/stubs";

/** Builds dist/: the Apps Script bundle with its generated stubs, and the manifest. */
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
    // Whitespace and syntax only: identifiers stay readable in Apps Script's stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "none",
    outfile: `${outDir}/Code.js`,
    footer: { js: stubsFor(REGISTRY) },
    logLevel: "warning",
  });
  copyFileSync("appsscript.json", `${outDir}/appsscript.json`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildDist();
  console.log(`dist/Code.js ${(statSync("dist/Code.js").size / 1024).toFixed(1)} KB`);
}
