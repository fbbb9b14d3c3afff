import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PAGE_LIMIT_BYTES } from "../../../scripts/lib/budgets";
import { buildSidebar } from "../../../scripts/lib/sidebarBuild";
import { localServices } from "../../../scripts/sidebarServer";
import { SIDEBAR_API } from "../../../src/addon/sidebar/api";
import { runSidebarCall, SIDEBAR_ENTRIES } from "../../../src/addon/sidebar/registryEntries";
import { programWorkbook } from "../../fixtures/programWorkbook";

describe("SIDEBAR_ENTRIES", () => {
  it("lists every server function as google.script.run can call it", () => {
    expect(SIDEBAR_ENTRIES.map((entry) => [entry.kind, entry.name, entry.params])).toEqual(
      Object.keys(SIDEBAR_API).map((name) => ["rpc", name, ["input"]]),
    );
    for (const entry of SIDEBAR_ENTRIES) {
      expect(entry.name).toMatch(/^[A-Za-z]\w*[A-Za-z0-9]$/);
    }
  });
});

describe("runSidebarCall", () => {
  const setUp = () =>
    localServices({ workbook: programWorkbook(), now: () => new Date("2025-03-15T12:00:00Z") });

  it("takes the document lock for calls that write and not for ones that only read", () => {
    const { context, calls } = setUp();
    runSidebarCall(() => context, "sidebarLoad", {});
    expect(calls.locks).toBe(1);
    runSidebarCall(() => context, "sidebarOpenBrief", { id: "B1" });
    expect(calls.locks).toBe(1);
    // Making brief Docs writes their links to the Roster.
    runSidebarCall(() => context, "sidebarCreateBriefDocs", { brief: {}, rows: [] });
    expect(calls.locks).toBe(2);
  });

  it("answers an error result when the lock is busy or there is no spreadsheet", () => {
    const { context } = setUp();
    const busy = {
      ...context,
      lock: {
        withDocumentLock: (): never => {
          throw new Error("Another Influencer Desk run is in progress in this spreadsheet.");
        },
      },
    };
    expect(runSidebarCall(() => busy, "sidebarSaveTemplate", {})).toEqual({
      ok: false,
      error: { message: "Another Influencer Desk run is in progress in this spreadsheet." },
    });
    const none = () => {
      throw new Error("Influencer Desk needs an open spreadsheet, and this run has none.");
    };
    expect(runSidebarCall(none, "sidebarLoad", {})).toEqual({
      ok: false,
      error: { message: "Influencer Desk needs an open spreadsheet, and this run has none." },
    });
  });
});

describe("buildSidebar", () => {
  let outDir: string;
  let html: string;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "influencer-desk-sidebar-build-"));
    await buildSidebar(outDir);
    html = readFileSync(join(outDir, "Sidebar.html"), "utf8");
  });

  it("emits one self-contained page under the size limit", () => {
    expect(readdirSync(outDir)).toEqual(["Sidebar.html"]);
    expect(Buffer.byteLength(html)).toBeLessThan(PAGE_LIMIT_BYTES);
    expect(html).not.toContain("<!-- inline:");
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it("requests nothing from another host: no links, imports, external sources or fonts", () => {
    const found = (pattern: RegExp) => html.match(pattern)?.[0] ?? null;
    expect(found(/<link\b/i)).toBeNull();
    expect(found(/\b(src|href)\s*=\s*["']?(https?:)?\/\/[^"' >]*/i)).toBeNull();
    // A CSS url( stands alone; papaparse's createObjectURL( (for a worker it never starts here) is no request.
    expect(found(/@import|\burl\(/i)).toBeNull();
    expect(found(/font-family:[^;}]*/)).toBe("font-family:Google Sans,Roboto,Arial,sans-serif");
  });

  it("leaves zod on the server", () => {
    expect(html.match(/ZodError|\$ZodType/)?.[0] ?? null).toBeNull();
  });
});
