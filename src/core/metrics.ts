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

/** A figure the add-on computes: the one name it goes by in every header, and what it means. */
export interface Figure {
  name: string;
  definition: string;
}

/**
 * Every rate and ratio, defined once. Engagement is measured three ways for three purposes, so each
 * way has its own name: the Roster's standing rate, the week's rate per impression, and the
 * benchmark's likes + comments (the only way to compare a creator with a published benchmark).
 */
export const FIGURES = {
  engagements: {
    name: "Engagements",
    definition: "likes + comments + shares + saves + link clicks (views are not counted)",
  },
  engagementRateByFollowers: {
    name: "Engagement rate by followers",
    definition: "Roster: (avg comments + avg shares + avg link clicks) ÷ followers",
  },
  engagementsPerImpression: {
    name: "Engagements per impression",
    definition: "the week's engagements ÷ its impressions",
  },
  engagementsPerPost: {
    name: "Engagements per post ÷ followers",
    definition: "a creator's engagements this week ÷ their posts this week ÷ followers",
  },
  likesCommentsPerPost: {
    name: "Likes + comments per post ÷ followers",
    definition:
      "a creator's likes + comments this week ÷ posts ÷ followers: the benchmark's own measure, so the two compare like with like",
  },
  roi: { name: "ROI", definition: "(revenue − spend) ÷ spend" },
  emvPerSpend: { name: "EMV ÷ spend", definition: "EMV ÷ spend" },
  costPerEngagement: { name: "Cost per engagement", definition: "spend ÷ engagements" },
  cpm: { name: "CPM", definition: "spend ÷ impressions × 1,000" },
} as const satisfies Record<string, Figure>;
export type FigureKey = keyof typeof FIGURES;

/** The Roster's averages the engagement rate by followers adds up, over its Followers column. */
export const ROSTER_RATE_INPUTS = ["avgComments", "avgShares", "avgLinkClicks"] as const;

/** What the published benchmarks count per post (HypeAuditor: likes + comments ÷ followers). */
export const BENCHMARK_METRICS = ["likes", "comments"] as const satisfies readonly MetricKey[];
