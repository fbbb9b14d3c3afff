import type { ExistingPost, PostField, RosterEntry } from "../../../src/core/import/planning";

/** Exports as each source writes them, generated here so every quirk is visible in the test code. */

export interface FixturePost {
  id: string;
  handle: string;
  caption: string;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  saves?: number;
  /** "YYYY-MM-DD HH:mm" */
  published: string;
}

const csvCell = (value: string | number): string => {
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const csv = (rows: (string | number)[][], delimiter = ","): string =>
  rows.map((row) => row.map(csvCell).join(delimiter)).join("\r\n");

/** "1,234,567", as Meta writes counts. */
const grouped = (n: number) => n.toLocaleString("en-US");

/** "06/29/2026 15:21" */
const metaTime = (published: string) => {
  const [date = "", time = ""] = published.split(" ");
  const [y, m, d] = date.split("-");
  return `${m}/${d}/${y} ${time}`;
};

export const INSTAGRAM_HEADERS = [
  "Post ID",
  "Account ID",
  "Account username",
  "Account name",
  "Description",
  "Duration (sec)",
  "Publish time",
  "Permalink",
  "Post type",
  "Data comment",
  "Date",
  "Views",
  "Reach",
  "Likes",
  "Shares",
  "Follows",
  "Comments",
  "Saves",
];

export function instagramCsv(posts: FixturePost[]): string {
  return csv([
    INSTAGRAM_HEADERS,
    ...posts.map((p) => [
      `1790${p.id.length}${p.views}`,
      "17841400000000000",
      p.handle,
      p.handle.toUpperCase(),
      p.caption,
      "15",
      metaTime(p.published),
      `https://www.instagram.com/reel/${p.id}/`,
      "IG reel",
      "",
      "Lifetime",
      grouped(p.views),
      grouped(Math.round(p.views * 0.8)),
      grouped(p.likes),
      grouped(p.shares),
      "3",
      grouped(p.comments),
      grouped(p.saves ?? 0),
    ]),
  ]);
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** TikTok Studio's Content.csv: a BOM, dates without a year ("Oct 3"), `undefined` for missing numbers. */
export function tiktokCsv(posts: FixturePost[], exportTime = "2026-11-20 09:30"): string {
  const day = (published: string) => {
    const [, m = "1", d = "1"] = published.slice(0, 10).split("-");
    return `${SHORT_MONTHS[Number(m) - 1]} ${Number(d)}`;
  };
  return `\ufeff${csv([
    [
      "Time",
      "Video title",
      "Video link",
      "Post time",
      "Total likes",
      "Total comments",
      "Total shares",
      "Total views",
    ],
    ...posts.map((p) => [
      exportTime,
      p.caption,
      `https://www.tiktok.com/@${p.handle}/video/${p.id}`,
      day(p.published),
      p.likes,
      p.comments,
      p.shares === 0 ? "undefined" : p.shares,
      p.views,
    ]),
  ])}`;
}

/** YouTube Studio's "Table data.csv": the video ID in Content, a Total row first, dates like "Oct 3, 2026". */
export function youtubeCsv(posts: FixturePost[]): string {
  const day = (published: string) => {
    const [y, m = "1", d = "1"] = published.slice(0, 10).split("-");
    return `${SHORT_MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
  };
  const sum = (f: (p: FixturePost) => number) => posts.reduce((total, p) => total + f(p), 0);
  return csv([
    [
      "Content",
      "Video title",
      "Video publish time",
      "Duration",
      "Views",
      "Watch time (hours)",
      "Subscribers",
      "Impressions",
      "Impressions click-through rate (%)",
      "Likes",
      "Comments added",
      "Shares",
    ],
    ["Total", "", "", "", sum((p) => p.views), "1234.5", "40", "99000", "4.1", sum((p) => p.likes), "", ""],
    ...posts.map((p) => [
      p.id,
      p.caption,
      day(p.published),
      "61",
      p.views,
      "12.3",
      "2",
      p.views * 10,
      "3.2",
      p.likes,
      p.comments,
      p.shares,
    ]),
  ]);
}

export function shopifyCsv(
  lines: { code: string; orders: number; gross: number; net: number; day?: string }[],
) {
  const withDay = lines.some((line) => line.day);
  return csv([
    [...(withDay ? ["Day"] : []), "Discount code", "Orders", "Gross sales", "Discounts", "Net sales"],
    ...lines.map((l) => [
      ...(withDay ? [l.day ?? ""] : []),
      l.code,
      l.orders,
      `$${l.gross.toFixed(2)}`,
      `-$${(l.gross - l.net).toFixed(2)}`,
      `$${l.net.toFixed(2)}`,
    ]),
  ]);
}

export const POSTS_KEYS: PostField[] = [
  "date",
  "handle",
  "campaign",
  "platform",
  "postUrl",
  "caption",
  "impressions",
  "views",
  "likes",
  "comments",
  "shares",
  "saves",
  "linkClicks",
  "promoRedemptions",
  "revenue",
];

/** A Posts row with every column present, blank where not given. */
export function existingPost(row: number, values: Partial<Record<PostField, string | number>>): ExistingPost {
  return { row, values: Object.fromEntries(POSTS_KEYS.map((key) => [key, values[key] ?? ""])) };
}

export const ROSTER: RosterEntry[] = [
  { handle: "@maya", promoCode: "MAYA10", platform: "Instagram" },
  { handle: "@leo", promoCode: "LEO15", platform: "TikTok" },
  { handle: "@ava", promoCode: "AVA5", platform: "YouTube" },
];

export const OPTIONS = { dayFirst: false, timeZone: "UTC", today: "2026-11-25" };

export function fixturePosts(handle: string, count: number, idOf: (i: number) => string): FixturePost[] {
  return Array.from({ length: count }, (_, i) => ({
    id: idOf(i),
    handle,
    caption: `Post ${i + 1}, with a comma #ad`,
    views: 1000 + i * 1500,
    likes: 100 + i,
    comments: 10 + i,
    shares: i,
    saves: 2 * i,
    published: `2026-${String((i % 9) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")} 15:21`,
  }));
}
