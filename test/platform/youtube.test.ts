import { afterEach, describe, expect, it } from "vitest";
import { appsScriptTriggers } from "../../src/platform/appsScriptTriggers";
import { appsScriptYouTube } from "../../src/platform/appsScriptYouTube";
import { memoryYouTube } from "../../src/platform/memoryYouTube";
import { YOUTUBE_SCOPE } from "../../src/platform/youtubePort";
import { type FakeAppsScript, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
afterEach(() => fake?.uninstall());

const ids = (n: number) => Array.from({ length: n }, (_, i) => `vid${String(i).padStart(8, "0")}`);

describe("appsScriptYouTube", () => {
  it("reads the counts of many videos in one call, as numbers, leaving hidden and missing ones out", () => {
    fake = installFakeAppsScript({
      youtubeVideos: {
        aaaaaaaaaaa: { viewCount: "12345678901", likeCount: "40", commentCount: "3" },
        bbbbbbbbbbb: { viewCount: "7", commentCount: "0" },
      },
    });
    const counts = appsScriptYouTube().counts(["aaaaaaaaaaa", "bbbbbbbbbbb", "privateeeee"]);
    expect(fake.calls).toEqual(["YouTube.Videos.list"]);
    expect(fake.youtube.requests).toEqual([["aaaaaaaaaaa", "bbbbbbbbbbb", "privateeeee"]]);
    expect([...counts]).toEqual([
      ["aaaaaaaaaaa", { views: 12345678901, likes: 40, comments: 3 }],
      ["bbbbbbbbbbb", { views: 7, likes: undefined, comments: 0 }],
    ]);
  });

  it("refuses more than 50 ids before calling YouTube, as the API would", () => {
    fake = installFakeAppsScript();
    expect(() => appsScriptYouTube().counts(ids(51))).toThrow("at most 50 videos per call; got 51");
    expect(fake.calls).toEqual([]);
    expect(() =>
      (globalThis as unknown as { YouTube: GoogleAppsScript.YouTube }).YouTube.Videos.list("statistics", {
        id: ids(51).join(","),
      }),
    ).toThrow(/at most 50/);
  });

  it("says which permission is missing and where to grant it, when YouTube was left unticked", () => {
    fake = installFakeAppsScript({ deniedScopes: [YOUTUBE_SCOPE] });
    expect(appsScriptYouTube().missingPermission()).toBe(
      'Refreshing YouTube metrics reads public view, like and comment counts through the YouTube Data API, which needs the permission youtube.readonly, not granted yet. Open https://script.google.com/macros/d/fake-script-id/authorize and allow "View your YouTube account", then try again. Nothing was changed.',
    );
    expect(fake.calls).toEqual([
      "ScriptApp.getAuthorizationInfo",
      "AuthorizationInfo.getAuthorizationStatus",
      "AuthorizationInfo.getAuthorizationUrl",
    ]);
    fake.uninstall();
    fake = installFakeAppsScript({ deniedScopes: ["https://www.googleapis.com/auth/documents"] });
    expect(appsScriptYouTube().missingPermission()).toBeNull();
  });

  it("names the advanced service when the project does not enable it", () => {
    fake = installFakeAppsScript();
    const saved = (globalThis as Record<string, unknown>).YouTube;
    (globalThis as Record<string, unknown>).YouTube = undefined;
    try {
      expect(() => appsScriptYouTube().counts(["aaaaaaaaaaa"])).toThrow(/YouTube Data API advanced service/);
    } finally {
      (globalThis as Record<string, unknown>).YouTube = saved;
    }
  });
});

describe("memoryYouTube", () => {
  it("answers like the adapter: 50 ids at most, unknown videos left out, every call recorded", () => {
    const youtube = memoryYouTube({ aaaaaaaaaaa: { views: 1 } });
    expect([...youtube.counts(["aaaaaaaaaaa", "bbbbbbbbbbb"])]).toEqual([["aaaaaaaaaaa", { views: 1 }]]);
    expect(() => youtube.counts(ids(51))).toThrow("at most 50");
    expect(youtube.calls).toEqual([["aaaaaaaaaaa", "bbbbbbbbbbb"]]);
  });
});

describe("appsScriptTriggers.daily", () => {
  it("runs every day at the hour in the zone given", () => {
    fake = installFakeAppsScript();
    appsScriptTriggers().daily("youtubeRefreshTrigger", { hour: 6, timeZone: "Europe/Berlin" });
    expect(fake.scriptApp.triggers.map((t) => [t.handler, t.schedule])).toEqual([
      ["youtubeRefreshTrigger", { everyDays: 1, hour: 6, timeZone: "Europe/Berlin" }],
    ]);
    expect(() => appsScriptTriggers().daily("youtubeRefreshTrigger", { hour: -1 })).toThrow(
      "The daily run of youtubeRefreshTrigger needs an hour from 0 to 23; got -1.",
    );
  });
});
