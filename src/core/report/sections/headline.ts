import { FIGURES } from "../../metrics";
import { cents, ENGAGEMENTS_DEFINED, hasReach, ratio } from "../definitions";
import { type Column, change, tableBlock, text } from "../table";
import type { HeadlineMetric, InputPost } from "../types";

/** The headline numbers: the report week's totals beside the week before's. */

export interface Totals {
  posts: number;
  impressions: number;
  views: number;
  engagements: number;
  emv: number;
  promoRedemptions: number;
  revenue: number;
  spend: number;
  paid: number;
  /** Engagements and impressions of the posts with a reach figure (hasReach): the rate's two sides. */
  reachEngagements: number;
  reachImpressions: number;
}

export const emptyTotals = (): Totals => ({
  posts: 0,
  impressions: 0,
  views: 0,
  engagements: 0,
  emv: 0,
  promoRedemptions: 0,
  revenue: 0,
  spend: 0,
  paid: 0,
  reachEngagements: 0,
  reachImpressions: 0,
});

export function addPost(totals: Totals, post: InputPost, emv: number, engagements: number): void {
  totals.posts++;
  totals.impressions += post.impressions;
  totals.views += post.views;
  totals.engagements += engagements;
  totals.emv += emv;
  totals.promoRedemptions += post.promoRedemptions;
  totals.revenue += post.revenue;
  if (hasReach(post)) {
    totals.reachEngagements += engagements;
    totals.reachImpressions += post.impressions;
  }
}

interface MetricSpec {
  id: HeadlineMetric["id"];
  label: string;
  kind: HeadlineMetric["kind"];
  better: HeadlineMetric["better"];
  /** A ratio of two sums: its change is not given as a % (a % change of a rate or a cost misleads). */
  ratio?: true;
  of: (t: Totals) => number | null;
}

function metric(spec: MetricSpec, week: Totals, before: Totals): HeadlineMetric {
  const value = spec.of(week);
  const previous = spec.of(before);
  const change = value === null || previous === null ? null : value - previous;
  const changePct =
    spec.ratio || change === null || previous === null ? null : ratio(change, Math.abs(previous));
  return {
    id: spec.id,
    label: spec.label,
    kind: spec.kind,
    value,
    previous,
    change,
    changePct,
    better: spec.better,
  };
}

/** Blank without spend: a $0.00 cost per engagement would read as free engagements. */
const costPer = (money: number, count: number): number | null => {
  const r = money === 0 ? null : ratio(money, count);
  return r === null ? null : cents(r);
};

const METRICS: readonly MetricSpec[] = [
  { id: "posts", label: "Posts published", kind: "int", better: "up", of: (t) => t.posts },
  { id: "impressions", label: "Impressions", kind: "int", better: "up", of: (t) => t.impressions },
  { id: "views", label: "Views", kind: "int", better: "up", of: (t) => t.views },
  { id: "engagements", label: "Engagements", kind: "int", better: "up", of: (t) => t.engagements },
  {
    id: "engagementRate",
    label: FIGURES.engagementsPerImpression.name,
    kind: "percent",
    better: "up",
    ratio: true,
    of: (t) => ratio(t.reachEngagements, t.reachImpressions),
  },
  { id: "emv", label: "EMV", kind: "money", better: "up", of: (t) => cents(t.emv) },
  { id: "spend", label: "Spend", kind: "money", better: null, of: (t) => cents(t.spend) },
  { id: "paid", label: "Paid", kind: "money", better: null, of: (t) => cents(t.paid) },
  {
    id: "costPerEngagement",
    label: FIGURES.costPerEngagement.name,
    kind: "money",
    better: "down",
    ratio: true,
    of: (t) => costPer(t.spend, t.engagements),
  },
  {
    id: "promoRedemptions",
    label: "Promo redemptions",
    kind: "int",
    better: "up",
    of: (t) => t.promoRedemptions,
  },
  { id: "revenue", label: "Revenue", kind: "money", better: "up", of: (t) => cents(t.revenue) },
];

export function headline(week: Totals, before: Totals): HeadlineMetric[] {
  return METRICS.map((spec) => metric(spec, week, before));
}

const figure = (header: string, value: (m: HeadlineMetric) => number | null): Column<HeadlineMetric> => ({
  header,
  kind: "int",
  kindOf: (m) => m.kind,
  value,
});

export const HEADLINE_BLOCK = tableBlock<HeadlineMetric>({
  id: "headline",
  title: "This week at a glance",
  columns: [
    text("Metric", (r) => r.label),
    figure("This week", (m) => m.value),
    figure("Week before", (m) => m.previous),
    {
      header: "Change",
      kind: "int",
      // A rate changes in percentage points, not in percent of a percent.
      kindOf: (m) => (m.kind === "percent" ? "points" : m.kind),
      value: (m) => m.change,
      isChange: true,
    },
    { ...change("Change %", (r: HeadlineMetric) => r.changePct), isChange: true },
  ],
  rows: (report) => report.headline,
  better: (m) => m.better,
  note: () =>
    `${ENGAGEMENTS_DEFINED}. Rates change in percentage points (pp); Change % is blank for rates and ` +
    "costs per engagement, and when the week before was 0. Green is good news, red bad; spend is neither.",
});
