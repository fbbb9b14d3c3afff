import { ftcVocabulary, type Vocabulary } from "./compile";
import type { Kind } from "./vocabulary";

export type Disclosure = "Disclosed" | "Not up front" | "Unclear" | "Missing";

/** What Instagram shows of a caption before "more"; a disclosure must start inside it. */
export const UP_FRONT_CHARS = 125;

const TAG_CHAR = /[\p{L}\p{M}\p{N}_]/uy;
const LETTER = /\p{L}/u;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * How a caption discloses a paid relationship, by the vocabulary's terms (the FTC's by default):
 * "Disclosed" when a clear term starts within the first 125 characters, "Not up front" when one appears
 * only later, "Unclear" when only unclear terms appear, "Missing" otherwise.
 */
export function checkDisclosure(caption: string, vocabulary: Vocabulary = ftcVocabulary()): Disclosure {
  if (vocabulary.clearLabel?.test(caption)) return "Disclosed";
  let firstClear = vocabulary.clearWords?.exec(caption)?.index ?? -1;
  let unclear = false;
  for (let hash = caption.indexOf("#"); hash !== -1; hash = caption.indexOf("#", hash + 1)) {
    if (firstClear !== -1 && hash > firstClear) break;
    const kind = tagKind(caption.slice(hash + 1, tagEnd(caption, hash + 1)), vocabulary);
    if (kind === "clear") {
      firstClear = hash;
      break;
    }
    if (kind === "unclear") unclear = true;
  }
  if (firstClear !== -1) return startsUpFront(caption, firstClear) ? "Disclosed" : "Not up front";
  if (unclear || vocabulary.unclearLabel?.test(caption) || vocabulary.unclearWords?.test(caption)) {
    return "Unclear";
  }
  return "Missing";
}

function tagKind(rawName: string, vocabulary: Vocabulary): Kind | undefined {
  if (rawName === "") return undefined;
  const lower = rawName.toLowerCase();
  const name = NON_ASCII.test(lower) ? lower.normalize("NFC") : lower;
  const kind = vocabulary.tags.get(name);
  if (kind !== undefined) return kind;
  for (const [suffix, suffixKind] of vocabulary.brandSuffixes) {
    if (isBrandTag(name, suffix)) return suffixKind;
  }
  return undefined;
}

/** #SummitGearPartner or #SummitGear_Partner: a brand name (at least one letter), then the suffix. */
function isBrandTag(name: string, suffix: string): boolean {
  if (name.length <= suffix.length || !name.endsWith(suffix)) return false;
  const brand = name.slice(0, -suffix.length).replace(/_$/, "");
  return LETTER.test(brand);
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
