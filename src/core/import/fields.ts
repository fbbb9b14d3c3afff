import { METRIC_HEADERS, METRICS } from "../metrics";

/**
 * The Posts fields an import can fill, by the Posts layout's column keys (src/sheets/layouts/posts.ts;
 * core cannot import from there, so the keys are repeated here as a literal union).
 */
export const METRIC_FIELDS = [...METRICS, "promoRedemptions", "revenue"] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

export const TEXT_FIELDS = ["date", "handle", "campaign", "platform", "postUrl", "caption"] as const;
export type PostField = (typeof TEXT_FIELDS)[number] | MetricField;

/**
 * What a file's column can be mapped to: a Posts field, or a fact the import uses without writing it
 * (the platform's post ID, a Shopify discount code, the time TikTok made the export).
 */
export type ImportField = PostField | "postId" | "promoCode" | "exportedAt";

export const IMPORT_FIELDS: readonly ImportField[] = [
  ...TEXT_FIELDS,
  ...METRIC_FIELDS,
  "postId",
  "promoCode",
  "exportedAt",
];

const LABELS: Record<ImportField, string> = {
  date: "Date",
  handle: "Handle",
  campaign: "Campaign",
  platform: "Platform",
  postUrl: "Post URL",
  caption: "Caption",
  ...METRIC_HEADERS,
  promoRedemptions: "Promo redemptions",
  revenue: "Revenue",
  postId: "Post ID",
  promoCode: "Promo code",
  exportedAt: "Export time",
};

/** The field as the Posts sheet's header calls it. */
export function fieldLabel(field: ImportField): string {
  return LABELS[field];
}

export function isMetric(field: string): field is MetricField {
  return (METRIC_FIELDS as readonly string[]).includes(field);
}
