import { columnLetter } from "../../core/a1";
import { normaliseHeader } from "../headers";
import type { ColumnSpec } from "../spec";

/** What teams put in front of a per-platform column: "IG followers", "TikTok handle", "YT subscribers". */
const PREFIXES: readonly (readonly [platform: string, prefixes: readonly string[]])[] = [
  ["Instagram", ["Instagram", "IG", "Insta"]],
  ["TikTok", ["TikTok", "TT", "Tik Tok"]],
  ["YouTube", ["YouTube", "YT"]],
];

export const HANDLE_SUFFIXES = ["", "handle", "username", "user name", "@", "account", "profile"];
export const FOLLOWER_SUFFIXES = [
  "followers",
  "follower count",
  "followers count",
  "subscribers",
  "subs",
  "audience",
  "audience size",
];

/** Every platform-prefixed name for the suffixes, Instagram's first: the first platform found wins. */
export function platformNames(suffixes: readonly string[]): string[] {
  return PREFIXES.flatMap(([, prefixes]) =>
    prefixes.flatMap((prefix) => suffixes.map((suffix) => `${prefix} ${suffix}`.trim())),
  );
}

/** The platform a header names with one of the suffixes ("TikTok followers" → TikTok), or null. */
export function platformOf(header: string, suffixes: readonly string[]): string | null {
  const name = normaliseHeader(header);
  if (name === "") return null;
  for (const [platform, prefixes] of PREFIXES) {
    for (const prefix of prefixes)
      for (const suffix of suffixes) if (normaliseHeader(`${prefix} ${suffix}`) === name) return platform;
  }
  return null;
}

/**
 * A wide roster (one row per creator, a follower column per platform) keeps its shape: the first
 * platform's columns are Handle and Followers, and each other platform's follower column gets its
 * own Tier column ("Tier (TikTok)") beside ours.
 */
export function perPlatformTiers(header: string[], found: ReadonlyMap<string, number>): ColumnSpec[] {
  const followers = found.get("followers");
  const first = followers === undefined ? null : platformOf(header[followers] ?? "", FOLLOWER_SUFFIXES);
  const seen = new Set(first ? [first] : []);
  const extras: ColumnSpec[] = [];
  header.forEach((text, index) => {
    const platform = platformOf(text, FOLLOWER_SUFFIXES);
    if (platform === null || index === followers || seen.has(platform)) return;
    seen.add(platform);
    const letter = columnLetter(index + 1);
    extras.push({
      key: `tier${platform}`,
      header: `Tier (${platform})`,
      type: "text",
      width: 110,
      formula: {
        fn: "TIER",
        args: (refs, columns) => `${columns([letter])},${refs.settings("tiers")}`,
      },
    });
  });
  return extras;
}
