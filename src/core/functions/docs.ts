import type { Cell } from "../cells";
import type { CustomFunctionName } from "./customFunctions";

export interface CustomFunctionParamDoc {
  name: string;
  /** JSDoc type shown in Sheets' autocomplete help. */
  type: string;
  doc: string;
}

/** A custom function's help: a row of ./customFunctions, explained (same name and parameter names). */
export interface CustomFunctionDoc {
  name: CustomFunctionName;
  /** One line for autocomplete and the About box. */
  summary: string;
  params: CustomFunctionParamDoc[];
  returns: string;
  /** A formula a user can paste into a cell. */
  example: string;
  /** What the example formula shows. */
  exampleResult: Cell;
  /** The README's paragraph: every rule a user can run into. */
  description: string;
}

const RANGE_RULES =
  "Give ranges to fill a whole column with one formula: ranges must have the same number of rows, a single " +
  "value applies to every row, rows left blank stay blank, and a row with bad input shows what is wrong " +
  "while the other rows still compute.";
const PASTED_NUMBERS = " Numbers may be pasted as text: 12,500 or 12.5K or 1.2M.";

export const CUSTOM_FUNCTION_DOCS: readonly CustomFunctionDoc[] = [
  {
    name: "ENGAGEMENT_RATE",
    summary: "Engagement rate: interactions (comments, shares, link clicks…) divided by audience.",
    params: [
      {
        name: "interactions",
        type: "number|Array<Array<number>>",
        doc: "Interaction counts for a post, side by side (e.g. comments, shares, link clicks); each row is summed.",
      },
      {
        name: "audience",
        type: "number|Array<Array<number>>",
        doc: "Followers, or views or impressions, for the same post.",
      },
    ],
    returns: "The engagement rate as a fraction (0.05 is 5%); format the cell as a percentage.",
    example: "=ENGAGEMENT_RATE({30, 12, 8}, 1000)",
    exampleResult: 0.05,
    description:
      "Adds up the numbers in each row of interactions (comments, shares and link clicks side by side; widen " +
      "the range to count likes or saves) and divides by that row's audience. Blank interaction cells count " +
      "as 0. The audience must be a number above 0, and interaction counts must be numbers of 0 or more. " +
      RANGE_RULES +
      PASTED_NUMBERS,
  },
  {
    name: "TIER",
    summary: "Creator tier (Nano, Micro, Macro) for a follower count, or from your own tier table.",
    params: [
      {
        name: "followers",
        type: "number|Array<Array<number>>",
        doc: "Follower count, or a column of follower counts.",
      },
      {
        name: "tiers",
        type: "Array<Array<number|string>>",
        doc: "Optional: your own two-column table of (minimum followers, tier name).",
      },
    ],
    returns: 'The tier name, or "Below " and the smallest tier\'s name.',
    example: "=TIER(25000)",
    exampleResult: "Micro",
    description:
      "Without a tier table: Nano from 1,000 followers, Micro from 10,000, Macro from 100,000; below 1,000 " +
      'is "Below Nano". Each minimum is included (10,000 is Micro). Your own table has two columns, ' +
      "minimum followers then tier name, in any order; a header row and blank rows are fine, and below the " +
      'smallest minimum the answer is "Below " and that tier\'s name. Followers must be a number of 0 or ' +
      "more. " +
      RANGE_RULES +
      PASTED_NUMBERS,
  },
  {
    name: "EMV",
    summary: "Earned media value: each metric count times its value per action, in currency.",
    params: [
      {
        name: "platform",
        type: "string|Array<Array<string>>",
        doc: "The platform each row was posted on (e.g. Instagram), used to pick its row of the rate card.",
      },
      {
        name: "counts",
        type: "Array<Array<number>>",
        doc: "Counts in this order: impressions, views, likes, comments, shares, saves, link clicks.",
      },
      {
        name: "rate_card",
        type: "Array<Array<string|number>>",
        doc: "Optional: your own values per action, with a header row (Platform, then metric names).",
      },
    ],
    returns: "The earned media value, rounded to cents.",
    example: '=EMV("Instagram", {10000, 0, 500, 40, 10, 0, 20})',
    exampleResult: 347,
    description:
      "Adds up count × value per action for impressions, views, likes, comments, shares, saves and link " +
      "clicks, in that column order; fewer columns are fine (the rest count as 0), blank counts are 0, and " +
      "counts must be numbers of 0 or more. Without a rate card every platform uses the Ayzenberg EMV Index " +
      "(2017): impression 0.00482, view 0.09, like 0.21, comment 3.17, share 2.14, save 0, link click 2.28. " +
      "A rate card has a header row: Platform first, then metric names in any order (Likes or like, Clicks " +
      "or Link clicks), then one row per platform; blank rates and metrics the card leaves out are worth 0. " +
      "Platforms match ignoring case and spaces; a row named Default covers platforms the card does not " +
      "list and blank platforms. The result is rounded to cents. " +
      RANGE_RULES +
      PASTED_NUMBERS,
  },
  {
    name: "FTC_CHECK",
    summary: 'Checks a caption for an FTC-style sponsorship disclosure that is seen before "more".',
    params: [
      {
        name: "caption",
        type: "string|Array<Array<string>>",
        doc: "The post's caption, or a column of captions.",
      },
      {
        name: "rules",
        type: "Array<Array<string|boolean>>",
        doc: "Optional: your own disclosure terms, with columns Term, Kind (Clear/Unclear), Market, Use (Yes/No), Source.",
      },
    ],
    returns: 'One of "Disclosed", "Not up front", "Unclear" or "Missing".',
    example: '=FTC_CHECK("Loving my new running shoes #ad @nike")',
    exampleResult: "Disclosed",
    description:
      'Follows the FTC\'s "Disclosures 101 for Social Media Influencers" and its Endorsement Guides FAQ. ' +
      '"Disclosed": a clear term starts within the first 125 characters, what Instagram shows before ' +
      '"more": #ad, advertisement, sponsored, a brand partner or ambassador tag such as #NikePartner or ' +
      '#Nike_Ambassador, a caption opening with "Ad" set off by a colon, bar or dash ("AD | trail day"), ' +
      'a gift said plainly ("thanks for the free product", gifted) or a commission said plainly ("I get ' +
      'commissions", "earn from qualifying purchases"), or paid partnership. "Not up front": one appears ' +
      'only later. "Unclear": the only signals are terms the FTC calls vague (#sp, #spon, #collab, #partner ' +
      'or #ambassador on their own, #thanks, a bare "affiliate link") or #ads, which is not on the FTC\'s ' +
      'list; write #ad instead. "Missing": none of these. Terms match as whole words and tags, ignoring ' +
      "case, so #adventure is not a disclosure. Your own rules table replaces these terms: one row per " +
      "term, a header row naming the columns in any order; rows with Use No are skipped, and a term listed " +
      "as both Clear and Unclear counts as Unclear. Terms are #tags (any script, like #광고), " +
      '#[brand]Partner patterns, opening labels ending in a colon ("Anzeige:"), or words and phrases. ' +
      "Blank captions stay blank; a number is checked as its text. " +
      RANGE_RULES,
  },
];
