import { describe, expect, it } from "vitest";
import { FIGURES, ROSTER_RATE_INPUTS } from "../../src/core/metrics";
import { reportBlocks } from "../../src/core/report/blocks";
import { roiColumns, roiLetter } from "../../src/sheets/layouts/roi";
import { ROSTER } from "../../src/sheets/layouts/roster";
import type { ColumnRefs } from "../../src/sheets/spec";
import { keyed, POST_KEYS, postRow, reportFor } from "./report/fixtures";

/** One definition per figure: the Roster's formula, ROI's columns and the report all use FIGURES. */

describe("one meaning per metric", () => {
  it("the Roster's engagement rate column is FIGURES.engagementRateByFollowers over its inputs", () => {
    const column = ROSTER.columns.find((c) => c.key === "engagementRate");
    const refs = { letter: (key: string) => key } as unknown as ColumnRefs<string>;
    expect(column?.formula?.fn).toBe("ENGAGEMENT_RATE");
    expect(column?.formula?.args(refs, (letters) => letters.join("+"))).toBe(
      `${ROSTER_RATE_INPUTS.join("+")},followers`,
    );
    expect(FIGURES.engagementRateByFollowers.definition).toBe(
      "Roster: (avg comments + avg shares + avg link clicks) ÷ followers",
    );
  });

  it("ROI's ratio columns carry FIGURES' names and compute their definitions", () => {
    const columns = roiColumns((_sheet, key) => key.toUpperCase(), '"$"#,##0.00');
    const byHeader = (name: string) => columns.find((c) => c.header === name);
    const cell = (key: Parameters<typeof roiLetter>[0]) => `${roiLetter(key)}7`;
    const formula = (name: string) => {
      const column = byHeader(name);
      if (!column || typeof column.formula !== "function") throw new Error(`no ROI column ${name}`);
      return column.formula(7, ["Winter", "All creators"], (i) => `$A${i}`);
    };
    expect(formula(FIGURES.roi.name)).toBe(
      `=IF(${cell("spend")}>0,(${cell("revenue")}-${cell("spend")})/${cell("spend")},"")`,
    );
    expect(formula(FIGURES.costPerEngagement.name)).toBe(
      `=IF(${cell("engagements")}>0,${cell("spend")}/${cell("engagements")},"")`,
    );
    expect(formula(FIGURES.cpm.name)).toContain(`${cell("spend")}/${cell("impressions")}*1000`);
    expect(formula(FIGURES.emvPerSpend.name)).toContain(`${cell("emv")}/${cell("spend")}`);
  });

  it("the report's headers use FIGURES' names, each defined once under How the numbers are defined", () => {
    const posts = keyed(POST_KEYS, [postRow({ date: "2026-11-16", handle: "@maya", likes: 3 })]);
    const report = reportFor(
      { posts },
      { timeZone: "Europe/London", inWeek: new Date("2026-11-18T12:00:00Z") },
    );
    const blocks = reportBlocks(report);
    const headers = blocks.flatMap((b) => [...b.header, ...b.rows.map((r) => String(r[0]))]);
    expect(headers).not.toContain("Engagement rate");
    for (const key of ["engagementsPerImpression", "engagementsPerPost", "likesCommentsPerPost"] as const)
      expect(headers).toContain(FIGURES[key].name);
    const definitions = blocks.find((b) => b.id === "definitions")?.rows.map((r) => String(r[0])) ?? [];
    for (const figure of Object.values(FIGURES)) {
      if (["EMV ÷ spend", "Cost per engagement", "CPM"].includes(figure.name)) continue;
      const lines = definitions.filter((line) => line.startsWith(`${figure.name} = `));
      expect(lines).toEqual([`${lines[0]}`]);
      expect(lines[0]).toContain(figure.definition);
    }
  });
});
