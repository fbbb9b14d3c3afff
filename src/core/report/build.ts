import { addDays, formatYmd, localParts, weekdayOf, zonedMidnight } from "../dates";
import type { BudgetLine, Campaign } from "../records";
import { handleKey, nameKey } from "./read";
import {
  type CampaignTally,
  type CreatorTally,
  campaignTable,
  cents,
  creatorTable,
  deliverableTable,
  lowEngagement,
  NO_CAMPAIGN,
  overBudget,
  type PlatformTally,
  platformTable,
  topPosts,
  type WeekPost,
} from "./tables";
import type {
  DailyRow,
  DisclosureRow,
  HeadlineMetric,
  InputCreator,
  InputPost,
  ReportNote,
  WeeklyReport,
  WeeklyReportInput,
} from "./types";

export const NO_PLATFORM = "(no platform)";
const EARLIEST_LIKELY = Date.UTC(2000, 0, 1);
const CAPTION_SHOWN = 80;
const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

interface Totals {
  posts: number;
  impressions: number;
  views: number;
  engagements: number;
  emv: number;
  promoRedemptions: number;
  revenue: number;
  spend: number;
}

const emptyTotals = (): Totals => ({
  posts: 0,
  impressions: 0,
  views: 0,
  engagements: 0,
  emv: 0,
  promoRedemptions: 0,
  revenue: 0,
  spend: 0,
});

/** Rows gathered under one message, e.g. every post of one unknown handle. */
class NoteGroups {
  private readonly groups = new Map<string, ReportNote>();

  add(sheet: string, key: string, message: string, row: number): void {
    const found = this.groups.get(`${sheet}|${key}`);
    if (found) found.rows.push(row);
    else this.groups.set(`${sheet}|${key}`, { sheet, rows: [row], message });
  }

  notes(): ReportNote[] {
    return [...this.groups.values()];
  }
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function engagementsOf(post: InputPost): number {
  return post.likes + post.comments + post.shares + post.saves + post.linkClicks;
}

function metric(
  id: HeadlineMetric["id"],
  label: string,
  kind: HeadlineMetric["kind"],
  value: number | null,
  previous: number | null,
): HeadlineMetric {
  const change = value === null || previous === null ? null : value - previous;
  const changePct =
    change === null || previous === null || previous === 0 ? null : change / Math.abs(previous);
  return { id, label, kind, value, previous, change, changePct };
}

function headline(week: Totals, before: Totals): HeadlineMetric[] {
  const roi = (t: Totals) => (t.spend === 0 ? null : (t.revenue - t.spend) / t.spend);
  return [
    metric("posts", "Posts published", "int", week.posts, before.posts),
    metric("impressions", "Impressions", "int", week.impressions, before.impressions),
    metric("views", "Views", "int", week.views, before.views),
    metric("engagements", "Engagements", "int", week.engagements, before.engagements),
    metric(
      "engagementRate",
      "Engagement rate",
      "percent",
      ratio(week.engagements, week.impressions),
      ratio(before.engagements, before.impressions),
    ),
    metric("emv", "EMV", "money", cents(week.emv), cents(before.emv)),
    metric("spend", "Spend", "money", cents(week.spend), cents(before.spend)),
    metric("promoRedemptions", "Promo redemptions", "int", week.promoRedemptions, before.promoRedemptions),
    metric("revenue", "Revenue", "money", cents(week.revenue), cents(before.revenue)),
    metric("roi", "ROI", "percent", roi(week), roi(before)),
  ];
}

const LISTED_ROWS = 20;

function listRows(rows: number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const listed = rows.slice(0, LISTED_ROWS).join(", ");
  return rows.length > LISTED_ROWS
    ? `rows ${listed} and ${rows.length - LISTED_ROWS} more`
    : `rows ${listed}`;
}

/**
 * The weekly report from already-read records. One pass over posts and one over budget lines,
 * comparing instants with the week's precomputed bounds; nothing here throws on bad data.
 */
export function buildWeeklyReport(input: WeeklyReportInput): WeeklyReport {
  const { settings, week, previousWeek } = input;
  const tz = settings.timeZone;
  const from = week.from.getTime();
  const to = week.to.getTime();
  const prevFrom = previousWeek.from.getTime();
  const prevTo = previousWeek.to.getTime();
  const days = Array.from({ length: 7 }, (_, i) => addDays(week.start, i));
  // Each day's bound comes from its own local midnight, so a 23- or 25-hour day is still one day.
  const dayEnds = days.map((day) => zonedMidnight(addDays(day, 1), tz).getTime());
  const tomorrow = zonedMidnight(addDays(formatYmd(input.today, tz), 1), tz).getTime();

  const notices: string[] = [];
  const notes = new NoteGroups();
  const creatorsByPlatform = new Map<string, InputCreator>();
  const creatorsByHandle = new Map<string, InputCreator>();
  for (const creator of input.creators) {
    const key = handleKey(creator.handle);
    creatorsByPlatform.set(`${nameKey(creator.platform)}|${key}`, creator);
    if (!creatorsByHandle.has(key)) creatorsByHandle.set(key, creator);
  }
  const campaignsByName = new Map<string, Campaign>();
  for (const campaign of input.campaigns) campaignsByName.set(nameKey(campaign.campaign), campaign);

  const campaignTallies = new Map<string, CampaignTally>();
  const tallyFor = (name: string): CampaignTally => {
    const label = name.trim() || NO_CAMPAIGN;
    const key = nameKey(label);
    let tally = campaignTallies.get(key);
    if (!tally) {
      const known = campaignsByName.get(key);
      tally = {
        name: known?.campaign ?? label,
        posts: 0,
        emv: 0,
        revenue: 0,
        spend: 0,
        usedToDate: 0,
        inWeek: false,
      };
      campaignTallies.set(key, tally);
    }
    return tally;
  };

  const thisWeek = emptyTotals();
  const lastWeek = emptyTotals();
  const daily = Array.from({ length: 7 }, () => ({ posts: 0, engagements: 0 }));
  const platforms = new Map<string, PlatformTally>();
  const creators = new Map<string | InputCreator, CreatorTally>();
  const weekPosts: WeekPost[] = [];
  const disclosure: DisclosureRow[] = [];
  let uncheckedDisclosures = 0;
  let emvMissing = 0;

  const emvFor = (post: InputPost): number => {
    if (typeof post.emv === "number") return post.emv;
    if (!input.emvOf) {
      emvMissing++;
      return 0;
    }
    try {
      const value = input.emvOf(post);
      if (Number.isFinite(value)) return value;
      notes.add("Posts", "emv-bad", "EMV could not be computed from the rate card; counted as 0", post.row);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      notes.add("Posts", `emv-throw|${why}`, `EMV could not be computed (${why}); counted as 0`, post.row);
    }
    return 0;
  };

  const disclosureFor = (post: InputPost): string | undefined => {
    if (post.disclosure) return post.disclosure;
    if (!input.disclosureOf) return undefined;
    try {
      return input.disclosureOf(post.caption);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      notes.add("Posts", `ftc-throw|${why}`, `The disclosure check failed (${why})`, post.row);
      return undefined;
    }
  };

  for (const post of input.posts) {
    const t = post.date.getTime();
    let totals: Totals;
    if (t >= from && t < to) totals = thisWeek;
    else if (t >= prevFrom && t < prevTo) totals = lastWeek;
    else {
      if (t >= tomorrow) {
        notes.add("Posts", "future", "Dated after today, so in no report yet: check the year", post.row);
      } else if (t < EARLIEST_LIKELY) {
        // A time typed without a date is stored as 1899-12-30, and a year typed with two digits can land in 19xx.
        notes.add("Posts", "ancient", "Dated before 2000, so in no report: check the date", post.row);
      }
      continue;
    }
    const emv = emvFor(post);
    const engagements = engagementsOf(post);
    totals.posts++;
    totals.impressions += post.impressions;
    totals.views += post.views;
    totals.engagements += engagements;
    totals.emv += emv;
    totals.promoRedemptions += post.promoRedemptions;
    totals.revenue += post.revenue;
    if (totals === lastWeek) continue;

    let day = 0;
    while (day < 6 && t >= (dayEnds[day] ?? to)) day++;
    const slot = daily[day];
    if (slot) {
      slot.posts++;
      slot.engagements += engagements;
    }
    const dayText = days[day] ?? week.start;

    const key = handleKey(post.handle);
    const creator = creatorsByPlatform.get(`${nameKey(post.platform)}|${key}`) ?? creatorsByHandle.get(key);
    if (!creator) {
      if (key === "") notes.add("Posts", "no-handle", "Handle is blank; counted in the totals", post.row);
      else
        notes.add(
          "Posts",
          `handle|${key}`,
          `${post.handle} is not on the Roster; counted, but without tier or followers`,
          post.row,
        );
    }
    const creatorKey = creator ?? key;
    let creatorTally = creators.get(creatorKey);
    if (!creatorTally) {
      creatorTally = {
        creator,
        handle: creator?.handle ?? post.handle,
        platform: creator?.platform || post.platform,
        posts: 0,
        engagements: 0,
        emv: 0,
      };
      creators.set(creatorKey, creatorTally);
    }
    creatorTally.posts++;
    creatorTally.engagements += engagements;
    creatorTally.emv += emv;

    const platformName = post.platform || creator?.platform || NO_PLATFORM;
    const platformKey = nameKey(platformName);
    let platform = platforms.get(platformKey);
    if (!platform) {
      platform = { name: platformName, posts: 0, impressions: 0, engagements: 0, emv: 0 };
      platforms.set(platformKey, platform);
    }
    platform.posts++;
    platform.impressions += post.impressions;
    platform.engagements += engagements;
    platform.emv += emv;

    const campaignKey = nameKey(post.campaign);
    if (campaignKey === "") {
      notes.add("Posts", "no-campaign", `No campaign; counted under "${NO_CAMPAIGN}"`, post.row);
    } else if (campaignsByName.size > 0 && !campaignsByName.has(campaignKey)) {
      notes.add(
        "Posts",
        `campaign|${campaignKey}`,
        `Campaign "${post.campaign.trim()}" is not on the Campaigns sheet; counted under that name`,
        post.row,
      );
    }
    const campaign = tallyFor(post.campaign);
    campaign.inWeek = true;
    campaign.posts++;
    campaign.emv += emv;
    campaign.revenue += post.revenue;

    if (post.emvShown) {
      notes.add(
        "Posts",
        `emv-shown|${post.emvShown}`,
        `EMV shows ${post.emvShown}; computed again`,
        post.row,
      );
    }
    const status = disclosureFor(post);
    if (status === undefined) uncheckedDisclosures++;
    else if (nameKey(status) !== "disclosed") {
      disclosure.push({
        row: post.row,
        date: dayText,
        handle: post.handle,
        platform: platformName,
        disclosure: status,
        caption:
          post.caption.length > CAPTION_SHOWN ? `${post.caption.slice(0, CAPTION_SHOWN - 1)}…` : post.caption,
        postUrl: post.postUrl,
      });
    }
    weekPosts.push({ post, day: dayText, emv, engagements });
  }

  spendPass(input.budget, tallyFor, { from, to, prevFrom, prevTo }, thisWeek, lastWeek);

  if (input.postsSheetMissing) {
    notices.push(
      "There is no Posts sheet, so the report has no post numbers. Add one and log each sponsored post.",
    );
  } else if (thisWeek.posts === 0) {
    notices.push(`No posts are dated ${week.start} to ${week.end} on the Posts sheet.`);
  }
  if (emvMissing > 0) {
    notices.push(`${count(emvMissing, "post")} with no EMV value and no rate card given; EMV counted as 0.`);
  }
  if (uncheckedDisclosures > 0) {
    notices.push(
      `${count(uncheckedDisclosures, "post")} this week could not be checked for an FTC disclosure.`,
    );
  }
  const skipped = [...(input.skipped ?? [])];
  if (skipped.length > 0) {
    notices.push(
      `${count(skipped.length, "problem")} found in the sheets; see "Rows with problems" at the end.`,
    );
  }

  const campaignRows = campaignTable(campaignTallies, campaignsByName, week.from, week.to);
  const reportNotes = notes
    .notes()
    .map((note) => ({ ...note, message: `${note.message} (${listRows(note.rows)})` }));
  const builtAt = localParts(input.builtAt, tz);

  return {
    spreadsheetName: settings.spreadsheetName,
    timeZone: tz,
    currency: settings.currency,
    week: { start: week.start, end: week.end },
    previousWeek: { start: previousWeek.start, end: previousWeek.end },
    builtAt: `${formatYmd(input.builtAt, tz)} ${pad2(builtAt.hour)}:${pad2(builtAt.minute)}`,
    headline: headline(thisWeek, lastWeek),
    campaigns: campaignRows,
    platforms: platformTable(platforms, thisWeek.posts),
    creators: creatorTable(creators),
    topPosts: topPosts(weekPosts),
    attention: {
      disclosure: disclosure.sort((a, b) => a.row - b.row),
      deliverables: deliverableTable(input.deliverables, from, to, tz),
      lowEngagement: lowEngagement(creators, settings),
      overBudget: overBudget(campaignRows),
    },
    daily: daily.map((slot, i): DailyRow => {
      const date = days[i] ?? week.start;
      return { date, weekday: WEEKDAY_NAMES[weekdayOf(date)] ?? "", ...slot };
    }),
    benchmark: settings.benchmark,
    notices,
    notes: reportNotes,
    skipped,
    footnotes: [
      "Engagements = likes + comments + shares + saves + link clicks (views are not counted). " +
        "Engagement rate = engagements ÷ impressions.",
      "EMV is the Posts sheet's EMV column where it holds a number, otherwise it is computed from the rate card.",
      "Spend = Budget “Actual” of the lines whose “Paid on” falls in the week. ROI = (revenue − spend) ÷ spend.",
      "Budget used to date = “Actual” paid up to the end of the week (lines without “Paid on” included) ÷ " +
        "the campaign's budget.",
      "A creator's engagement rate = the week's engagements per post ÷ followers.",
    ],
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

function spendPass(
  budget: readonly BudgetLine[],
  tallyFor: (campaign: string) => CampaignTally,
  bounds: { from: number; to: number; prevFrom: number; prevTo: number },
  thisWeek: Totals,
  lastWeek: Totals,
): void {
  for (const line of budget) {
    const paid = line.paidOn === null ? null : line.paidOn.getTime();
    if (paid !== null && paid >= bounds.to) continue;
    const tally = tallyFor(line.campaign);
    if (paid === null || paid < bounds.to) tally.usedToDate += line.actual;
    if (paid === null) continue;
    if (paid >= bounds.from && paid < bounds.to) {
      thisWeek.spend += line.actual;
      tally.spend += line.actual;
      if (line.actual !== 0) tally.inWeek = true;
    } else if (paid >= bounds.prevFrom && paid < bounds.prevTo) {
      lastWeek.spend += line.actual;
    }
  }
}
