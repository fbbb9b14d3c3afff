import { type Platform, platformOf } from "../brief/platforms";

// What the FTC's "Disclosures 101" asks for, in each platform's own words: the disclosure must be
// seen without tapping "more", and said out loud in video.
const HOW_TO_DISCLOSE: Record<Platform, string> = {
  Instagram:
    "#ad in the first line of the caption and Instagram's Paid partnership label; say it in the video too",
  TikTok: "#ad at the start of the caption and TikTok's Branded content toggle; say it in the video too",
  YouTube:
    "Say it's sponsored in the first 30 seconds, mention it in the description's first line, and tick YouTube's paid promotion box",
  Other:
    '#ad or "Sponsored" at the start of the post, where it is seen without tapping "more"; say it in any video too',
};

/**
 * The FTC disclosure a brief asks for, filled in for the platforms its deliverables run on: one
 * line per platform, in the order given ("Instagram: #ad in the first line …").
 */
export function disclosureFor(platforms: string[]): string {
  const named = platforms.filter((name) => name.trim() !== "").map(platformOf);
  const unique = [...new Set(named.length > 0 ? named : (["Other"] as Platform[]))];
  if (unique.length === 1 && unique[0] === "Other") return `${HOW_TO_DISCLOSE.Other}.`;
  return unique
    .map(
      (platform) => `${platform === "Other" ? "Other platforms" : platform}: ${HOW_TO_DISCLOSE[platform]}.`,
    )
    .join("\n");
}

const labelOf = (platform: Platform) => (platform === "Other" ? "Other platforms" : platform);
const LABELLED = /^(Instagram|TikTok|YouTube|Other platforms)\s*:/i;

/**
 * The disclosure one creator is asked for: the brief's lines that name no platform, then for each
 * of `platforms` the brief's own line for it, or the standard wording when the brief has none (a
 * brief written for Instagram and TikTok still tells a YouTube creator what YouTube needs). Lines
 * for platforms the creator is not on are left out.
 */
export function disclosureForCreator(disclosure: string, platforms: string[]): string {
  const lines = disclosure
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const general = lines.filter((line) => !LABELLED.test(line));
  const theirs = [...new Set(platforms.filter((name) => name.trim() !== "").map(platformOf))];
  const specific = theirs.map((platform) => {
    const own = lines.find(
      (line) => LABELLED.exec(line)?.[1]?.toLowerCase() === labelOf(platform).toLowerCase(),
    );
    return own ?? `${labelOf(platform)}: ${HOW_TO_DISCLOSE[platform]}.`;
  });
  return [...general, ...specific].join("\n");
}
