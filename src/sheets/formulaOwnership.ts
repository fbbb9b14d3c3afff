import { sheetRef } from "./a1";
import { SETTINGS_SHEET } from "./layouts/settings";

/**
 * Ownership of formulas: a formula is the add-on's only if it is exactly what one of our templates
 * writes, up to the cell references the add-on computes. The check is generated from the template
 * itself: the template is rendered with placeholders for the parts that vary (column letters, row
 * numbers, Settings ranges, the header label of an array formula) and the rest must match letter
 * for letter. A team's `=TIER(E2, MyTiers!$A$1:$B$3)` or `=SUMIFS(…)+500` is therefore theirs.
 */

/** Placeholders a template is rendered with; each stands for one varying part. */
export interface Slots {
  /** A column letter, e.g. the "E" of E2:E. */
  letter: string;
  /** A row number. */
  row: string;
  /** A row number for templates that take a number; it stands for any row. */
  rowNumber: number;
  /** An absolute range of a Settings table, e.g. Settings!$A$12:$B$21. */
  settings: string;
  /** The text inside an array formula's quoted header label. */
  label: string;
  /** A part given as a ready pattern (a group of column references whose shape depends on the layout). */
  raw(pattern: string): string;
}

const LETTER = "[A-Z]{1,3}";
const ROW = "[1-9][0-9]*";
const SETTINGS = `${literal(sheetRef(SETTINGS_SHEET))}!\\$A\\$${ROW}:\\$${LETTER}\\$${ROW}`;
const LABEL = '(?:[^"]|"")*';

// Private-use characters never appear in a formula we write, so they cannot be mistaken for text.
const MARK = { letter: "\uE000", row: "\uE001", settings: "\uE002", label: "\uE003", raw: "\uE004" };

/** Text as a pattern that matches exactly it. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Far beyond the rows a sheet can have (10 million cells), so it never stands for itself.
const ROW_NUMBER = 987654321;

/** The pattern text of one rendering: literal text escaped, placeholders widened (raw parts in order). */
function patternOf(rendered: string, parts: string[]): string {
  const raws = [...parts];
  return rendered
    .split(String(ROW_NUMBER))
    .map((part) => partPattern(part, raws))
    .join(ROW);
}

function partPattern(rendered: string, raws: string[]): string {
  let out = "";
  for (const ch of rendered) {
    if (ch === MARK.letter) out += LETTER;
    else if (ch === MARK.row) out += ROW;
    else if (ch === MARK.settings) out += SETTINGS;
    else if (ch === MARK.label) out += LABEL;
    else if (ch === MARK.raw) out += raws.shift() ?? "";
    else out += literal(ch);
  }
  return out;
}

/**
 * An anchored pattern matching exactly the formulas the given renderings can produce (several
 * renderings when the template has branches, such as a criterion only some rows get).
 */
export function ownedPattern(...renderings: ((slots: Slots) => string)[]): RegExp {
  const alternatives = renderings.map((render) => {
    const raws: string[] = [];
    const slots: Slots = {
      letter: MARK.letter,
      row: MARK.row,
      rowNumber: ROW_NUMBER,
      settings: MARK.settings,
      label: MARK.label,
      raw: (pattern) => {
        raws.push(pattern);
        return MARK.raw;
      },
    };
    return patternOf(render(slots), raws);
  });
  return new RegExp(`^(?:${alternatives.join("|")})$`);
}

/** Pattern pieces for templates that build their own column groups. */
export const PATTERN = { letter: LETTER, row: ROW };
