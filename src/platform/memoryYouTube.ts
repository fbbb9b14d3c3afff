import { missingYouTubeMessage, VIDEOS_PER_CALL, type VideoCounts, type YouTubeVideos } from "./youtubePort";

/** YouTube videos kept in memory, for tests and the local demo; records every call like the real quota would. */
export interface MemoryYouTube extends YouTubeVideos {
  videos: Map<string, VideoCounts>;
  /** The ids of each counts() call, in order: one quota unit each. */
  calls: string[][];
  /** Whether the person allowed YouTube under granular consent. */
  granted: boolean;
}

export function memoryYouTube(videos: Record<string, VideoCounts> = {}): MemoryYouTube {
  const youtube: MemoryYouTube = {
    videos: new Map(Object.entries(videos)),
    calls: [],
    granted: true,
    missingPermission: () => (youtube.granted ? null : missingYouTubeMessage(null)),
    counts(ids) {
      if (ids.length > VIDEOS_PER_CALL)
        throw new Error(`YouTube answers for at most ${VIDEOS_PER_CALL} videos per call; got ${ids.length}.`);
      youtube.calls.push([...ids]);
      const found = new Map<string, VideoCounts>();
      for (const id of ids) {
        const counts = youtube.videos.get(id);
        if (counts) found.set(id, { ...counts });
      }
      return found;
    },
  };
  return youtube;
}
