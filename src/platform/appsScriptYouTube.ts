import {
  missingYouTubeMessage,
  VIDEOS_PER_CALL,
  type VideoCounts,
  YOUTUBE_SCOPE,
  type YouTubeVideos,
} from "./youtubePort";

/**
 * ScriptApp.getAuthorizationInfo(authMode, oAuthScopes) checks only the scopes given, the way to test
 * one feature's permission under granular consent
 * (https://developers.google.com/apps-script/concepts/scopes, "Granular OAuth consent";
 * https://developers.google.com/apps-script/reference/script/authorization-info). The typings know
 * only the one-argument form.
 */
interface ScopedAuthorization {
  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo;
}

/** The API returns counts as strings (uint64 in JSON); absent when the owner hides them. */
function count(text: string | undefined): number | undefined {
  if (text === undefined || text === null || text === "") return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function appsScriptYouTube(): YouTubeVideos {
  return {
    missingPermission() {
      const scriptApp = ScriptApp as unknown as ScopedAuthorization;
      const info = scriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [YOUTUBE_SCOPE]);
      if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
      return missingYouTubeMessage(info.getAuthorizationUrl() || null);
    },
    counts(ids) {
      if (ids.length > VIDEOS_PER_CALL)
        throw new Error(`YouTube answers for at most ${VIDEOS_PER_CALL} videos per call; got ${ids.length}.`);
      // The `YouTube` global exists only when appsscript.json enables the advanced service.
      if (typeof YouTube === "undefined" || !YouTube)
        throw new Error(
          "Refreshing YouTube metrics needs the YouTube Data API advanced service, which this copy of the add-on does not enable.",
        );
      const found = new Map<string, VideoCounts>();
      if (ids.length === 0) return found;
      // https://developers.google.com/apps-script/advanced/youtube: the same methods and parameters as
      // the public API, so videos.list(part, { id: "id1,id2,…" }); maxResults does not apply to `id`.
      const response = YouTube.Videos.list("statistics", { id: ids.join(",") });
      for (const item of response.items ?? []) {
        if (!item.id) continue;
        const stats = item.statistics ?? {};
        found.set(item.id, {
          views: count(stats.viewCount),
          likes: count(stats.likeCount),
          comments: count(stats.commentCount),
        });
      }
      return found;
    },
  };
}
