import { shapeOf } from "./terms";
import { FTC_ROWS, type Kind, type VocabularyRow } from "./vocabulary";

/**
 * Words and phrases of both kinds, found in one pass: `any` finds a candidate fast, `kinds` tells its
 * kind (by its lower-cased text, single-spaced), `each` (longest first) retries a spot whose first
 * candidate is not whole words.
 */
export interface WordSearch {
  /** For the lower-cased caption; `anyCase` when lower-casing changes its length (a rare "İ"). */
  readonly any: RegExp;
  readonly anyCase: RegExp;
  readonly each: readonly RegExp[];
  readonly kinds: ReadonlyMap<string, Kind>;
}

/** A vocabulary ready to check captions with; build it once per call, not once per caption. */
export interface Vocabulary {
  /** Hashtag names, lower-cased, NFC. */
  readonly tags: ReadonlyMap<string, Kind>;
  /** `#[brand]suffix` rows by suffix. */
  readonly brandSuffixes: readonly (readonly [suffix: string, kind: Kind])[];
  /** Words and phrases anywhere; null when there are none. */
  readonly words: WordSearch | null;
  /** Labels that open the caption. */
  readonly clearLabel: RegExp | null;
  readonly unclearLabel: RegExp | null;
}

const ASCII_WORD_START = /^[a-z0-9_]/;
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
    words: wordSearch(words),
    clearLabel: labelPattern(termsOf(labels, "clear")),
    unclearLabel: labelPattern(termsOf(labels, "unclear")),
  };
}

let defaultVocabulary: Vocabulary | undefined;

/** The ready-made rows in use (the FTC's terms), compiled on first use so loading the bundle stays cheap. */
export function ftcVocabulary(): Vocabulary {
  defaultVocabulary ??= compileVocabulary(FTC_ROWS);
  return defaultVocabulary;
}

function addStricter(map: Map<string, Kind>, key: string, kind: Kind): void {
  if (map.get(key) !== "unclear") map.set(key, kind);
}

function termsOf(map: ReadonlyMap<string, Kind>, kind: Kind): string[] {
  const terms: string[] = [];
  for (const [term, termKind] of map) if (termKind === kind) terms.push(term);
  return terms;
}

/**
 * Every word term in one pattern, for findWords to check the ends of. No lookbehind, no `u` and no `i`
 * flag on a lower-cased caption, and an ASCII \b in front of terms that start with a-z or 0-9 (a cheap
 * first filter; findWords then checks the Unicode boundaries): each of those makes a column of 100,000
 * captions run markedly slower.
 */
function wordSearch(words: ReadonlyMap<string, Kind>): WordSearch | null {
  if (words.size === 0) return null;
  const kinds = new Map<string, Kind>();
  for (const [term, kind] of words) kinds.set(singleSpaced(term), kind);
  // Longest first, so "advertisement feature" wins over "advertisement" where both could match.
  const terms = [...words.keys()].sort((a, b) => b.length - a.length);
  const patterns = terms.map(phrase);
  const ascii = patterns.filter((_, i) => ASCII_WORD_START.test(terms[i] ?? ""));
  const other = patterns.filter((_, i) => !ASCII_WORD_START.test(terms[i] ?? ""));
  const any = [...(ascii.length > 0 ? [`\\b(?:${ascii.join("|")})`] : []), ...other].join("|");
  return {
    any: new RegExp(any, "g"),
    anyCase: new RegExp(any, "gi"),
    each: patterns.map((pattern) => new RegExp(pattern, "iy")),
    kinds,
  };
}

/** How a matched word or phrase is looked up in `kinds`. */
export function singleSpaced(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
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
