import { parseDate } from "../dateParse";
import { formatYmd } from "../dates";
import { handleKey, nameKey } from "../keys";
import type { MetricField } from "./fields";
import { cellText, changesFor } from "./match";
import type { ExistingPost, ImportPlan, PlanInput, RosterEntry } from "./planTypes";
import { type ImportRow, quote } from "./rows";

/**
 * Shopify's sales by discount code: each code's orders and net sales go to the creator whose Roster
 * promo code it is, onto the first of that creator's posts in the campaign running on those days
 * (the sheet sums per campaign and creator, so one post carries the total and nothing is counted
 * twice). When no single campaign's post fits, the plan keeps a per-creator line and says why.
 */

interface Window {
  name: string;
  start: string | undefined;
  end: string | undefined;
}

interface Group {
  lines: number[];
  entry: RosterEntry;
  code: string;
  redemptions: number;
  revenue: number;
  target?: ExistingPost;
  /** How the code reached the post, or why no post could carry it. */
  note: string;
  campaign: string;
}

function windows(input: PlanInput): Window[] {
  const options = { dayFirst: input.options.dayFirst, timeZone: input.options.timeZone };
  const day = (cell: Parameters<typeof parseDate>[0]) => {
    const date = parseDate(cell, options);
    return date ? formatYmd(date, options.timeZone) : undefined;
  };
  return (input.campaigns ?? []).map((c) => ({ name: c.campaign, start: day(c.start), end: day(c.end) }));
}

function runningOn(all: Window[], from: string, to: string): Window[] {
  return all.filter(
    (w) => (w.start === undefined || w.start <= to) && (w.end === undefined || w.end >= from),
  );
}

function postsByCreator(posts: ExistingPost[]): Map<string, ExistingPost[]> {
  const byCreator = new Map<string, ExistingPost[]>();
  for (const post of posts) {
    const key = handleKey(cellText(post.values.handle));
    const list = byCreator.get(key);
    if (list) list.push(post);
    else byCreator.set(key, [post]);
  }
  return byCreator;
}

interface Placement {
  target?: ExistingPost;
  campaign: string;
  note: string;
}

function place(
  entry: RosterEntry,
  code: string,
  days: [string, string] | undefined,
  posts: ExistingPost[],
  all: Window[],
): Placement {
  const running = days ? runningOn(all, days[0], days[1]) : undefined;
  const runningNames = running ? new Set(running.map((w) => nameKey(w.name))) : undefined;
  const fitting = runningNames
    ? posts.filter((p) => runningNames.has(nameKey(cellText(p.values.campaign))))
    : posts;
  const byName = new Map<string, string>();
  for (const post of fitting) {
    const name = cellText(post.values.campaign);
    if (!byName.has(nameKey(name))) byName.set(nameKey(name), name);
  }
  const campaigns = [...byName.values()];
  const when = days ? (days[0] === days[1] ? `on ${days[0]}` : `from ${days[0]} to ${days[1]}`) : "";
  if (campaigns.length === 1) {
    const target = fitting.reduce((a, b) => (b.row < a.row ? b : a));
    const count = fitting.length;
    const where = count > 1 ? `the first of ${count} posts (row ${target.row})` : `row ${target.row}`;
    return {
      target,
      campaign: campaigns[0] as string,
      note: `code ${code} → ${entry.handle} → ${quote(campaigns[0] as string)}: ${where}`,
    };
  }
  const campaign = running?.length === 1 ? (running[0] as Window).name : "";
  let note: string;
  if (running && running.length === 0) note = `no campaign on Campaigns runs ${when}`;
  else if (campaigns.length === 0)
    note = `no post by ${entry.handle}${campaign ? ` in ${quote(campaign)}` : running ? ` in the campaigns running ${when}` : ""}`;
  else
    note = `${entry.handle} has posts in several campaigns (${campaigns.join(", ")}); the file does not say which`;
  return { campaign, note };
}

export function planPromo(rows: ImportRow[], input: PlanInput, plan: ImportPlan): void {
  const byCode = new Map<string, RosterEntry>();
  for (const entry of input.roster) {
    const code = (entry.promoCode ?? "").trim().toLowerCase();
    if (code && !byCode.has(code)) byCode.set(code, entry);
  }
  const all = windows(input);
  const byCreator = postsByCreator(input.posts);
  const seen = new Map<string, number>();
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const entry = byCode.get(row.promoCode.toLowerCase());
    const once = `${row.promoCode.toLowerCase()}|${row.date ?? ""}`;
    const earlier = seen.get(once);
    let reason: string | undefined;
    if (!row.promoCode) reason = "no discount code";
    else if (earlier !== undefined) reason = `the same code and day as row ${earlier} of the file`;
    else if (!entry) reason = `discount code ${quote(row.promoCode)} is no creator's promo code on Roster`;
    if (reason || !entry) {
      plan.skipped.push({ line: row.line, reason: reason ?? "" });
      continue;
    }
    seen.set(once, row.line);
    const period = input.options.period;
    const days: [string, string] | undefined = row.date
      ? [row.date, row.date]
      : period
        ? [period.start, period.end]
        : undefined;
    const placed = place(entry, row.promoCode, days, byCreator.get(handleKey(entry.handle)) ?? [], all);
    const key = placed.target
      ? `row:${placed.target.row}`
      : `creator:${handleKey(entry.handle)}|${placed.note}`;
    const group = groups.get(key) ?? {
      lines: [],
      entry,
      code: row.promoCode,
      redemptions: 0,
      revenue: 0,
      ...placed,
    };
    group.lines.push(row.line);
    group.redemptions += row.metrics.promoRedemptions ?? 0;
    group.revenue += row.metrics.revenue ?? 0;
    groups.set(key, group);
  }
  for (const group of groups.values()) addGroup(group, input, plan);
}

function addGroup(group: Group, input: PlanInput, plan: ImportPlan): void {
  const metrics: Partial<Record<MetricField, number>> = {};
  const columns = input.mapping.columns;
  if (columns.promoRedemptions !== undefined) metrics.promoRedemptions = group.redemptions;
  if (columns.revenue !== undefined) metrics.revenue = Math.round(group.revenue * 100) / 100;
  if (!group.target) {
    plan.promoLines.push({
      lines: group.lines,
      handle: group.entry.handle,
      promoCode: group.code,
      campaign: group.campaign,
      promoRedemptions: metrics.promoRedemptions ?? 0,
      revenue: metrics.revenue ?? 0,
      reason: group.note,
    });
    return;
  }
  const changes = changesFor(group.target, metrics);
  if (changes.length > 0)
    plan.updates.push({ lines: group.lines, row: group.target.row, changes, note: group.note });
  else plan.unchanged.push({ lines: group.lines, row: group.target.row });
}
