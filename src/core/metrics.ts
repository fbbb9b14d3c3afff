/**
 * The counts a post is measured by, in the order the Posts sheet, the Settings rate card and the EMV
 * function list them.
 */
export const METRICS = [
  "impressions",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "linkClicks",
] as const;
export type MetricKey = (typeof METRICS)[number];

/** Each count's column header, as the Posts sheet and the rate card name it. */
export const METRIC_HEADERS: Readonly<Record<MetricKey, string>> = {
  impressions: "Impressions",
  views: "Views",
  likes: "Likes",
  comments: "Comments",
  shares: "Shares",
  saves: "Saves",
  linkClicks: "Link clicks",
};

/** An engagement is something a person did with the post; being shown it or playing it is not. */
export const ENGAGEMENT_METRICS = [
  "likes",
  "comments",
  "shares",
  "saves",
  "linkClicks",
] as const satisfies readonly MetricKey[];
