import {
  detectSource,
  type ExistingPost,
  mapColumns,
  planImport,
  type RosterEntry,
  readExport,
} from "../src/core/import/index";
import { medianMs, row } from "./measure";

const ROWS = 20_000;
const CREATORS = 500;

/** An Instagram export of ROWS posts, half of them already on Posts (some changed), half new. */
function fixture(): { text: string; posts: ExistingPost[]; roster: RosterEntry[] } {
  const roster = Array.from({ length: CREATORS }, (_, i) => ({
    handle: `@creator${i}`,
    platform: "Instagram",
  }));
  const lines = [
    "Post ID,Account ID,Account username,Account name,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Likes,Shares,Follows,Comments,Saves",
  ];
  const posts: ExistingPost[] = [];
  for (let i = 0; i < ROWS; i++) {
    const code = `C${i.toString(36).padStart(10, "_")}`;
    const handle = `creator${i % CREATORS}`;
    const views = 1000 + i * 7;
    lines.push(
      `${i},1784,${handle},${handle},"Post ${i}, #ad",15,${String((i % 12) + 1).padStart(2, "0")}/15/2026 15:21,https://www.instagram.com/reel/${code}/,IG reel,,Lifetime,"${views.toLocaleString("en-US")}",${views - 100},${i % 900},3,1,${i % 50},${i % 20}`,
    );
    // Existing posts: the other half of the sheet's 20,000 rows are posts the file does not have.
    const existing = i % 2 === 0 ? `https://instagram.com/p/${code}` : `https://instagram.com/p/Other${i}`;
    posts.push({
      row: i + 2,
      values: {
        date: "2026-01-15",
        handle: `@${handle}`,
        campaign: "Spring",
        platform: "Instagram",
        postUrl: existing,
        caption: "",
        impressions: views - 100,
        views: i % 4 === 0 ? views : views - 1,
        likes: i % 900,
        comments: i % 50,
        shares: 3,
        saves: i % 20,
        linkClicks: "",
        promoRedemptions: "",
        revenue: "",
      },
    });
  }
  return { text: lines.join("\n"), posts, roster };
}

/** Parse, map and plan 20,000 exported rows against 20,000 existing posts. */
export function benchImport(): string[] {
  const { text, posts, roster } = fixture();
  let planned = 0;
  const cpuTimes: number[] = [];
  const ms = medianMs(5, () => {
    const cpuBefore = process.cpuUsage().user;
    const read = readExport(text);
    if (!read.ok) throw new Error(read.message);
    const mapping = mapColumns(read.table.headers, detectSource(read.table.headers).id);
    const plan = planImport(read.table, {
      mapping,
      posts,
      roster,
      options: { dayFirst: false, timeZone: "UTC", today: "2026-11-25" },
    });
    planned = plan.newPosts.length + plan.updates.length + plan.unchanged.length;
    cpuTimes.push((process.cpuUsage().user - cpuBefore) / 1000);
  });
  const cpuMs = cpuTimes.sort((a, b) => a - b)[Math.floor(cpuTimes.length / 2)] ?? 0;
  if (planned !== ROWS) throw new Error(`planned ${planned} of ${ROWS} rows`);
  return [
    row(
      "Import: parse, map and plan 20,000 exported rows against 20,000 existing posts",
      // CPU time beside wall time: on a shared machine the wall time measures the neighbours too.
      `${ms.toFixed(0)} ms (CPU ${cpuMs.toFixed(0)} ms)`,
      "< 1000 ms",
    ),
  ];
}
