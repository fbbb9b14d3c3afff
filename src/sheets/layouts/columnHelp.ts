import type { ColumnKey, TableName } from "../tables";

/**
 * What each column is for, for docs/sheets.md. Kept apart from the layouts so the Apps Script
 * bundle, which is evaluated on every custom-function call, carries none of this text. Every
 * column of every table needs its entry, and an entry for a key that does not exist fails to compile.
 */
export const COLUMN_HELP: { readonly [S in TableName]: Readonly<Record<ColumnKey<S>, string>> } = {
  Roster: {
    creator: "The creator's name.",
    handle: "Their @handle on the platform.",
    platform: "Main platform.",
    email: "Where outreach drafts go.",
    followers: "Followers or subscribers.",
    avgComments: "Relevant comments per post.",
    avgShares: "Shares per post.",
    avgLinkClicks: "Link clicks per post.",
    engagementRate: "ENGAGEMENT_RATE of the three averages over followers.",
    tier: "TIER of followers with the Settings tier table.",
    status: "Where the relationship stands.",
    ratePerPost: "Their fee for one post.",
    promoCode: "Their discount code.",
    affiliateLink: "Their tracked link.",
    owner: "Who on the team looks after them.",
    lastContacted: "Set when an outreach draft is made.",
    notes: "Anything else.",
  },
  Campaigns: {
    campaign: "The campaign's name, used on every other sheet.",
    objective: "What the campaign is for.",
    start: "First day.",
    end: "Last day.",
    budget: "What the campaign may spend.",
  },
  Deliverables: {
    campaign: "Campaign it belongs to.",
    handle: "Creator's handle, as on Roster.",
    deliverable: "What they make.",
    dueDate: "When it should be live.",
    draftReceived: "When the draft came in.",
    approved: "When the brand approved it.",
    postedOn: "When it went live.",
    postUrl: "Link to the live post.",
    status: "Where it stands.",
  },
  Posts: {
    date: "When the post went live.",
    handle: "Creator's handle, as on Roster.",
    campaign: "Campaign it belongs to.",
    platform: "Where it was posted (picks the rate card row).",
    postUrl: "Link to the post.",
    caption: "The caption, checked for FTC disclosure.",
    impressions: "Impressions of the post.",
    views: "Views of the post.",
    likes: "Likes of the post.",
    comments: "Comments on the post.",
    shares: "Shares of the post.",
    saves: "Saves of the post.",
    linkClicks: "Link clicks from the post.",
    promoRedemptions: "Promo code uses attributed to the post.",
    revenue: "Revenue attributed to the post.",
    emv: "EMV of the counts with the Settings rate card.",
    disclosure: "FTC_CHECK of the caption with the Settings disclosure terms.",
  },
  Budget: {
    campaign: "Campaign the cost belongs to.",
    handle: "Creator paid, as on Roster (blank for costs that are not a creator's).",
    item: "Creator fee, Gifting, Production or Other.",
    planned: "What you expect to pay.",
    actual: "What you paid.",
    paidOn: "When it was paid (decides the week it counts in).",
    notes: "Anything else.",
  },
};
