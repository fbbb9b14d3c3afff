/**
 * One key per post whatever way its link was written: exports and teams differ in scheme, `www.`/`m.`,
 * trailing slashes, tracking queries and the several URL shapes each network has for one post. Plain
 * string work, because Apps Script has no `URL` class.
 */

interface UrlParts {
  host: string;
  /** Path without trailing slashes, "" for the root. */
  path: string;
  query: string;
}

const URL_PARTS = /^(?:https?:)?(?:\/\/)?([^/?#\s]+)([^?#\s]*)(?:\?([^#\s]*))?/i;
const HOST_PREFIX = /^(?:www\.|m\.|mobile\.|vm\.)/;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function partsOf(url: string): UrlParts | undefined {
  const match = URL_PARTS.exec(url.trim());
  if (!match) return undefined;
  const host = (match[1] ?? "").toLowerCase().replace(/:\d+$/, "").replace(HOST_PREFIX, "");
  if (!host.includes(".")) return undefined;
  return { host, path: (match[2] ?? "").replace(/\/+$/, ""), query: match[3] ?? "" };
}

function queryParam(query: string, name: string): string | undefined {
  for (const pair of query.split("&")) {
    const [key, value = ""] = pair.split("=");
    if (key === name) return value;
  }
  return undefined;
}

function isYoutube(host: string): boolean {
  return host === "youtube.com" || host === "youtu.be" || host === "youtube-nocookie.com";
}

/** The 11-character video ID of a YouTube link (watch, youtu.be, shorts, embed, live), or undefined. */
export function youtubeVideoId(url: string): string | undefined {
  const parts = partsOf(url);
  if (!parts || !isYoutube(parts.host)) return undefined;
  const segments = parts.path.split("/").filter(Boolean);
  const id =
    parts.host === "youtu.be"
      ? segments[0]
      : segments[0] === "watch"
        ? queryParam(parts.query, "v")
        : ["shorts", "embed", "live", "v"].includes(segments[0] ?? "")
          ? segments[1]
          : undefined;
  return id !== undefined && YOUTUBE_ID.test(id) ? id : undefined;
}

const INSTAGRAM_KINDS = new Set(["p", "reel", "reels", "tv"]);

function instagramKey(segments: string[]): string | undefined {
  // instagram.com/p/CODE and the newer instagram.com/USER/p/CODE, /reel/, /reels/, /tv/
  const at = segments.findIndex((segment) => INSTAGRAM_KINDS.has(segment.toLowerCase()));
  const code = at >= 0 ? segments[at + 1] : undefined;
  return code ? `instagram:${code}` : undefined;
}

function tiktokKey(segments: string[]): string | undefined {
  const at = segments.findIndex((segment) => segment === "video" || segment === "photo");
  const id = at >= 0 ? segments[at + 1] : undefined;
  return id && /^\d+$/.test(id) ? `tiktok:${id}` : undefined;
}

/**
 * "youtube:ID", "instagram:SHORTCODE", "tiktok:ID" for a post link of those networks; any other link
 * becomes "url:host/path" (no scheme, `www.`, query or fragment). Undefined for text that is not a link.
 */
export function postKey(url: string): string | undefined {
  const parts = partsOf(url);
  if (!parts) return undefined;
  const segments = parts.path.split("/").filter(Boolean);
  let key: string | undefined;
  if (isYoutube(parts.host)) {
    const id = youtubeVideoId(url);
    key = id ? `youtube:${id}` : undefined;
  } else if (parts.host === "instagram.com") key = instagramKey(segments);
  else if (parts.host === "tiktok.com") key = tiktokKey(segments);
  return key ?? `url:${parts.host}${parts.path}`;
}

/** The key a platform's own post ID gives, so an ID column matches the same post as its link. */
export function postIdKey(platform: string, id: string): string | undefined {
  const text = id.trim();
  if (text === "") return undefined;
  const name = platform.trim().toLowerCase();
  if (name === "youtube") return YOUTUBE_ID.test(text) ? `youtube:${text}` : undefined;
  return `${name || "post"}-id:${text}`;
}

/** The account a TikTok, Instagram or YouTube link names ("@user" in it, or Instagram's first segment). */
export function handleFromUrl(url: string): string | undefined {
  const parts = partsOf(url);
  if (!parts) return undefined;
  const first = parts.path.split("/").filter(Boolean)[0] ?? "";
  if (first.startsWith("@") && first.length > 1) return first.slice(1);
  if (parts.host !== "instagram.com" || first === "" || INSTAGRAM_KINDS.has(first.toLowerCase()))
    return undefined;
  return ["explore", "stories", "accounts"].includes(first) ? undefined : first;
}

const HOST_PLATFORMS: Record<string, string> = {
  "instagram.com": "Instagram",
  "tiktok.com": "TikTok",
  "youtube.com": "YouTube",
  "youtu.be": "YouTube",
  "facebook.com": "Facebook",
  "fb.watch": "Facebook",
  "x.com": "X",
  "twitter.com": "X",
  "pinterest.com": "Pinterest",
  "pin.it": "Pinterest",
  "twitch.tv": "Twitch",
};

/** The Posts platform name a link's host stands for, or undefined. */
export function platformFromUrl(url: string): string | undefined {
  const parts = partsOf(url);
  return parts ? HOST_PLATFORMS[parts.host] : undefined;
}

/** A link to a YouTube video by ID, as new Posts rows get it when the export only has the ID. */
export function youtubeUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${id}`;
}
