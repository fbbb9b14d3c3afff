import { count } from "../../text";
import { ratio } from "../definitions";
import { compactMoney } from "../format";
import { tableBlock, text } from "../table";
import type { DeliverableRow, HeadlineMetric, OverBudgetRow, WeeklyReport } from "../types";

/** The week in one or two sentences: what was posted and earned, then what needs someone's attention. */

type SummaryFacts = Pick<WeeklyReport, "headline" | "currency" | "attention">;

const byId = (headline: readonly HeadlineMetric[], id: HeadlineMetric["id"]) =>
  headline.find((m) => m.id === id);

/** "−35%" with a real minus sign, as in running text. */
function signedPercent(change: number): string {
  const rounded = Math.round(change * 100);
  if (rounded === 0) return "no change";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded)}%`;
}

function postsSentence(facts: SummaryFacts): string {
  const posts = byId(facts.headline, "posts");
  const emv = byId(facts.headline, "emv");
  const thisWeek = posts?.value ?? 0;
  if (thisWeek === 0) {
    const before = posts?.previous ?? 0;
    return before > 0 ? `No posts this week (${before} the week before)` : "No posts this week";
  }
  const change = emv?.changePct;
  const versus = change === null || change === undefined ? "" : ` (${signedPercent(change)} on last week)`;
  return `${count(thisWeek, "post")}, EMV ${compactMoney(emv?.value ?? 0, facts.currency)}${versus}`;
}

function overBudgetText(rows: readonly OverBudgetRow[]): string | undefined {
  if (rows.length === 0) return undefined;
  if (rows.length > 2) return `${rows.length} campaigns are over budget`;
  return rows
    .map((r) => {
      const pct = r.budget > 0 ? ratio(r.over * 100, r.budget) : null;
      return pct === null
        ? `${r.campaign} is over budget`
        : `${r.campaign} is ${Math.max(1, Math.round(pct))}% over budget`;
    })
    .join("; ");
}

function lateText(rows: readonly DeliverableRow[]): string | undefined {
  const late = rows.filter((r) => r.daysLate !== null).length;
  return late > 0 ? `${count(late, "deliverable")} overdue` : undefined;
}

export function summaryOf(facts: SummaryFacts): string {
  const { disclosure, deliverables, overBudget } = facts.attention;
  const fixes =
    disclosure.length === 0
      ? undefined
      : `${count(disclosure.length, "post")} ${disclosure.length === 1 ? "needs" : "need"} a disclosure fix`;
  const attention = [fixes, lateText(deliverables), overBudgetText(overBudget)].filter(
    (part): part is string => part !== undefined,
  );
  const rest = attention.length > 0 ? attention.join("; ") : "nothing needs attention";
  return `${postsSentence(facts)}; ${rest}.`;
}

export const SUMMARY_BLOCK = tableBlock<string>({
  id: "summary",
  title: "The week in brief",
  columns: [text("Summary", (line) => line)],
  rows: (report) => [report.summary],
});
