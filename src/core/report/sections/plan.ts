import { addDays, formatYmd, zonedMidnight } from "../../dates";
import { nameKey } from "../../keys";
import type { Campaign, Deliverable } from "../../records";
import { int, percent, tableBlock, text, whenEmpty } from "../table";
import type { CampaignRow, PlanRow } from "../types";
import { isDropped, isPosted } from "./deliverables";

/** Plan against actual per campaign: deliverables due against posted, budget used against time gone. */

interface Window {
  from: number;
  to: number;
  timeZone: string;
}

interface Tally {
  dueThisWeek: number;
  postedThisWeek: number;
  dueToDate: number;
  postedToDate: number;
}

/** Posted by instant `to`: a deliverable marked posted without a date counts as posted already. */
const postedBy = (d: Deliverable, to: number) =>
  isPosted(d) && (d.postedOn === null || d.postedOn.getTime() < to);

function tallyDeliverables(deliverables: readonly Deliverable[], window: Window): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const d of deliverables) {
    if (d.dueDate === null || isDropped(d)) continue;
    const due = d.dueDate.getTime();
    if (due >= window.to) continue;
    const key = nameKey(d.campaign);
    let tally = tallies.get(key);
    if (!tally) {
      tally = { dueThisWeek: 0, postedThisWeek: 0, dueToDate: 0, postedToDate: 0 };
      tallies.set(key, tally);
    }
    const posted = postedBy(d, window.to);
    tally.dueToDate++;
    if (posted) tally.postedToDate++;
    if (due < window.from) continue;
    tally.dueThisWeek++;
    if (posted) tally.postedThisWeek++;
  }
  return tallies;
}

/** Share of the campaign's days, Start to End inclusive, gone by instant `to`. */
function elapsed(campaign: Campaign | undefined, window: Window): number | null {
  if (!campaign?.start || !campaign.end) return null;
  const start = campaign.start.getTime();
  const end = zonedMidnight(addDays(formatYmd(campaign.end, window.timeZone), 1), window.timeZone).getTime();
  if (end <= start) return null;
  return Math.min(1, Math.max(0, (window.to - start) / (end - start)));
}

/**
 * The campaigns of the campaign table, then any other campaign with deliverables due by the week's end
 * (an ended one too), each with its budget used (`budgetUsedOf`, as in the campaign table).
 */
export function planTable(
  campaignRows: readonly CampaignRow[],
  campaigns: readonly Campaign[],
  deliverables: readonly Deliverable[],
  window: Window,
  budgetUsedOf: (campaign: string) => number | null,
): PlanRow[] {
  const tallies = tallyDeliverables(deliverables, window);
  const records = new Map(campaigns.map((c) => [nameKey(c.campaign), c]));
  const listed = new Map(campaignRows.map((row) => [nameKey(row.campaign), row.campaign]));
  for (const d of deliverables) {
    const key = nameKey(d.campaign);
    if (key !== "" && tallies.has(key) && !listed.has(key))
      listed.set(key, records.get(key)?.campaign ?? d.campaign.trim());
  }
  const rows: PlanRow[] = [];
  for (const [key, name] of listed) {
    const tally = tallies.get(key);
    rows.push({
      campaign: name,
      dueThisWeek: tally?.dueThisWeek ?? 0,
      postedThisWeek: tally?.postedThisWeek ?? 0,
      dueToDate: tally?.dueToDate ?? 0,
      postedToDate: tally?.postedToDate ?? 0,
      budgetUsed: budgetUsedOf(name),
      timeElapsed: elapsed(records.get(key), window),
    });
  }
  return rows;
}

export const PLAN_BLOCK = tableBlock<PlanRow>({
  id: "plan",
  title: "Plan vs actual",
  columns: [
    text("Campaign", (r) => r.campaign),
    int("Due this week", (r) => r.dueThisWeek),
    int("Posted", (r) => r.postedThisWeek),
    int("Due to date", (r) => r.dueToDate),
    int("Posted to date", (r) => r.postedToDate),
    percent("Budget used", (r) => r.budgetUsed),
    percent("Time elapsed", (r) => r.timeElapsed),
  ],
  rows: (report) => report.plan,
  note: (rows) =>
    whenEmpty("No campaign had deliverables due or ran this week.")(rows) ??
    "Deliverables due in the week and to its end, against those of them posted; budget used to date against the share of the campaign's Start to End gone by the week's end.",
});
