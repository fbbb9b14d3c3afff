import { columnLetter } from "../../core/a1";
import { normaliseHeader } from "../headers";
import type { ColumnSpec } from "../spec";
import { AT_LEAST_ZERO } from "./columnKinds";

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

/** Each prefix with each suffix ("IG" + "followers"); a blank suffix leaves the prefix alone. */
function namesOf(prefixes: readonly string[], suffixes: readonly string[]): string[] {
  return prefixes.flatMap((prefix) => suffixes.map((suffix) => `${prefix} ${suffix}`.trim()));
}

/** Every platform-prefixed name for the suffixes, Instagram's first: the first platform found wins. */
export function platformNames(suffixes: readonly string[]): string[] {
  return PREFIXES.flatMap(([, prefixes]) => namesOf(prefixes, suffixes));
}

/** The platform a header names with one of the suffixes ("TikTok followers" → TikTok), or null. */
export function platformOf(header: string, suffixes: readonly string[]): string | null {
  const name = normaliseHeader(header);
  if (name === "") return null;
  const found = PREFIXES.find(([, prefixes]) =>
    namesOf(prefixes, suffixes).some((candidate) => normaliseHeader(candidate) === name),
  );
  return found?.[0] ?? null;
}

/** What teams call a platform's average interactions per post ("TikTok avg engagements"). */
const INTERACTION_SUFFIXES = [
  "avg interactions",
  "average interactions",
  "avg engagements",
  "avg engagement",
  "interactions",
  "engagements",
];

/**
 * A wide roster (one row per creator, a follower column per platform) keeps its shape: the first
 * platform's columns are Handle and Followers (so Engagement rate and Tier are that platform's), and
 * each other platform's follower column gets three columns of ours side by side: "Avg interactions
 * (TikTok)" for the team to fill (or their own column under such a name), "Engagement rate (TikTok)"
 * over it, and "Tier (TikTok)".
 */
export function perPlatformColumns(header: string[], found: ReadonlyMap<string, number>): ColumnSpec[] {
  const followers = found.get("followers");
  const first = followers === undefined ? null : platformOf(header[followers] ?? "", FOLLOWER_SUFFIXES);
  const seen = new Set(first ? [first] : []);
  const extras: ColumnSpec[] = [];
  header.forEach((text, index) => {
    const platform = platformOf(text, FOLLOWER_SUFFIXES);
    if (platform === null || index === followers || seen.has(platform)) return;
    const prefixes = PREFIXES.find(([name]) => name === platform)?.[1] ?? [];
    seen.add(platform);
    const audience = columnLetter(index + 1);
    const interactions = `avgInteractions${platform}`;
    extras.push(
      {
        key: interactions,
        header: `Avg interactions (${platform})`,
        synonyms: namesOf(prefixes, INTERACTION_SUFFIXES),
        type: "number",
        width: 130,
        validation: AT_LEAST_ZERO,
      },
      {
        key: `engagementRate${platform}`,
        header: `Engagement rate (${platform})`,
        synonyms: namesOf(prefixes, ["engagement rate", "ER"]),
        type: "percent",
        width: 130,
        formula: {
          fn: "ENGAGEMENT_RATE",
          args: (refs, columns) => `${columns([refs.letter(interactions)])},${columns([audience])}`,
        },
      },
      {
        key: `tier${platform}`,
        header: `Tier (${platform})`,
        type: "text",
        width: 110,
        formula: {
          fn: "TIER",
          args: (refs, columns) => `${columns([audience])},${refs.settings("tiers")}`,
        },
      },
    );
  });
  return extras;
}
