import type { Cell } from "../cells";
import type { WeeklyReport } from "./types";

/**
 * The report as a list of tables: the one model both the sheet writer and the HTML renderer read.
 * Values stay raw (numbers as numbers, days as "YYYY-MM-DD" text); each column's kind says how to
 * format it, so the sheet can use number formats and the e-mail its own text.
 */

export type ColumnKind = "text" | "int" | "money" | "percent" | "date" | "link" | "change";

export interface ChartSpec {
  kind: "column" | "line" | "pie";
  title: string;
  /** Column holding each bar's or slice's label. */
  labelColumn: number;
  /** Column holding its value. */
  valueColumn: number;
}

export interface ReportBlock {
  id: string;
  title: string;
  header: string[];
  rows: Cell[][];
  columnKinds: ColumnKind[];
  /** Per-row kinds where one table mixes them (the headline: counts, money and rates). */
  rowKinds?: (ColumnKind[] | undefined)[];
  chart?: ChartSpec;
  note?: string;
}

/** The kinds of one row's cells. */
export function kindsOfRow(block: ReportBlock, rowIndex: number): ColumnKind[] {
  return block.rowKinds?.[rowIndex] ?? block.columnKinds;
}

export interface BlockOptions {
  /** Longest list of problem rows shown (a Gmail message is clipped past about 100 KB). */
  maxProblemRows?: number;
}

function whenEmpty(rows: Cell[][], note: string): string | undefined {
  return rows.length === 0 ? note : undefined;
}

export function reportBlocks(report: WeeklyReport, options: BlockOptions = {}): ReportBlock[] {
  const maxProblemRows = options.maxProblemRows ?? 100;
  const blocks: ReportBlock[] = [];
  blocks.push({
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
  });
  if (report.notices.length > 0) {
    blocks.push({
      id: "notices",
      title: "Read first",
      header: ["Note"],
      rows: report.notices.map((notice) => [notice]),
      columnKinds: ["text"],
    });
  }
  blocks.push({
    id: "headline",
    title: "This week at a glance",
    header: ["Metric", "This week", "Week before", "Change", "Change %"],
    rows: report.headline.map((m) => [m.label, m.value, m.previous, m.change, m.changePct]),
    columnKinds: ["text", "int", "int", "int", "change"],
    rowKinds: report.headline.map((m) => ["text", m.kind, m.kind, m.kind, "change"]),
    note: "Engagements = likes + comments + shares + saves + link clicks. Change % is blank when the week before was 0.",
  });
  const daily = report.daily.map((d) => [d.weekday, d.date, d.posts, d.engagements]);
  blocks.push({
    id: "daily",
    title: "Engagements by day",
    header: ["Day", "Date", "Posts", "Engagements"],
    rows: daily,
    columnKinds: ["text", "date", "int", "int"],
    chart: { kind: "column", title: "Engagements by day", labelColumn: 0, valueColumn: 3 },
  });
  const campaigns = report.campaigns.map((c) => [
    c.campaign,
    c.objective,
    c.posts,
    c.emv,
    c.spend,
    c.revenue,
    c.roi,
    c.budget,
    c.usedToDate,
    c.budgetUsed,
  ]);
  blocks.push({
    id: "campaigns",
    title: "By campaign",
    header: [
      "Campaign",
      "Objective",
      "Posts",
      "EMV",
      "Spend",
      "Revenue",
      "ROI",
      "Budget",
      "Used to date",
      "Budget used",
    ],
    rows: campaigns,
    columnKinds: ["text", "text", "int", "money", "money", "money", "percent", "money", "money", "percent"],
    note: whenEmpty(campaigns, "No campaign had posts or spend this week."),
  });
  const platforms = report.platforms.map((p) => [
    p.platform,
    p.posts,
    p.share,
    p.impressions,
    p.engagements,
    p.emv,
  ]);
  blocks.push({
    id: "platforms",
    title: "By platform",
    header: ["Platform", "Posts", "Share of posts", "Impressions", "Engagements", "EMV"],
    rows: platforms,
    columnKinds: ["text", "int", "percent", "int", "int", "money"],
    chart: { kind: "pie", title: "Platform mix (posts)", labelColumn: 0, valueColumn: 1 },
    note: whenEmpty(platforms, "No posts this week."),
  });
  const creators = report.creators.map((c) => [
    c.creator,
    c.handle,
    c.platform,
    c.tier,
    c.followers,
    c.posts,
    c.engagements,
    c.engagementRate,
    c.emv,
  ]);
  const offRoster = report.creators.filter((c) => !c.onRoster).map((c) => c.handle || "(blank handle)");
  blocks.push({
    id: "creators",
    title: "Top creators by EMV",
    header: [
      "Creator",
      "Handle",
      "Platform",
      "Tier",
      "Followers",
      "Posts",
      "Engagements",
      "Engagement rate",
      "EMV",
    ],
    rows: creators,
    columnKinds: ["text", "text", "text", "text", "int", "int", "int", "percent", "money"],
    note:
      whenEmpty(creators, "No posts this week.") ??
      (offRoster.length > 0 ? `Not on the Roster: ${offRoster.join(", ")}.` : undefined),
  });
  const posts = report.topPosts.map((p) => [
    p.date,
    p.handle,
    p.campaign,
    p.platform,
    p.engagements,
    p.emv,
    p.postUrl,
  ]);
  blocks.push({
    id: "top-posts",
    title: "Best posts by EMV",
    header: ["Date", "Handle", "Campaign", "Platform", "Engagements", "EMV", "Post"],
    rows: posts,
    columnKinds: ["date", "text", "text", "text", "int", "money", "link"],
    note: whenEmpty(posts, "No posts this week."),
  });
  const disclosure = report.attention.disclosure.map((d) => [
    d.date,
    d.handle,
    d.platform,
    d.disclosure,
    d.caption,
    d.postUrl,
  ]);
  blocks.push({
    id: "attention-disclosure",
    title: "Needs attention: FTC disclosure",
    header: ["Date", "Handle", "Platform", "Disclosure", "Caption", "Post"],
    rows: disclosure,
    columnKinds: ["date", "text", "text", "text", "text", "link"],
    note: whenEmpty(disclosure, "Every post checked this week is disclosed."),
  });
  const deliverables = report.attention.deliverables.map((d) => [
    d.due,
    d.state,
    d.campaign,
    d.handle,
    d.deliverable,
    d.status,
  ]);
  blocks.push({
    id: "attention-deliverables",
    title: "Needs attention: deliverables not posted",
    header: ["Due", "State", "Campaign", "Handle", "Deliverable", "Status"],
    rows: deliverables,
    columnKinds: ["date", "text", "text", "text", "text", "text"],
    note: whenEmpty(deliverables, "Nothing due this week or overdue is waiting."),
  });
  const low = report.attention.lowEngagement.map((c) => [
    c.creator,
    c.handle,
    c.platform,
    c.followers,
    c.posts,
    c.engagementRate,
    c.benchmark,
    c.band,
  ]);
  blocks.push({
    id: "attention-engagement",
    title: "Needs attention: engagement far below benchmark",
    header: ["Creator", "Handle", "Platform", "Followers", "Posts", "Engagement rate", "Benchmark", "Band"],
    rows: low,
    columnKinds: ["text", "text", "text", "int", "int", "percent", "percent", "text"],
    note:
      `${low.length === 0 ? "No creator is under a third of the benchmark. " : ""}` +
      `Flagged when under a third of the average for accounts of that size. Benchmark: ${report.benchmark.source}.`,
  });
  const over = report.attention.overBudget.map((c) => [
    c.campaign,
    c.budget,
    c.usedToDate,
    c.over,
    c.budgetUsed,
  ]);
  blocks.push({
    id: "attention-budget",
    title: "Needs attention: campaigns over budget",
    header: ["Campaign", "Budget", "Used to date", "Over by", "Budget used"],
    rows: over,
    columnKinds: ["text", "money", "money", "money", "percent"],
    note: whenEmpty(over, "No campaign is over budget."),
  });
  if (report.notes.length > 0) {
    blocks.push({
      id: "notes",
      title: "Counted, but worth a look",
      header: ["Sheet", "Note"],
      rows: report.notes.map((n) => [n.sheet, n.message]),
      columnKinds: ["text", "text"],
    });
  }
  if (report.skipped.length > 0) {
    const shown = report.skipped.slice(0, maxProblemRows);
    const hidden = report.skipped.length - shown.length;
    blocks.push({
      id: "skipped",
      title: "Rows with problems",
      header: ["Sheet", "Row", "Problem"],
      rows: shown.map((s) => [s.sheet, s.row, s.reason]),
      columnKinds: ["text", "int", "text"],
      note: hidden > 0 ? `${hidden} more not shown; fix these first and rebuild.` : undefined,
    });
  }
  blocks.push({
    id: "definitions",
    title: "How the numbers are defined",
    header: ["Definition"],
    rows: report.footnotes.map((f) => [f]),
    columnKinds: ["text"],
  });
  return blocks;
}
