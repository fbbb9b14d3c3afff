import type { BudgetLine, Campaign, Deliverable } from "../../records";
import { cents, ratio, roiOf } from "../definitions";
import type { NoteGroups } from "../notes";
import { nameKey } from "../read";
import { commitments, type SpendBasis } from "../spend";
import { int, money, percent, sheetOnly, tableBlock, text, whenEmpty } from "../table";
import type { CampaignRow } from "../types";
import type { WeekBounds, WeekPost } from "../week";
import type { Totals } from "./headline";

/** The week by campaign: its posts, spend and paid from the Budget lines, and spend and budget used to date. */

export const NO_CAMPAIGN = "(no campaign)";

interface CampaignTally {
  name: string;
  posts: number;
  emv: number;
  revenue: number;
  /** Committed this week (see spend.ts). */
  spend: number;
  paid: number;
  /** Committed (or paid) by the week's end, see countSpend: ROI to date's spend and the budget used. */
  spendToDate: number;
  revenueToDate: number;
  inWeek: boolean;
}

export class CampaignTallies {
  private readonly tallies = new Map<string, CampaignTally>();
  private readonly byName = new Map<string, Campaign>();

  constructor(campaigns: readonly Campaign[]) {
    for (const campaign of campaigns) this.byName.set(nameKey(campaign.campaign), campaign);
  }

  private tallyFor(name: string): CampaignTally {
    const label = name.trim() || NO_CAMPAIGN;
    const key = nameKey(label);
    let tally = this.tallies.get(key);
    if (!tally) {
      const known = this.byName.get(key);
      tally = {
        name: known?.campaign ?? label,
        posts: 0,
        emv: 0,
        revenue: 0,
        spend: 0,
        paid: 0,
        spendToDate: 0,
        revenueToDate: 0,
        inWeek: false,
      };
      this.tallies.set(key, tally);
    }
    return tally;
  }

  count({ post, emv }: WeekPost, notes: NoteGroups): void {
    const key = nameKey(post.campaign);
    if (key === "") {
      notes.add("Posts", "no-campaign", `No campaign; counted under "${NO_CAMPAIGN}"`, post.row);
    } else if (this.byName.size > 0 && !this.byName.has(key)) {
      notes.add(
        "Posts",
        `campaign|${key}`,
        `Campaign "${post.campaign.trim()}" is not on the Campaigns sheet; counted under that name`,
        post.row,
      );
    }
    const tally = this.tallyFor(post.campaign);
    tally.inWeek = true;
    tally.posts++;
    tally.emv += emv;
    tally.revenue += post.revenue;
  }

  /** A post dated before the week's end, for the campaign's revenue to date. */
  countToDate(post: { campaign: string; revenue: number }): void {
    this.tallyFor(post.campaign).revenueToDate += post.revenue;
  }

  /**
   * Spend is the committed cost of the shares committed in a week (spend.ts); Paid, the "Actual" of
   * lines paid in a week. To date, a line counts what is committed by the week's end, or its Actual
   * paid by then (or not dated) where that is more: a fee paid ahead of its deliverables is used.
   */
  countSpend(
    budget: readonly BudgetLine[],
    deliverables: readonly Deliverable[],
    basis: SpendBasis,
    bounds: WeekBounds,
    thisWeek: Totals,
    lastWeek: Totals,
  ): void {
    const shares = commitments(budget, deliverables, basis);
    budget.forEach((line, i) => {
      const tally = this.tallyFor(line.campaign);
      let committed = 0;
      for (const { at, cost } of shares[i] ?? []) {
        if (at === null || at >= bounds.to) continue;
        committed += cost;
        if (at >= bounds.from) {
          thisWeek.spend += cost;
          tally.spend += cost;
          if (cost !== 0) tally.inWeek = true;
        } else if (at >= bounds.prevFrom && at < bounds.prevTo) lastWeek.spend += cost;
      }
      const paid = line.paidOn?.getTime() ?? null;
      const paidByEnd = paid === null || paid < bounds.to;
      tally.spendToDate += Math.max(committed, paidByEnd ? line.actual : 0);
      if (paid === null || !paidByEnd) return;
      if (paid >= bounds.from) {
        thisWeek.paid += line.actual;
        tally.paid += line.actual;
      } else if (paid >= bounds.prevFrom) lastWeek.paid += line.actual;
    });
  }

  /** Any campaign's row, listed or not (the plan and over budget check campaigns the table leaves out). */
  row(name: string): CampaignRow {
    const key = nameKey(name.trim() || NO_CAMPAIGN);
    return campaignRow(key, this.tallies.get(key), this.byName.get(key));
  }

  /** Campaigns with posts or spend this week, and those running during it. */
  table(from: Date, to: Date): CampaignRow[] {
    const rows: CampaignRow[] = [];
    const listed = new Set<string>();
    const add = (key: string, tally: CampaignTally | undefined, campaign: Campaign | undefined) => {
      listed.add(key);
      rows.push(campaignRow(key, tally, campaign));
    };
    for (const [key, tally] of this.tallies) if (tally.inWeek) add(key, tally, this.byName.get(key));
    for (const [key, campaign] of this.byName) {
      if (listed.has(key) || (campaign.start === null && campaign.end === null)) continue;
      const startsBeforeEnd = campaign.start === null || campaign.start.getTime() < to.getTime();
      const endsAfterStart = campaign.end === null || campaign.end.getTime() >= from.getTime();
      if (startsBeforeEnd && endsAfterStart) add(key, this.tallies.get(key), campaign);
    }
    return rows.sort((a, b) => b.emv - a.emv || b.posts - a.posts || a.campaign.localeCompare(b.campaign));
  }
}

function campaignRow(
  key: string,
  tally: CampaignTally | undefined,
  campaign: Campaign | undefined,
): CampaignRow {
  const budget = campaign?.budget ?? null;
  const spend = cents(tally?.spend ?? 0);
  const revenue = cents(tally?.revenue ?? 0);
  const spendToDate = cents(tally?.spendToDate ?? 0);
  const revenueToDate = cents(tally?.revenueToDate ?? 0);
  return {
    campaign: campaign?.campaign ?? tally?.name ?? key,
    objective: campaign?.objective ?? "",
    posts: tally?.posts ?? 0,
    emv: cents(tally?.emv ?? 0),
    spend,
    paid: cents(tally?.paid ?? 0),
    revenue,
    spendToDate,
    revenueToDate,
    roiToDate: roiOf(revenueToDate, spendToDate),
    budget,
    usedToDate: spendToDate,
    budgetUsed: budget === null || budget <= 0 ? null : ratio(spendToDate, budget),
  };
}

export const CAMPAIGNS_BLOCK = tableBlock<CampaignRow>({
  id: "campaigns",
  title: "By campaign",
  columns: [
    text("Campaign", (r) => r.campaign),
    sheetOnly(text("Objective", (r) => r.objective)),
    int("Posts", (r) => r.posts),
    money("EMV", (r) => r.emv),
    money("Spend", (r) => r.spend),
    sheetOnly(money("Paid", (r) => r.paid)),
    sheetOnly(money("Revenue", (r) => r.revenue)),
    percent("ROI to date", (r) => r.roiToDate),
    sheetOnly(money("Budget", (r) => r.budget)),
    sheetOnly(money("Used to date", (r) => r.usedToDate)),
    percent("Budget used", (r) => r.budgetUsed),
  ],
  rows: (report) => report.campaigns,
  note: (rows) =>
    whenEmpty("No campaign had posts or spend this week.")(rows) ??
    "Spend is counted the week it is committed, Paid the week it is paid; ROI to date is revenue and spend up to this week's end (a weekly ROI would follow invoice timing).",
});
