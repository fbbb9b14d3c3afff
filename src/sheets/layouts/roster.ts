import type { ColumnRefs, TableSpec } from "../spec";
import { type Columns, customColumn } from "./formulas";
import { PLATFORMS, STATUSES } from "./lists";

const interactions = (refs: ColumnRefs, columns: Columns) =>
  columns([refs.letter("avgComments"), refs.letter("avgShares"), refs.letter("avgLinkClicks")]);

export const ROSTER: TableSpec = {
  name: "Roster",
  columns: [
    {
      key: "creator",
      header: "Creator",
      synonyms: ["Name", "Creator name", "Influencer", "Full name"],
      type: "text",
      width: 160,
    },
    {
      key: "handle",
      header: "Handle",
      synonyms: ["Username", "IG handle", "Instagram handle", "TikTok handle", "User name", "Account"],
      type: "text",
      width: 140,
    },
    {
      key: "platform",
      header: "Platform",
      synonyms: ["Channel", "Network", "Social network"],
      type: "text",
      width: 100,
      validation: { kind: "list", values: PLATFORMS, strict: false },
    },
    {
      key: "email",
      header: "Email",
      synonyms: ["E-mail", "Contact email", "Email address", "E-mail address"],
      type: "email",
      width: 200,
    },
    {
      key: "followers",
      header: "Followers",
      synonyms: ["Follower count", "Followers count", "Audience", "Audience size", "Subscribers"],
      type: "int",
      width: 100,
      validation: { kind: "number", min: 0 },
    },
    {
      key: "avgComments",
      header: "Avg comments",
      synonyms: ["Average comments", "Comments per post"],
      type: "number",
      width: 100,
      validation: { kind: "number", min: 0 },
    },
    {
      key: "avgShares",
      header: "Avg shares",
      synonyms: ["Average shares", "Shares per post"],
      type: "number",
      width: 90,
      validation: { kind: "number", min: 0 },
    },
    {
      key: "avgLinkClicks",
      header: "Avg link clicks",
      synonyms: ["Average link clicks", "Avg clicks", "Clicks per post"],
      type: "number",
      width: 110,
      validation: { kind: "number", min: 0 },
    },
    {
      key: "engagementRate",
      header: "Engagement rate",
      synonyms: ["ER", "Engagement", "Eng rate"],
      type: "percent",
      width: 120,
      formula: customColumn(
        "ENGAGEMENT_RATE",
        (refs, columns) => `${interactions(refs, columns)},${columns([refs.letter("followers")])}`,
      ),
    },
    {
      key: "tier",
      header: "Tier",
      synonyms: ["Influencer tier", "Size"],
      type: "text",
      width: 90,
      formula: customColumn(
        "TIER",
        (refs, columns) => `${columns([refs.letter("followers")])},${refs.settings("tiers")}`,
      ),
    },
    {
      key: "status",
      header: "Status",
      synonyms: ["Stage", "Pipeline stage", "Relationship status"],
      type: "text",
      width: 110,
      validation: { kind: "list", values: STATUSES, strict: true },
    },
    {
      key: "ratePerPost",
      header: "Rate per post",
      synonyms: ["Rate", "Fee", "Price per post", "Cost per post"],
      type: "money",
      width: 110,
      validation: { kind: "number", min: 0 },
    },
    {
      key: "promoCode",
      header: "Promo code",
      synonyms: ["Discount code", "Coupon", "Code"],
      type: "text",
      width: 110,
    },
    {
      key: "affiliateLink",
      header: "Affiliate link",
      synonyms: ["Tracking link", "Link", "UTM link"],
      type: "url",
      width: 200,
    },
    {
      key: "owner",
      header: "Owner",
      synonyms: ["Manager", "Account manager", "Contact owner"],
      type: "text",
      width: 110,
    },
    {
      key: "lastContacted",
      header: "Last contacted",
      synonyms: ["Last contact", "Contacted on", "Last touch"],
      type: "date",
      width: 120,
      validation: { kind: "date" },
    },
    {
      key: "notes",
      header: "Notes",
      synonyms: ["Remarks", "Comment"],
      type: "text",
      width: 240,
    },
  ],
};
