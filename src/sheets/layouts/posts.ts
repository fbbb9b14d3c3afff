import type { TableSpec } from "../spec";
import { customColumn } from "./formulas";
import { PLATFORMS } from "./lists";

const COUNT_KEYS = ["impressions", "views", "likes", "comments", "shares", "saves", "linkClicks"];

const count = (key: string, header: string, synonyms: string[]) => ({
  key,
  header,
  synonyms,
  type: "int" as const,
  width: 100,
  validation: { kind: "number" as const, min: 0 },
});

export const POSTS: TableSpec = {
  name: "Posts",
  columns: [
    {
      key: "date",
      header: "Date",
      synonyms: ["Posted on", "Post date", "Published", "Date posted"],
      type: "date",
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
    {
      key: "campaign",
      header: "Campaign",
      synonyms: ["Campaign name"],
      type: "text",
      width: 160,
    },
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
      width: 220,
    },
    {
      key: "caption",
      header: "Caption",
      synonyms: ["Post caption", "Copy", "Text"],
      type: "text",
      width: 280,
    },
    count("impressions", "Impressions", ["Reach", "Impr"]),
    count("views", "Views", ["Video views", "Plays"]),
    count("likes", "Likes", ["Hearts", "Reactions"]),
    count("comments", "Comments", ["Replies"]),
    count("shares", "Shares", ["Reposts", "Sends"]),
    count("saves", "Saves", ["Bookmarks"]),
    count("linkClicks", "Link clicks", ["Clicks", "Link taps", "Swipe ups"]),
    count("promoRedemptions", "Promo redemptions", ["Redemptions", "Code uses", "Conversions"]),
    {
      key: "revenue",
      header: "Revenue",
      synonyms: ["Sales", "Attributed revenue"],
      type: "money",
      width: 110,
      validation: { kind: "number", min: 0 },
    },
    {
      key: "emv",
      header: "EMV",
      synonyms: ["Earned media value", "Media value"],
      type: "money",
      width: 100,
      formula: customColumn(
        "EMV",
        (refs, columns) =>
          `${columns([refs.letter("platform")])},${columns(COUNT_KEYS.map((k) => refs.letter(k)))},${refs.settings("rateCard")}`,
      ),
    },
    {
      key: "disclosure",
      header: "Disclosure",
      synonyms: ["FTC", "FTC check", "Disclosed"],
      type: "text",
      width: 110,
      formula: customColumn("FTC_CHECK", (refs, columns) => columns([refs.letter("caption")])),
    },
  ],
  conditional: (refs, lastRow) => {
    const d = refs.letter("disclosure");
    return [
      {
        area: { row: 2, col: 1, numRows: Math.max(lastRow, 1000) - 1, numCols: refs.width },
        formula: `=AND($${d}2<>"",$${d}2<>"Disclosed")`,
        background: "#fef7e0",
        fontColor: "#b06000",
      },
    ];
  },
};
