import { formatYmd, localParts } from "../dates";
import { engagementsOf, hasRateCounts, hasReach } from "./definitions";
import { EmvSource } from "./emv";
import { NoteGroups } from "./notes";
import { notices } from "./problems";
import { CampaignTallies } from "./sections/campaigns";
import { CreatorTallies } from "./sections/creators";
import { DailyTally } from "./sections/daily";
import { deliverableTable, ownersByHandle } from "./sections/deliverables";
import { DisclosureCheck } from "./sections/disclosure";
import { addPost, emptyTotals, headline, type Totals } from "./sections/headline";
import { lowEngagement } from "./sections/lowEngagement";
import { overBudget } from "./sections/overBudget";
import { planTable } from "./sections/plan";
import { PlatformTallies } from "./sections/platforms";
import { summaryOf } from "./sections/summary";
import { topPosts } from "./sections/topPosts";
import { TrendTally } from "./sections/trend";
import type { InputCreator, WeeklyReport, WeeklyReportInput } from "./types";
import { dayIndex, periodOf, type WeekBounds, type WeekPost, weekBounds } from "./week";

/** Everything one pass over the posts and one over the budget lines count. */
interface Counts {
  thisWeek: Totals;
  lastWeek: Totals;
  emv: EmvSource;
  daily: DailyTally;
  creators: CreatorTallies;
  platforms: PlatformTallies;
  campaigns: CampaignTallies;
  disclosure: DisclosureCheck;
  trend: TrendTally;
  weekPosts: WeekPost[];
}

/**
 * The weekly report from already-read records. One pass over posts and one over budget lines,
 * comparing instants with the week's precomputed bounds; nothing here throws on bad data.
 */
export function buildWeeklyReport(input: WeeklyReportInput): WeeklyReport {
  const bounds = weekBounds(input);
  const notes = new NoteGroups();
  const counts = countWeeks(input, bounds, notes);
  return assemble(input, bounds, counts, notes);
}

function countWeeks(input: WeeklyReportInput, bounds: WeekBounds, notes: NoteGroups): Counts {
  const counts: Counts = {
    thisWeek: emptyTotals(),
    lastWeek: emptyTotals(),
    emv: new EmvSource(input.emvOf, notes),
    daily: new DailyTally(),
    creators: new CreatorTallies(input.creators),
    platforms: new PlatformTallies(),
    campaigns: new CampaignTallies(input.campaigns),
    disclosure: new DisclosureCheck(input.disclosureOf, notes),
    trend: new TrendTally(input.week.start, bounds.to, input.settings.timeZone),
    weekPosts: [],
  };
  for (const post of input.posts) {
    const t = post.date.getTime();
    if (t < bounds.to) counts.campaigns.countToDate(post);
    const period = periodOf(post, bounds, notes);
    if (period === null) {
      if (counts.trend.covers(t)) counts.trend.count(t, engagementsOf(post), counts.emv.quietly(post));
      continue;
    }
    const emv = counts.emv.of(post);
    const engagements = engagementsOf(post);
    counts.trend.count(t, engagements, emv);
    addPost(period === "week" ? counts.thisWeek : counts.lastWeek, post, emv, engagements);
    if (period === "previous") continue;
    const day = dayIndex(bounds, post.date.getTime());
    const weekPost = { post, day: bounds.days[day] ?? input.week.start, dayIndex: day, emv, engagements };
    countWeekPost(counts, weekPost, notes);
  }
  counts.campaigns.countSpend(
    input.budget,
    input.deliverables,
    input.settings.spendBasis,
    bounds,
    counts.thisWeek,
    counts.lastWeek,
  );
  return counts;
}

/** One post of the report week into every section that lists it. */
function countWeekPost(counts: Counts, weekPost: WeekPost, notes: NoteGroups): void {
  counts.daily.count(weekPost);
  const creator = counts.creators.count(weekPost, notes);
  const platform = counts.platforms.count(weekPost, creator);
  counts.campaigns.count(weekPost, notes);
  counts.emv.noteShown(weekPost.post);
  counts.disclosure.check(weekPost, platform);
  counts.weekPosts.push(weekPost);
  noteLeftOut(weekPost, creator, notes);
}

/** Names the week's posts a rate leaves out, so a rate over fewer posts says why (not those in no rate anyway). */
function noteLeftOut(
  { post, engagements }: WeekPost,
  creator: InputCreator | undefined,
  notes: NoteGroups,
): void {
  if (!hasRateCounts(post)) {
    if (post.impressions > 0 || (creator?.followers ?? 0) > 0)
      notes.add("Posts", "unrated", "Likes or Comments missing: not in the rates", post.row);
  } else if (engagements > 0 && !hasReach(post))
    notes.add("Posts", "no-reach", "No impressions: not in the rate per impression", post.row);
}

function assemble(
  input: WeeklyReportInput,
  bounds: WeekBounds,
  counts: Counts,
  notes: NoteGroups,
): WeeklyReport {
  const { settings, week, previousWeek } = input;
  const tz = settings.timeZone;
  const campaigns = counts.campaigns.table(week.from, week.to);
  const skipped = [...(input.skipped ?? [])];
  const today = formatYmd(input.today, tz);
  const window = { from: bounds.from, to: bounds.to, timeZone: tz };
  const headlineMetrics = headline(counts.thisWeek, counts.lastWeek);
  const plan = planTable(
    campaigns,
    input.campaigns,
    input.deliverables,
    window,
    (name) => counts.campaigns.row(name).budgetUsed,
  );
  const benchmarkCheck = lowEngagement(counts.creators.tallies, settings);
  const attention = {
    disclosure: counts.disclosure.rows(),
    deliverables: deliverableTable(input.deliverables, ownersByHandle(input.creators), {
      ...window,
      // "YYYY-MM-DD" strings sort as their days do.
      asOf: today.localeCompare(week.end) < 0 ? today : week.end,
    }),
    lowEngagement: benchmarkCheck.rows,
    // Every campaign the report lists, an ended one in the plan alone too.
    overBudget: overBudget(plan.map((row) => counts.campaigns.row(row.campaign))),
  };
  return {
    spreadsheetName: settings.spreadsheetName,
    timeZone: tz,
    currency: settings.currency,
    week: { start: week.start, end: week.end },
    previousWeek: { start: previousWeek.start, end: previousWeek.end },
    builtAt: builtAtText(input.builtAt, tz),
    summary: summaryOf({ headline: headlineMetrics, currency: settings.currency, attention }),
    headline: headlineMetrics,
    plan,
    trend: counts.trend.rows(),
    campaigns,
    platforms: counts.platforms.table(counts.thisWeek.posts),
    creators: counts.creators.table(),
    topPosts: topPosts(counts.weekPosts),
    attention,
    daily: counts.daily.rows(bounds.days, week.start),
    benchmarks: settings.benchmarks,
    benchmarkGaps: benchmarkCheck.gaps,
    notices: notices({
      postsSheetMissing: input.postsSheetMissing === true,
      week,
      weekPosts: counts.thisWeek.posts,
      emvMissing: counts.emv.missing,
      uncheckedDisclosures: counts.disclosure.unchecked,
      skipped: skipped.length,
    }),
    notes: notes.notes(),
    skipped,
    footnotes: [...input.definitions],
  };
}

/** "YYYY-MM-DD HH:mm" in the spreadsheet's time zone. */
function builtAtText(builtAt: Date, tz: string): string {
  const { hour, minute } = localParts(builtAt, tz);
  const pad2 = (value: number) => String(value).padStart(2, "0");
  return `${formatYmd(builtAt, tz)} ${pad2(hour)}:${pad2(minute)}`;
}
