import { shapeOf } from "./terms";
import { DEFAULT_ROWS, type Kind, type VocabularyRow } from "./vocabulary";

/** A vocabulary ready to check captions with; build it once per call, not once per caption. */
export interface Vocabulary {
  /** Hashtag names, lower-cased, NFC. */
  readonly tags: ReadonlyMap<string, Kind>;
  /** `#[brand]suffix` rows by suffix. */
  readonly brandSuffixes: readonly (readonly [suffix: string, kind: Kind])[];
  /** Whole words and phrases anywhere; null when the vocabulary has none of that kind. */
  readonly clearWords: RegExp | null;
  readonly unclearWords: RegExp | null;
  /** Labels that open the caption. */
  readonly clearLabel: RegExp | null;
  readonly unclearLabel: RegExp | null;
}

const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";
const STARTS_WITH_WORD_CHAR = /^[\p{L}\p{M}\p{N}_]/u;
const ENDS_WITH_WORD_CHAR = /[\p{L}\p{M}\p{N}_]$/u;
/** What sets a label off from the rest: a colon, a bar, or a dash with a space after it ("Ad-free" is no label). */
const LABEL_END = "\\s*(?:[:|]|[\\-\\u2013\\u2014](?=\\s))";

/**
 * The rows in use, compiled. A term in use as both Clear and Unclear (say the US "gifted" and the UK
 * one) counts as Unclear: a post seen in both markets must satisfy the stricter one.
 */
export function compileVocabulary(rows: readonly VocabularyRow[]): Vocabulary {
  const tags = new Map<string, Kind>();
  const suffixes = new Map<string, Kind>();
  const words = new Map<string, Kind>();
  const labels = new Map<string, Kind>();
  for (const row of rows) {
    if (!row.use) continue;
    const shape = shapeOf(row.term);
    if (typeof shape === "string") throw new Error(`disclosure vocabulary: ${shape}`);
    if (shape.form === "tag") addStricter(tags, shape.name, row.kind);
    else if (shape.form === "brandTag") addStricter(suffixes, shape.suffix, row.kind);
    else addStricter(shape.form === "label" ? labels : words, shape.text.toLowerCase(), row.kind);
  }
  return {
    tags,
    brandSuffixes: [...suffixes],
    clearWords: wordsPattern(termsOf(words, "clear")),
    unclearWords: wordsPattern(termsOf(words, "unclear")),
    clearLabel: labelPattern(termsOf(labels, "clear")),
    unclearLabel: labelPattern(termsOf(labels, "unclear")),
  };
}

let defaultVocabulary: Vocabulary | undefined;

/** The ready-made rows in use (the FTC's terms), compiled on first use so loading the bundle stays cheap. */
export function ftcVocabulary(): Vocabulary {
  defaultVocabulary ??= compileVocabulary(DEFAULT_ROWS);
  return defaultVocabulary;
}

function addStricter(map: Map<string, Kind>, key: string, kind: Kind): void {
  if (map.get(key) !== "unclear") map.set(key, kind);
}

function termsOf(map: ReadonlyMap<string, Kind>, kind: Kind): string[] {
  const terms: string[] = [];
  for (const [term, termKind] of map) if (termKind === kind) terms.push(term);
  // Longest first, so "advertisement feature" wins over "advertisement" where both could match.
  return terms.sort((a, b) => b.length - a.length);
}

/** Whole words: no letter, digit or underscore may touch either end, so "ad" never matches "adventure". */
function wordsPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = terms.map((term) => {
    const before = STARTS_WITH_WORD_CHAR.test(term) ? `(?<!${WORD_CHAR})` : "";
    const after = ENDS_WITH_WORD_CHAR.test(term) ? `(?!${WORD_CHAR})` : "";
    return `${before}${phrase(term)}${after}`;
  });
  return new RegExp(alternatives.join("|"), "iu");
}

function labelPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  return new RegExp(`^\\s*(?:${terms.map(phrase).join("|")})${LABEL_END}`, "iu");
}

/** The term's text, matched literally, with any run of whitespace between its words. */
function phrase(term: string): string {
  return term
    .split(/\s+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"))
    .join("\\s+");
}
