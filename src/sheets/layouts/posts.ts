import { METRIC_HEADERS, METRICS, type MetricKey } from "../../core/metrics";
import { formatRows } from "../plan";
import { type ColumnSpec, defineTable } from "../spec";
import { AT_LEAST_ZERO, CAMPAIGN_COLUMN, MONEY_COLUMN } from "./columnKinds";
import { PLATFORMS } from "./lists";

/** Other header names of the count columns, as platforms' exports and teams call them. */
const METRIC_SYNONYMS: Record<MetricKey, string[]> = {
  // Meta replaced Instagram's impressions with views in its API and exports in 2025: a column naming
  // Instagram's views holds what Impressions counts for Instagram (see "How the numbers are defined").
  // Reach counts accounts, not times shown, so a team's Reach column stays the team's own.
  impressions: ["Impr", "Instagram views", "IG views", "Views (Instagram)"],
  views: ["Video views", "Plays"],
  likes: ["Hearts", "Reactions"],
  comments: ["Replies"],
  shares: ["Reposts", "Sends"],
  saves: ["Bookmarks"],
  linkClicks: ["Clicks", "Link taps", "Swipe ups"],
};

const count = <K extends string>(key: K, header: string, synonyms: string[]): ColumnSpec<K> => ({
  key,
  header,
  synonyms,
  type: "int",
  width: 100,
  validation: AT_LEAST_ZERO,
});

export const POSTS = defineTable({
  name: "Posts",
  tabs: ["Content", "Post log", "Posts log", "Content tracker", "Post tracker", "Content log"],
  columns: [
    {
      key: "date",
      header: "Date",
      synonyms: ["Posted on", "Post date", "Published", "Date posted"],
      type: "date",
      generic: true,
      width: 110,
      validation: { kind: "date" },
    },
    {
      key: "handle",
      header: "Handle",
      synonyms: ["Username", "IG handle", "Creator", "Creator handle", "Account"],
      type: "text",
      width: 140,
    },
    CAMPAIGN_COLUMN,
    {
      key: "platform",
      header: "Platform",
      synonyms: ["Channel", "Network"],
      type: "text",
      width: 100,
      validation: { kind: "list", values: PLATFORMS, strict: false },
    },
    {
      key: "postUrl",
      header: "Post URL",
      synonyms: ["URL", "Link", "Post link"],
      type: "url",
      generic: true,
      width: 220,
    },
    {
      key: "caption",
      header: "Caption",
      synonyms: ["Post caption", "Copy", "Text"],
      type: "text",
      width: 280,
    },
    ...METRICS.map((m) => count(m, METRIC_HEADERS[m], METRIC_SYNONYMS[m])),
    count("promoRedemptions", "Promo redemptions", ["Redemptions", "Code uses", "Conversions"]),
    {
      key: "revenue",
      header: "Revenue",
      synonyms: ["Sales", "Attributed revenue"],
      ...MONEY_COLUMN,
    },
    {
      key: "emv",
      header: "EMV",
      synonyms: ["Earned media value", "Media value"],
      type: "money",
      width: 100,
      formula: {
        fn: "EMV",
        args: (refs, columns) =>
          `${columns([refs.letter("platform")])},${columns(METRICS.map((m) => refs.letter(m)))},${refs.settings("rateCard")}`,
      },
    },
    {
      key: "disclosure",
      header: "Disclosure",
      synonyms: ["FTC", "FTC check", "Disclosed"],
      type: "text",
      width: 110,
      formula: {
        fn: "FTC_CHECK",
        args: (refs, columns) => `${columns([refs.letter("caption")])},${refs.settings("disclosureTerms")}`,
        earlierArgs: (refs, columns) => columns([refs.letter("caption")]),
      },
    },
  ],
  conditional: (refs, lastRow) => {
    const d = refs.letter("disclosure");
    const r = refs.firstDataRow;
    return [
      {
        area: { row: r, col: 1, numRows: formatRows(lastRow, r), numCols: refs.width },
        formula: `=AND($${d}${r}<>"",$${d}${r}<>"Disclosed")`,
        background: "#fef7e0",
        fontColor: "#b06000",
      },
    ];
  },
});
