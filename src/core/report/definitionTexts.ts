import { defined, ENGAGEMENTS_DEFINED } from "./definitions";

/**
 * The sentences under "How the numbers are defined". They ship beside the code, not in it (the build
 * writes them to dist/Definitions.html, read through Assets when a report is built): Apps Script
 * evaluates all of Code.js before every call, custom functions included.
 */

/** Which count each platform's reach figures (Impressions, and the rates over it) are. */
export const REACH_DEFINED =
  "Reach: Impressions are each platform's own count of times a post was shown. Instagram's is its " +
  "Views since 2025, when Meta replaced impressions with views in its API and exports (a Posts column " +
  "named Instagram views or IG views is read as Impressions); TikTok's and YouTube's are the impressions " +
  "their analytics report. Views are video plays on every platform and are never counted as impressions.";

export const DEFINITIONS: readonly string[] = [
  `${ENGAGEMENTS_DEFINED}.`,
  REACH_DEFINED,
  `${defined("engagementsPerImpression")}, over the posts with impressions, likes and comments.`,
  "EMV is the Posts sheet's EMV column where it holds a number, otherwise it is computed from the rate card.",
  "Spend = the committed cost (Budget “Actual”, or “Planned” until an Actual is entered) of the lines " +
    "committed in the week, by Settings › Spend counted by: the creator's deliverables in that campaign " +
    "(split evenly, each share on its due date, else on “Paid on”), or the line's own date (“Paid on”). " +
    "Paid = “Actual” of the lines paid in the week.",
  `${defined("roi")}, shown to date per campaign: revenue and spend up to the end of the week.`,
  "Budget used to date = spend committed by the week's end (per line, its “Actual” paid by then if more) ÷ " +
    "the campaign's budget; ROI to date uses the same spend.",
  "Plan vs actual: deliverables due in the week (and up to its end) against those of them posted by " +
    "the week's end; time elapsed = the share of the campaign's days, Start to End, gone by then. A " +
    "deliverable is posted when it has a Posted on date, a Post URL or a status such as Posted; a " +
    "cancelled or dropped one counts nowhere.",
  "Days late = calendar days from a deliverable's due date to the week's last day (to today while the week runs).",
  `${defined("engagementsPerPost")}. It and the next rate count only posts with Likes and Comments (blank or "n/a" is missing, not 0).`,
  `${defined("likesCommentsPerPost")}. Each platform's creators are compared with that platform's benchmark table in Settings, whose rate counts the same; a platform or band without a rate is not checked.`,
  `${defined("engagementRateByFollowers")} (a creator's usual rate, not this week's).`,
];
