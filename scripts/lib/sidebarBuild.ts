import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, transform } from "esbuild";
import { PAGE_LIMIT_BYTES } from "./budgets";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SIDEBAR_DIR = join(ROOT, "sidebar");

/** Apps Script serves each HTML file as one page; ours must stay small enough to open at once. */
export const SIDEBAR_PAGES = [{ html: "Sidebar.html", entry: "main.ts", css: "styles.css" }] as const;

/**
 * Builds each sidebar page into ONE self-contained HTML file in `outDir`: the TypeScript bundled for
 * the browser and the CSS inlined in place of the `<!-- inline:… -->` markers. Nothing is fetched
 * from another host (fonts come from the system stack), so the page works in Apps Script's sandbox.
 */
export async function buildSidebar(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const page of SIDEBAR_PAGES) {
    const { js } = await bundle(join(SIDEBAR_DIR, page.entry));
    const css = await minifyCss(join(SIDEBAR_DIR, page.css));
    const template = readFileSync(join(SIDEBAR_DIR, page.html), "utf8");
    const html = inline(template, {
      [page.css]: `<style>${css.replace(/<\/style/gi, "<\\/style")}</style>`,
      [page.entry]: `<script>${js}</script>`,
    });
    const size = Buffer.byteLength(html);
    if (size > PAGE_LIMIT_BYTES) {
      throw new Error(
        `${page.html} is ${(size / 1024).toFixed(1)} KB, over the ${PAGE_LIMIT_BYTES / 1024} KB limit. Check that the sidebar imports no runtime code from modules that use zod.`,
      );
    }
    writeFileSync(join(outDir, page.html), html);
  }
}

/** One source file of a page's script and the files it imports, as paths from the project root. */
export interface PageInput {
  file: string;
  imports: string[];
}

/**
 * What the sidebar pages' scripts are built from, read from esbuild's metafile: only what the
 * browser actually runs, so type-only imports (erased at build) do not count.
 */
export async function sidebarPageInputs(): Promise<PageInput[]> {
  const built = await Promise.all(SIDEBAR_PAGES.map((page) => bundle(join(SIDEBAR_DIR, page.entry))));
  return built.flatMap((page) => page.inputs);
}

async function bundle(entry: string): Promise<{ js: string; inputs: PageInput[] }> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    minify: true,
    legalComments: "none",
    write: false,
    metafile: true,
    logLevel: "warning",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const inputs = Object.entries(result.metafile.inputs).map(([file, input]) => ({
    file,
    imports: input.imports.map((imported) => imported.path),
  }));
  // Inside an inline <script>, "</script" or "<!--" in a string would end or confuse the element.
  return { js: code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--"), inputs };
}

async function minifyCss(file: string): Promise<string> {
  const result = await transform(readFileSync(file, "utf8"), { loader: "css", minify: true });
  return result.code.trim();
}

/** Replaces each `<!-- inline:name -->` marker; a marker without content is a build error. */
function inline(template: string, parts: Record<string, string>): string {
  // Indentation is for people editing the template; the page does not need it. Trimmed before
  // inlining, so text inside the script is never touched.
  return template.replace(/\n\s+/g, "\n").replace(/<!-- inline:([\w.]+) -->/g, (_, name: string) => {
    const part = parts[name];
    if (part === undefined)
      throw new Error(`Sidebar page has a marker for ${name}, which the build does not make.`);
    return part;
  });
}
