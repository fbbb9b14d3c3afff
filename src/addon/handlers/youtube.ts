import {
  refreshYouTubeMetrics,
  scheduleYouTubeRefresh,
  stopYouTubeRefresh,
  YOUTUBE_TITLE,
  YOUTUBE_TRIGGER,
  youTubeRefreshStatus,
} from "../actions/refreshYouTube";
import { appsScriptContext } from "../appsScriptContext";
import type { AddonContext } from "../context";
import { runMenuAction } from "../run";
import { unattendedContext } from "./report";

function youtubeAction(action: (context: AddonContext) => string): () => void {
  return () => runMenuAction(appsScriptContext(), YOUTUBE_TITLE, action);
}

/** The YouTube refresh's menu handlers. */
export const YOUTUBE_MENU_HANDLERS = {
  menuYouTubeRefresh: youtubeAction(refreshYouTubeMetrics),
  menuYouTubeSchedule: youtubeAction(scheduleYouTubeRefresh),
  menuYouTubeUnschedule: youtubeAction(stopYouTubeRefresh),
  menuYouTubeStatus: youtubeAction(youTubeRefreshStatus),
};

/** The trigger that refreshes YouTube metrics every morning, with nobody watching. */
export const YOUTUBE_TRIGGERS = {
  [YOUTUBE_TRIGGER]: () =>
    runMenuAction(unattendedContext(appsScriptContext()), YOUTUBE_TITLE, refreshYouTubeMetrics),
};
