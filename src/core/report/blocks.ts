import { DEFINITIONS_BLOCK } from "./definitions";
import { NOTES_BLOCK, NOTICES_BLOCK, SKIPPED_BLOCK } from "./problems";
import { CAMPAIGNS_BLOCK } from "./sections/campaigns";
import { CREATORS_BLOCK } from "./sections/creators";
import { DAILY_BLOCK } from "./sections/daily";
import { DELIVERABLES_BLOCK } from "./sections/deliverables";
import { DISCLOSURE_BLOCK } from "./sections/disclosure";
import { HEADLINE_BLOCK } from "./sections/headline";
import { LOW_ENGAGEMENT_BLOCK } from "./sections/lowEngagement";
import { OVER_BUDGET_BLOCK } from "./sections/overBudget";
import { PLAN_BLOCK } from "./sections/plan";
import { PLATFORMS_BLOCK } from "./sections/platforms";
import { SUMMARY_BLOCK } from "./sections/summary";
import { TOP_POSTS_BLOCK } from "./sections/topPosts";
import { TREND_BLOCK } from "./sections/trend";
import type { BlockOptions, ReportBlock, Section } from "./table";
import type { WeeklyReport } from "./types";

/**
 * The report's tables in reading order, after its title; each is declared in its section's module.
 * The week in brief and what needs attention come before the detail tables: a director reads the top.
 */
const SECTIONS: readonly Section[] = [
  SUMMARY_BLOCK,
  NOTICES_BLOCK,
  DISCLOSURE_BLOCK,
  DELIVERABLES_BLOCK,
  OVER_BUDGET_BLOCK,
  LOW_ENGAGEMENT_BLOCK,
  HEADLINE_BLOCK,
  PLAN_BLOCK,
  TREND_BLOCK,
  DAILY_BLOCK,
  CAMPAIGNS_BLOCK,
  PLATFORMS_BLOCK,
  CREATORS_BLOCK,
  TOP_POSTS_BLOCK,
  NOTES_BLOCK,
  SKIPPED_BLOCK,
  DEFINITIONS_BLOCK,
];

/** The title and the week it covers: shown as a heading with lines under it, not as a table. */
function titleBlock(report: WeeklyReport): ReportBlock {
  return {
    id: "title",
    title: `Weekly report: ${report.spreadsheetName}`,
    header: [],
    rows: [
      ["Week", `${report.week.start} to ${report.week.end}`],
      ["Compared with", `${report.previousWeek.start} to ${report.previousWeek.end}`],
      ["Time zone", report.timeZone],
      ["Built", report.builtAt],
    ],
    columnKinds: ["text", "text"],
  };
}

/** The report as the blocks both renderers draw: the sheet (src/sheets/reportSheet.ts) and the e-mail (html.ts). */
export function reportBlocks(report: WeeklyReport, options: BlockOptions = {}): ReportBlock[] {
  const tables = SECTIONS.map((section) => section(report, options));
  return [titleBlock(report), ...tables.filter((block) => block !== undefined)];
}
