import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build";
import { CODE_LIMIT_BYTES } from "../../scripts/lib/budgets";
import { REGISTRY } from "../../src/addon/registry";
import { STARTER_TEXTS } from "../../src/core/outreach/starterTexts";
import { evaluate, loadBundle, MISSING_IN_APPS_SCRIPT } from "./loadBundle";

let code: string;
let context: vm.Context;
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "influencer-desk-dist-"));
  await buildDist(outDir);
  code = readFileSync(join(outDir, "Code.js"), "utf8");
  context = loadBundle(join(outDir, "Code.js"));
});

describe("dist/Code.js as Apps Script loads it", () => {
  it("runs in a context without the globals Apps Script lacks", () => {
    for (const name of MISSING_IN_APPS_SCRIPT) {
      expect(evaluate(context, `typeof ${name}`), name).toBe("undefined");
    }
  });

  it("has every registry entry as a top-level function", () => {
    for (const entry of REGISTRY) {
      expect(evaluate(context, `typeof ${entry.name}`), entry.name).toBe("function");
    }
  });

  it("contains no module syntax", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it("stays within the size budget Apps Script evaluates on every run, with only zod/mini inside", () => {
    // Classic zod carries its JSON Schema generator along; zod/mini leaves it out.
    expect(code).not.toMatch(/json-schema|toJSONSchema/);
    expect(statSync(join(outDir, "Code.js")).size).toBeLessThan(CODE_LIMIT_BYTES);
  });

  it("ships the starter templates as a project file, not inside the code every call evaluates", () => {
    const shipped = JSON.parse(readFileSync(join(outDir, "StarterTemplates.html"), "utf8"));
    expect(shipped).toEqual(STARTER_TEXTS);
    for (const starter of STARTER_TEXTS) expect(code).not.toContain(starter.subject);
  });

  it("ships the manifest", () => {
    const manifest = JSON.parse(readFileSync(join(outDir, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.exceptionLogging).toBe("STACKDRIVER");
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
  });

  it("asks for Gmail drafts only (gmail.compose), never the whole mailbox, in the source and the built manifest", () => {
    const built = JSON.parse(readFileSync(join(outDir, "appsscript.json"), "utf8"));
    const source = JSON.parse(readFileSync("appsscript.json", "utf8"));
    for (const manifest of [source, built]) {
      expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/gmail.compose");
      expect(
        manifest.oauthScopes.filter((scope: string) => scope.startsWith("https://mail.google.com")),
      ).toEqual([]);
      expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({
        userSymbol: "Gmail",
        serviceId: "gmail",
        version: "v1",
      });
    }
    // GmailApp needs https://mail.google.com/; the drafts go through the Gmail advanced service instead.
    expect(code).not.toContain("GmailApp");
  });

  it("carries each custom function's JSDoc with @customfunction and its parameter names", () => {
    for (const entry of REGISTRY) {
      if (entry.kind !== "custom") continue;
      const names = entry.params;
      const stub = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${entry.name}\\(${names.join(", ")}\\)`,
      );
      const match = stub.exec(code);
      expect(match, entry.name).not.toBeNull();
      const doc = match?.[1] ?? "";
      expect(doc).toContain("@customfunction");
      for (const name of names) expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} \\[?${name}\\]?`));
    }
  });
});

describe("custom functions called from the bundle with Sheets-shaped arguments", () => {
  it("ENGAGEMENT_RATE sums a row of interactions over the audience", () => {
    expect(evaluate(context, "ENGAGEMENT_RATE([[30, 12, 8]], 1000)")).toEqual([[0.05]]);
    expect(
      evaluate(context, 'ENGAGEMENT_RATE([[30, 12, 8], ["", "", ""], [5, 5, "10"]], [[1000], [""], ["2K"]])'),
    ).toEqual([[0.05], [""], [0.01]]);
  });

  it("TIER fills a column from one call and takes pasted numbers", () => {
    expect(evaluate(context, "TIER(10000)")).toBe("Micro");
    expect(evaluate(context, 'TIER([[999], ["12,500"], [""], ["1.2M"]])')).toEqual([
      ["Below Nano"],
      ["Micro"],
      [""],
      ["Macro"],
    ]);
  });

  it("TIER uses a team's own tier table", () => {
    const tiers = '[["Minimum", "Tier"], [1000000, "Mega"], [5000, "Starter"], [50000, "Mid-tier"]]';
    expect(evaluate(context, `TIER([[4000], [60000], [2000000]], ${tiers})`)).toEqual([
      ["Below Starter"],
      ["Mid-tier"],
      ["Mega"],
    ]);
  });

  it("EMV values a post with the built-in rates", () => {
    expect(evaluate(context, 'EMV("Instagram", [[10000, 0, 500, 40, 10, 0, 20]])')).toEqual([[347]]);
  });

  it("FTC_CHECK grades captions", () => {
    expect(evaluate(context, 'FTC_CHECK("#ad Loving my new trail shoes")')).toBe("Disclosed");
    expect(evaluate(context, 'FTC_CHECK("Off on an #adventure")')).toBe("Missing");
    expect(evaluate(context, 'FTC_CHECK("")')).toBe("");
  });

  it("FTC_CHECK reads a team's disclosure table as Sheets passes a range", () => {
    const rules = JSON.stringify([
      ["Term", "Kind", "Market", "Use", "Source"],
      ["#ad", "Clear", "US", "Yes", "FTC"],
      ["Werbung", "Clear", "Germany", "Yes", "Die Medienanstalten"],
      ["#광고", "Clear", "Korea", "Yes", "KFTC"],
      ["sponsored", "Clear", "US", "No", "FTC"],
      ["#sp", "Unclear", "US", "Yes", "FTC"],
      ["", "", "", "", ""],
    ]);
    const captions = JSON.stringify([
      ["#Werbung Neue Schuhe"],
      ["새 신발 #광고"],
      ["Sponsored by Summit Gear"],
      ["#sp trail day"],
      ["Off on an #adventure"],
      [""],
    ]);
    expect(evaluate(context, `FTC_CHECK(${captions}, ${rules})`)).toEqual([
      ["Disclosed"],
      ["Disclosed"],
      ["Missing"],
      ["Unclear"],
      ["Missing"],
      [""],
    ]);
    expect(() => evaluate(context, `FTC_CHECK("#ad", [["Term", "Kind"], ["#ad", "Clr"]])`)).toThrow(
      /FTC_CHECK: rules row 2 \(#ad\): kind must be Clear or Unclear, got "Clr"/,
    );
  });

  it("a bad single value throws an Error that names the function and argument", () => {
    expect(() => evaluate(context, 'TIER("abc")')).toThrow(/TIER: followers must be a number ≥ 0, got "abc"/);
  });

  it("a bad row in a range call gets the message and the other rows still compute", () => {
    const result = evaluate(context, 'TIER([[500], ["abc"], [20000]])') as string[][];
    expect(result[0]).toEqual(["Below Nano"]);
    expect(result[1]?.[0]).toMatch(/^TIER: followers must be a number/);
    expect(result[2]).toEqual(["Micro"]);
  });

  it("ranges of different heights are an error naming both sizes", () => {
    expect(() => evaluate(context, "ENGAGEMENT_RATE([[1], [2], [3]], [[100], [100]])")).toThrow(/3.*2|2.*3/);
  });
});
