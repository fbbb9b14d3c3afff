import { cents } from "../definitions";
import { date, int, link, money, sheetOnly, tableBlock, text, whenEmpty } from "../table";
import type { TopPostRow } from "../types";
import type { WeekPost } from "../week";
import { NO_CAMPAIGN } from "./campaigns";

/** Best posts of the week by EMV. */

const TOP_POSTS = 5;

export function topPosts(posts: readonly WeekPost[]): TopPostRow[] {
  return [...posts]
    .sort((a, b) => b.emv - a.emv || b.engagements - a.engagements || a.post.row - b.post.row)
    .slice(0, TOP_POSTS)
    .map(({ post, day, emv, engagements }) => ({
      row: post.row,
      date: day,
      handle: post.handle,
      campaign: post.campaign.trim() || NO_CAMPAIGN,
      platform: post.platform,
      engagements,
      emv: cents(emv),
      postUrl: post.postUrl,
    }));
}

export const TOP_POSTS_BLOCK = tableBlock<TopPostRow>({
  id: "top-posts",
  title: "Best posts by EMV",
  columns: [
    date("Date", (r) => r.date),
    text("Handle", (r) => r.handle),
    sheetOnly(text("Campaign", (r) => r.campaign)),
    text("Platform", (r) => r.platform),
    int("Engagements", (r) => r.engagements),
    money("EMV", (r) => r.emv),
    link("Post", (r) => r.postUrl),
  ],
  rows: (report) => report.topPosts,
  note: whenEmpty("No posts this week."),
});
