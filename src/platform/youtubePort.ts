/** Read-only access to public YouTube data, the one scope the YouTube refresh needs. */
export const YOUTUBE_SCOPE = "https://www.googleapis.com/auth/youtube.readonly";

/**
 * videos.list costs 1 quota unit per call whatever the number of ids
 * (https://developers.google.com/youtube/v3/docs/videos/list,
 * https://developers.google.com/youtube/v3/determine_quota_cost). Its reference names no maximum for
 * `id`; 50, the ceiling of its maxResults, is what the API is reported to accept (docs/youtube.md).
 */
export const VIDEOS_PER_CALL = 50;

/** A video's public counts; a count the owner hides (likes, most often) is undefined. */
export interface VideoCounts {
  views?: number;
  likes?: number;
  comments?: number;
}

/**
 * The YouTube Data API, as the refresh uses it. Its Apps Script adapter is appsScriptYouTube.ts (the
 * YouTube advanced service); memoryYouTube.ts keeps videos in memory for tests and the local demo.
 */
export interface YouTubeVideos {
  /**
   * What the person must still allow before the refresh can run (with granular consent they may have
   * left YouTube unticked), or null when the YouTube scope is granted.
   */
  missingPermission(): string | null;
  /**
   * The counts of up to VIDEOS_PER_CALL videos in one call (one quota unit). A video missing from the
   * map was not found: deleted, private, or a wrong id.
   */
  counts(ids: string[]): Map<string, VideoCounts>;
}

/** What the person reads when YouTube was not allowed; `url` is where Google asks for it again. */
export function missingYouTubeMessage(url: string | null): string {
  const grant = url
    ? `Open ${url} and allow "View your YouTube account"`
    : 'Run Refresh YouTube metrics from the menu and allow "View your YouTube account" when Google asks';
  return (
    "Refreshing YouTube metrics reads public view, like and comment counts through the YouTube Data API, " +
    `which needs the permission youtube.readonly, not granted yet. ${grant}, then try again. Nothing was changed.`
  );
}
