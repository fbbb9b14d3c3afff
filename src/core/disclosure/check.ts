import { ftcVocabulary, singleSpaced, type Vocabulary, type WordSearch } from "./compile";
import type { Kind } from "./vocabulary";

export type Disclosure = "Disclosed" | "Not up front" | "Unclear" | "Missing";

/** What Instagram shows of a caption before "more"; a disclosure must start inside it. */
export const UP_FRONT_CHARS = 125;

const TAG_CHAR = /[\p{L}\p{M}\p{N}_]/uy;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const LETTER = /\p{L}/u;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * How a caption discloses a paid relationship, by the vocabulary's terms (the FTC's by default):
 * "Disclosed" when a clear term starts within the first 125 characters, "Not up front" when one appears
 * only later, "Unclear" when only unclear terms appear, "Missing" otherwise.
 */
export function checkDisclosure(caption: string, vocabulary: Vocabulary = ftcVocabulary()): Disclosure {
  if (vocabulary.clearLabel?.test(caption)) return "Disclosed";
  const words = findWords(caption, vocabulary.words);
  let firstClear = words.firstClear;
  let unclear = words.unclear;
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
  return unclear || vocabulary.unclearLabel?.test(caption) ? "Unclear" : "Missing";
}

/** Where the first clear word or phrase starts (-1 if none), and whether an unclear one comes before it. */
function findWords(caption: string, search: WordSearch | null): { firstClear: number; unclear: boolean } {
  let unclear = false;
  if (search === null) return { firstClear: -1, unclear };
  const lower = caption.toLowerCase();
  const sameLength = lower.length === caption.length;
  const text = sameLength ? lower : caption;
  const any = sameLength ? search.any : search.anyCase;
  any.lastIndex = 0;
  for (let match = any.exec(text); match !== null; match = any.exec(text)) {
    const start = match.index;
    const whole = isWhole(caption, start, start + match[0].length)
      ? match[0]
      : wholeAt(caption, search.each, start);
    const kind = whole === undefined ? undefined : search.kinds.get(singleSpaced(whole));
    if (kind === "clear") return { firstClear: start, unclear };
    if (kind === "unclear") unclear = true;
    any.lastIndex = start + 1;
  }
  return { firstClear: -1, unclear };
}

/** A shorter term at the same spot may still be whole ("sponsored" in "sponsored byline"). */
function wholeAt(caption: string, each: readonly RegExp[], start: number): string | undefined {
  for (const pattern of each) {
    pattern.lastIndex = start;
    const match = pattern.exec(caption);
    if (match !== null && isWhole(caption, start, start + match[0].length)) return match[0];
  }
  return undefined;
}

function isWhole(caption: string, start: number, end: number): boolean {
  const first = caption.charCodeAt(start);
  const last = caption.charCodeAt(end - 1);
  if (isWordCharAt(caption, start, first) && start > 0 && isWordCharBefore(caption, start)) return false;
  return !(
    isWordCharAt(caption, end - 1, last) &&
    end < caption.length &&
    isWordCharAt(caption, end, caption.charCodeAt(end))
  );
}

function isWordCharBefore(caption: string, index: number): boolean {
  const code = caption.charCodeAt(index - 1);
  const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff;
  return isLowSurrogate && index >= 2
    ? isWordCharAt(caption, index - 2, caption.charCodeAt(index - 2))
    : isWordCharAt(caption, index - 1, code);
}

function isWordCharAt(caption: string, index: number, code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x5f
    );
  }
  return WORD_CHAR.test(String.fromCodePoint(caption.codePointAt(index) ?? code));
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
      if (!isWordCharAt(caption, end, code)) return end;
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
