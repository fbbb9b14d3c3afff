/**
 * The program's records after a sheet's rows have been read and checked. The sheets layer maps
 * each sheet's header row (the team's own names and order included) onto these keys; `row` is the
 * 1-based sheet row the record came from, so any message can point at it.
 */

export interface Creator {
  row: number;
  creator: string;
  handle: string;
  platform: string;
  email: string;
  followers: number | null;
  avgComments: number | null;
  avgShares: number | null;
  avgLinkClicks: number | null;
  status: string;
  ratePerPost: number | null;
  owner: string;
  lastContacted: Date | null;
  /** Every other column of the row, by its header as the sheet spells it (merge fields use these). */
  extra: Record<string, string>;
}

export interface Campaign {
  row: number;
  campaign: string;
  objective: string;
  start: Date | null;
  end: Date | null;
  budget: number | null;
}

export interface Deliverable {
  row: number;
  campaign: string;
  handle: string;
  deliverable: string;
  dueDate: Date | null;
  postedOn: Date | null;
  postUrl: string;
  status: string;
}

export interface Post {
  row: number;
  date: Date;
  handle: string;
  campaign: string;
  platform: string;
  postUrl: string;
  caption: string;
  impressions: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  linkClicks: number;
  promoRedemptions: number;
  revenue: number;
}

export interface BudgetLine {
  row: number;
  campaign: string;
  handle: string;
  item: string;
  planned: number;
  actual: number;
  paidOn: Date | null;
}

/** Something a reader skipped, said so a person can fix it: "Posts row 14: Likes must be a number ≥ 0, got "lots"". */
export interface Skipped {
  sheet: string;
  row: number;
  reason: string;
}
