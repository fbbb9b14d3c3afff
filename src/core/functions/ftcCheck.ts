import type { Arg } from "../cells";
import { isBlank } from "../cells";
import { callHeight, cellAt, type FunctionResult, mapRows, requireOneColumn, rowsOf, textOf } from "./shape";

const FN = "FTC_CHECK";

export type Disclosure = "Disclosed" | "Not up front" | "Unclear" | "Missing";

/** What Instagram shows of a caption before "more"; a disclosure must start inside it. */
export const UP_FRONT_CHARS = 125;

/** Hashtags the FTC's "Disclosures 101 for Social Media Influencers" accepts as clear. */
const CLEAR_TAGS: ReadonlySet<string> = new Set(["ad", "advertisement", "sponsored", "paidpartnership"]);
/**
 * Hashtags the FTC calls vague or confusing on their own. #ads is not on the FTC's list either way; it
 * counts here so a reviewer looks at it instead of the caption reading as "Missing".
 */
const UNCLEAR_TAGS: ReadonlySet<string> = new Set([
  "sp",
  "spon",
  "collab",
  "partner",
  "thanks",
  "ambassador",
  "ads",
]);
const PARTNER = "partner";

// Two cheap scans beat one combined regex: with the `u` flag that Unicode hashtags need, the combined
// regex runs several times slower, and FTC_CHECK must keep up with a column of 100,000 captions.
const CLEAR_WORDS = /\b(?:advertisement|sponsored|paid\s+partnership)\b/i;
const LEADING_AD = /^\s*ad\s*:/i;
const TAG_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const LETTER = /\p{L}/u;

/**
 * How a caption discloses a paid relationship: "Disclosed" when a clear disclosure starts within the
 * first 125 characters, "Not up front" when one appears only later, "Unclear" when only vague tags
 * (#sp, #spon, #collab, #partner, #thanks, #ambassador, #ads) appear, "Missing" otherwise.
 */
export function checkDisclosure(caption: string): Disclosure {
  if (LEADING_AD.test(caption)) return "Disclosed";
  let firstClear = CLEAR_WORDS.exec(caption)?.index ?? -1;
  let unclear = false;
  for (let hash = caption.indexOf("#"); hash !== -1; hash = caption.indexOf("#", hash + 1)) {
    if (firstClear !== -1 && hash > firstClear) break;
    const end = tagEnd(caption, hash + 1);
    const tag = caption.slice(hash + 1, end).toLowerCase();
    if (CLEAR_TAGS.has(tag) || isBrandPartner(tag)) {
      firstClear = hash;
      break;
    }
    if (UNCLEAR_TAGS.has(tag)) unclear = true;
  }
  if (firstClear !== -1) return startsUpFront(caption, firstClear) ? "Disclosed" : "Not up front";
  return unclear ? "Unclear" : "Missing";
}

/** `=FTC_CHECK(caption)`: the disclosure verdict for each caption; blank captions stay blank. */
export function FTC_CHECK(caption: Arg): FunctionResult {
  requireOneColumn(FN, "caption", caption);
  const height = callHeight(FN, [["caption", caption]]);
  const captionRows = rowsOf(caption);
  return mapRows(height, (i) => {
    const cell = cellAt(captionRows, i);
    return isBlank(cell) ? "" : checkDisclosure(textOf(cell));
  });
}

/** #NikePartner: a brand's name (at least one letter) followed by "partner". */
function isBrandPartner(tag: string): boolean {
  return tag.length > PARTNER.length && tag.endsWith(PARTNER) && LETTER.test(tag.slice(0, -PARTNER.length));
}

/** Where a hashtag's name ends: letters, digits and underscores in any script; emoji and punctuation end it. */
function tagEnd(caption: string, start: number): number {
  let end = start;
  while (end < caption.length) {
    const code = caption.charCodeAt(end);
    if (code < 0x80) {
      const isWordChar =
        (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x30 && code <= 0x39) ||
        code === 0x5f;
      if (!isWordChar) return end;
      end++;
    } else {
      TAG_CHAR.lastIndex = end;
      const match = TAG_CHAR.exec(caption);
      if (match === null) return end;
      end += match[0].length;
    }
  }
  return end;
}

/** Counts code points, so an emoji before the disclosure counts as one character, not two UTF-16 units. */
function startsUpFront(caption: string, index: number): boolean {
  if (index < UP_FRONT_CHARS) return true;
  if (index >= 2 * UP_FRONT_CHARS) return false;
  let characters = 0;
  for (let unit = 0; unit < index; unit++) {
    const code = caption.charCodeAt(unit);
    if (code < 0xdc00 || code > 0xdfff) characters++;
  }
  return characters < UP_FRONT_CHARS;
}
