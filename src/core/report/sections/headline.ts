import { FIGURES } from "../../metrics";
import { cents, ENGAGEMENTS_DEFINED, ratio } from "../definitions";
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
});

export function addPost(totals: Totals, post: InputPost, emv: number, engagements: number): void {
  totals.posts++;
  totals.impressions += post.impressions;
  totals.views += post.views;
  totals.engagements += engagements;
  totals.emv += emv;
  totals.promoRedemptions += post.promoRedemptions;
  totals.revenue += post.revenue;
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

export function headline(week: Totals, before: Totals): HeadlineMetric[] {
  return [
    metric("posts", "Posts published", "int", week.posts, before.posts),
    metric("impressions", "Impressions", "int", week.impressions, before.impressions),
    metric("views", "Views", "int", week.views, before.views),
    metric("engagements", "Engagements", "int", week.engagements, before.engagements),
    metric(
      "engagementRate",
      FIGURES.engagementsPerImpression.name,
      "percent",
      ratio(week.engagements, week.impressions),
      ratio(before.engagements, before.impressions),
    ),
    metric("emv", "EMV", "money", cents(week.emv), cents(before.emv)),
    metric("spend", "Spend", "money", cents(week.spend), cents(before.spend)),
    metric("paid", "Paid", "money", cents(week.paid), cents(before.paid)),
    metric("promoRedemptions", "Promo redemptions", "int", week.promoRedemptions, before.promoRedemptions),
    metric("revenue", "Revenue", "money", cents(week.revenue), cents(before.revenue)),
  ];
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
    figure("Change", (m) => m.change),
    change("Change %", (r) => r.changePct),
  ],
  rows: (report) => report.headline,
  note: () => `${ENGAGEMENTS_DEFINED}. Change % is blank when the week before was 0.`,
});
