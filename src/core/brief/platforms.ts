/*
 * Imports nothing at run time: the sidebar page uses this too, and must not pull in zod.
 */

/** The platforms whose disclosure rules a brief knows (see disclosure.ts); anything else is Other. */
export const PLATFORMS = ["Instagram", "TikTok", "YouTube", "Other"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** "IG", "Instagram Reels", "YouTube Shorts", "tik tok": the names a roster actually holds. */
export function platformOf(name: string): Platform {
  const key = name.toLowerCase().replace(/[^a-z]/g, "");
  if (key.startsWith("insta") || key === "ig") return "Instagram";
  if (key.startsWith("tiktok") || key === "tt") return "TikTok";
  if (key.startsWith("youtube") || key === "yt") return "YouTube";
  return "Other";
}
