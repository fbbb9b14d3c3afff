import { formatYmd } from "../../core/dates";
import { messageOf } from "../../core/errors";
import { VIDEOS_PER_CALL, type VideoCounts } from "../../platform/youtubePort";
import { readReportConfig } from "../../sheets/reportSources";
import {
  type MetricWrite,
  type PostsMetrics,
  type PostVideo,
  readPostsMetrics,
  writeMetricCells,
  YOUTUBE_METRICS,
} from "../../sheets/stores/youtubeMetrics";
import type { AddonContext } from "../context";
import { scheduleOnce, scheduleStatus } from "./schedule";

export const YOUTUBE_TITLE = "Influencer Desk: YouTube metrics";
/** The top-level function the daily time-driven trigger calls. */
export const YOUTUBE_TRIGGER = "youtubeRefreshTrigger";
const DAILY_HOUR = 6;

/**
 * Apps Script stops a run after 6 minutes; the refresh stops calling YouTube after 4.5, leaving time
 * to write what it has and save where it stopped.
 */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;
/**
 * The YouTube Data API allows 10,000 units a day per Cloud project, and resets at midnight Pacific
 * time (https://developers.google.com/youtube/v3/determine_quota_cost). The refresh stops at 9,000 it
 * counted itself, leaving room for other scripts of the same project; at 50 videos a unit that is
 * 450,000 videos a day.
 */
export const DAILY_UNIT_CAP = 9000;
const QUOTA_ZONE = "America/Los_Angeles";

/** Document properties: the last Posts row an unfinished refresh processed, and today's units. */
export const CURSOR_KEY = "youtube.cursor";
export const UNITS_KEY = "youtube.units";

interface Units {
  day: string;
  used: number;
}

function unitsToday(context: AddonContext): Units {
  const day = formatYmd(context.now(), QUOTA_ZONE);
  const saved = context.properties.get(UNITS_KEY);
  const [savedDay, used] = (saved ?? "").split(" ");
  return { day, used: savedDay === day ? Number(used) || 0 : 0 };
}

/** 9,000 rather than 9000, in every locale: the messages are English. */
function grouped(n: number): string {
  return n.toLocaleString("en-US");
}

function plural(n: number, noun: string): string {
  return `${grouped(n)} ${noun}${n === 1 ? "" : "s"}`;
}

/** The rows still to do, in calls of at most 50 distinct videos each, top to bottom. */
function batches(videos: PostVideo[]): PostVideo[][] {
  const out: PostVideo[][] = [];
  let ids = new Set<string>();
  for (const video of videos) {
    let current = out[out.length - 1];
    if (!current || (!ids.has(video.id) && ids.size === VIDEOS_PER_CALL)) {
      current = [];
      out.push(current);
      ids = new Set();
    }
    current.push(video);
    ids.add(video.id);
  }
  return out;
}

interface Tally {
  updated: number;
  unchanged: number;
  missing: number;
  kept: number;
  writes: MetricWrite[];
}

function compare(posts: PostsMetrics, video: PostVideo, counts: VideoCounts | undefined, tally: Tally) {
  if (!counts) {
    tally.missing += 1;
    return;
  }
  let changed = false;
  for (const metric of YOUTUBE_METRICS) {
    const col = posts.columns[metric];
    const fresh = counts[metric];
    // A hidden count (likes, usually) says nothing about the cell: it stays as it is.
    if (col === undefined || fresh === undefined) continue;
    const now = posts.cell(video.row, metric);
    if (now === "theirs") tally.kept += 1;
    else if (now !== fresh) {
      tally.writes.push({ row: video.row, col, value: fresh });
      changed = true;
    }
  }
  if (changed) tally.updated += 1;
  else tally.unchanged += 1;
}

type Stop = "time" | "quota" | null;

function summary(tally: Tally, units: Units): string {
  const kept =
    tally.kept === 0
      ? ""
      : ` Left ${plural(tally.kept, "cell")} as ${tally.kept === 1 ? "it was" : "they were"}: a formula, text, or a column kept as text is the team's.`;
  return (
    `${plural(tally.updated, "video")} updated, ${grouped(tally.unchanged)} unchanged, ` +
    `${grouped(tally.missing)} not found or private.${kept} ` +
    `YouTube quota today: ${grouped(units.used)} of ${grouped(DAILY_UNIT_CAP)} units.`
  );
}

function stopText(stop: Stop, left: number, nextRow: number): string {
  const rest = `${plural(left, "video")} left, from row ${nextRow}`;
  return stop === "time"
    ? ` Stopped after ${TIME_BUDGET_MS / 60000} minutes to stay inside Apps Script's 6-minute limit: ${rest}. Run Refresh YouTube metrics again (or let the daily refresh run) and it continues there.`
    : ` Stopped at today's YouTube quota cap: ${rest}. YouTube resets the quota at midnight Pacific time; run it again after that and it continues there.`;
}

function postsOrThrow(context: AddonContext): PostsMetrics {
  const posts = readPostsMetrics(context.workbook);
  if (YOUTUBE_METRICS.every((metric) => posts.columns[metric] === undefined))
    throw new Error(
      "Posts has no Views, Likes or Comments column to refresh. Add them with Influencer Desk › Set up one sheet › Posts, then try again. Nothing was changed.",
    );
  return posts;
}

/**
 * Reads views, likes and comments of every Posts row with a YouTube link, 50 videos per call, and
 * writes only the cells that changed. Stops calling YouTube after TIME_BUDGET_MS or at the daily
 * cap, writes what it has, and remembers the last row done so the next run continues there.
 */
export function refreshYouTubeMetrics(context: AddonContext): string {
  const started = context.now().getTime();
  const missing = context.youtube.missingPermission();
  if (missing) throw new Error(missing);
  const posts = postsOrThrow(context);
  if (posts.videos.length === 0)
    return "No Posts row links to a YouTube video (youtube.com/watch?v=…, youtu.be/…, youtube.com/shorts/…), so there was nothing to refresh.";

  const cursor = Number(context.properties.get(CURSOR_KEY)) || 0;
  const after = posts.videos.filter((video) => video.row > cursor);
  // A cursor past the last video (rows deleted since) starts over from the top.
  const pending = after.length > 0 ? after : posts.videos;
  const resumed = after.length > 0 && cursor > 0;

  const units = unitsToday(context);
  if (units.used >= DAILY_UNIT_CAP)
    throw new Error(
      `The refresh used its ${grouped(DAILY_UNIT_CAP)} YouTube quota units for today. YouTube resets the quota at midnight Pacific time; try again after that. Nothing was changed.`,
    );

  const progress = readBatches(context, posts, pending, units, started);
  // Written even when YouTube fails half way, so the calls already made are not made again.
  writeMetricCells(posts.sheet, progress.tally.writes);
  context.properties.set(UNITS_KEY, `${units.day} ${units.used}`);
  const last = pending[progress.done - 1];
  if (progress.done === pending.length) context.properties.delete(CURSOR_KEY);
  else if (last) context.properties.set(CURSOR_KEY, String(last.row));

  const next = pending[progress.done];
  const left = pending.length - progress.done;
  const from = resumed ? `Continued from row ${(pending[0] as PostVideo).row}: ` : "";
  const done = `${from}${summary(progress.tally, units)}`;
  if (progress.failure !== undefined) {
    const rest = next
      ? ` ${plural(left, "video")} left, from row ${next.row}: run it again to continue there.`
      : "";
    throw new Error(`YouTube refused a call: ${messageOf(progress.failure)} Before that: ${done}${rest}`);
  }
  return `${done}${progress.stop && next ? stopText(progress.stop, left, next.row) : ""}`;
}

interface Progress {
  tally: Tally;
  /** How many of the rows to do were read. */
  done: number;
  stop: Stop;
  /** What YouTube threw, if it did. */
  failure?: unknown;
}

/** Calls YouTube batch by batch until done, out of time, at the cap, or refused. */
function readBatches(
  context: AddonContext,
  posts: PostsMetrics,
  pending: PostVideo[],
  units: Units,
  started: number,
): Progress {
  const progress: Progress = {
    tally: { updated: 0, unchanged: 0, missing: 0, kept: 0, writes: [] },
    done: 0,
    stop: null,
  };
  try {
    for (const [index, batch] of batches(pending).entries()) {
      if (index > 0 && context.now().getTime() - started >= TIME_BUDGET_MS) progress.stop = "time";
      else if (units.used >= DAILY_UNIT_CAP) progress.stop = "quota";
      if (progress.stop) break;
      // Google counts a refused call too.
      units.used += 1;
      const counts = context.youtube.counts([...new Set(batch.map((video) => video.id))]);
      for (const video of batch) compare(posts, video, counts.get(video.id), progress.tally);
      progress.done += batch.length;
    }
  } catch (error) {
    progress.failure = error;
  }
  return progress;
}

function scheduleText(timeZone: string): string {
  return `every morning between ${DAILY_HOUR} and ${DAILY_HOUR + 1} (${timeZone}), views, likes and comments of the YouTube videos in Posts are refreshed`;
}

export function scheduleYouTubeRefresh(context: AddonContext): string {
  // Asked now, while someone is there to grant it: the morning run has nobody to ask.
  const missing = context.youtube.missingPermission();
  if (missing) throw new Error(missing);
  const { timeZone } = readReportConfig(context.workbook);
  return scheduleOnce(context, YOUTUBE_TRIGGER, scheduleText(timeZone), () =>
    context.triggers.daily(YOUTUBE_TRIGGER, { hour: DAILY_HOUR, timeZone }),
  );
}

export function stopYouTubeRefresh(context: AddonContext): string {
  return context.triggers.remove(YOUTUBE_TRIGGER) === 0
    ? "The daily YouTube refresh was not scheduled; nothing changed."
    : "Stopped: YouTube metrics are no longer refreshed every morning. The numbers in Posts stay as they are.";
}

export function youTubeRefreshStatus(context: AddonContext): string {
  return scheduleStatus(
    context,
    YOUTUBE_TRIGGER,
    () => scheduleText(readReportConfig(context.workbook).timeZone),
    "YouTube metrics › Refresh every morning to refresh them",
  );
}
