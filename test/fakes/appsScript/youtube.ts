import { Recorded, type Recorder } from "./recorder";

/**
 * The YouTube Data API advanced service (`YouTube.Videos.list`), as far as our adapter uses it. Like the
 * real API, counts come back as strings (uint64 in the API's JSON), a count the owner hides is absent,
 * and a video that is private, deleted or unknown is simply missing from `items`. It refuses more than
 * 50 ids in one call and a `part` without statistics.
 */

/** A video's statistics as the API spells them. */
export interface FakeVideoStatistics {
  viewCount?: string;
  likeCount?: string;
  commentCount?: string;
}

const MAX_IDS = 50;

function failure(reason: string): Error {
  return new Error(`API call to youtube.videos.list failed with error: ${reason}`);
}

export class FakeYouTubeVideos extends Recorded {
  readonly className = "YouTube.Videos";
  /** The ids of every call, in order: one quota unit each. */
  readonly requests: string[][] = [];

  constructor(
    recorder: Recorder,
    readonly videos: Map<string, FakeVideoStatistics>,
  ) {
    super(recorder);
  }

  list(part: string, optionalArgs: { id?: string } = {}): GoogleAppsScript.YouTube.Schema.VideoListResponse {
    const ids = (optionalArgs.id ?? "").split(",").filter((id) => id !== "");
    this.requests.push(ids);
    if (!part.split(",").includes("statistics")) throw failure(`(fake) part "${part}" has no statistics`);
    if (ids.length === 0) throw failure("No filter selected. Expected one of: chart, id, myRating");
    if (ids.length > MAX_IDS)
      throw failure(`(fake) the id filter holds ${ids.length} ids; videos.list takes at most ${MAX_IDS}`);
    const items = ids.flatMap((id) => {
      const statistics = this.videos.get(id);
      return statistics
        ? [{ kind: "youtube#video", etag: `etag-${id}`, id, statistics: { ...statistics } }]
        : [];
    });
    return {
      kind: "youtube#videoListResponse",
      etag: "etag-list",
      items,
      pageInfo: { totalResults: items.length, resultsPerPage: items.length },
    };
  }
}

/** The `YouTube` global of a project that enabled the advanced service. */
export class FakeYouTube extends Recorded {
  readonly className = "YouTube";
  readonly Videos: FakeYouTubeVideos;
  /** The videos the fake knows, by id; change them between runs to see a refresh. */
  readonly videos: Map<string, FakeVideoStatistics>;
  /** The ids of every videos.list call. */
  readonly requests: string[][];

  constructor(recorder: Recorder, videos: Record<string, FakeVideoStatistics>) {
    super(recorder);
    this.videos = new Map(Object.entries(videos));
    const collection = new FakeYouTubeVideos(recorder, this.videos);
    this.requests = collection.requests;
    this.Videos = recorder.expose(collection);
  }
}
