import { describe, expect, it } from "vitest";
import { handleFromUrl, platformFromUrl, postKey, youtubeVideoId } from "../../../src/core/import/urls";

describe("postKey gives one key per post whatever way its link is written", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube:dQw4w9WgXcQ"],
    ["http://youtube.com/watch?feature=share&v=dQw4w9WgXcQ#t=10", "youtube:dQw4w9WgXcQ"],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s", "youtube:dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube:dQw4w9WgXcQ"],
    ["youtu.be/dQw4w9WgXcQ", "youtube:dQw4w9WgXcQ"],
    ["https://www.youtube.com/shorts/dQw4w9WgXcQ/", "youtube:dQw4w9WgXcQ"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube:dQw4w9WgXcQ"],
    ["https://www.instagram.com/p/C8xYz12AbCd/", "instagram:C8xYz12AbCd"],
    ["https://instagram.com/reel/C8xYz12AbCd?igsh=xyz", "instagram:C8xYz12AbCd"],
    ["http://www.instagram.com/reels/C8xYz12AbCd", "instagram:C8xYz12AbCd"],
    ["https://www.instagram.com/maya/p/C8xYz12AbCd/", "instagram:C8xYz12AbCd"],
    ["https://www.tiktok.com/@leo/video/7312345678901234567?is_from_webapp=1", "tiktok:7312345678901234567"],
    ["https://m.tiktok.com/@Leo/video/7312345678901234567/", "tiktok:7312345678901234567"],
    ["https://www.brandblog.com/Review/?utm_source=x#top", "url:brandblog.com/Review"],
    ["  HTTPS://WWW.BrandBlog.com/Review  ", "url:brandblog.com/Review"],
  ])("%s → %s", (url, key) => {
    expect(postKey(url)).toBe(key);
  });

  it("keeps case where networks are case-sensitive and refuses what is not a link", () => {
    expect(postKey("https://instagram.com/p/abc")).not.toBe(postKey("https://instagram.com/p/ABC"));
    expect(postKey("not a link")).toBeUndefined();
    expect(postKey("")).toBeUndefined();
  });
});

describe("what else a link tells", () => {
  it("extracts YouTube video IDs for the refresh, and nothing from other links", () => {
    expect(youtubeVideoId("https://youtu.be/dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://www.youtube.com/shorts/dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
    expect(youtubeVideoId("https://www.youtube.com/watch?v=short")).toBeUndefined();
    expect(youtubeVideoId("https://www.youtube.com/@ava")).toBeUndefined();
    expect(youtubeVideoId("https://www.tiktok.com/@leo/video/1")).toBeUndefined();
  });

  it("extracts the handle of TikTok, Instagram and YouTube links", () => {
    expect(handleFromUrl("https://www.tiktok.com/@leo/video/7312345678901234567")).toBe("leo");
    expect(handleFromUrl("https://www.instagram.com/maya/p/C8xYz12AbCd/")).toBe("maya");
    expect(handleFromUrl("https://www.instagram.com/maya/")).toBe("maya");
    expect(handleFromUrl("https://www.youtube.com/@ava")).toBe("ava");
    expect(handleFromUrl("https://www.instagram.com/p/C8xYz12AbCd/")).toBeUndefined();
    expect(handleFromUrl("https://youtu.be/dQw4w9WgXcQ")).toBeUndefined();
  });

  it("names the platform of a link", () => {
    expect(platformFromUrl("youtu.be/dQw4w9WgXcQ")).toBe("YouTube");
    expect(platformFromUrl("https://m.tiktok.com/@leo")).toBe("TikTok");
    expect(platformFromUrl("https://www.instagram.com/p/x")).toBe("Instagram");
    expect(platformFromUrl("https://example.com")).toBeUndefined();
  });
});
