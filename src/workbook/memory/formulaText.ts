/**
 * Rewrites of formula text between Sheets' spelling and what HyperFormula understands. String
 * literals ("E2:E" inside quotes) are never touched.
 */

/** A sheet's rows when it is created in Sheets; writes past the last row add rows. */
export const DEFAULT_GRID_ROWS = 1000;
/** Columns of a new sheet (A to Z), as in Sheets. */
export const DEFAULT_GRID_COLUMNS = 26;

const STRING_LITERAL = /"(?:[^"]|"")*"/g;
export const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!`;
// A column range with no end row: "E2:E", "$E$2:$G", "Settings!A2:A", "E:E". The lookahead keeps
// "E2:E10" and function names out.
const COLUMN_RANGE = new RegExp(
  String.raw`(^|[^\w$.!'])(${SHEET_PREFIX})?(\$?[A-Za-z]{1,3})(\$?\d+)?:(\$?[A-Za-z]{1,3})(?![\w$(!.:])`,
  "g",
);
const SHEET_REFERENCE = new RegExp(String.raw`(^|[^\w$.!'])(${SHEET_PREFIX})`, "g");

/** Applies `rewrite` to the parts of a formula outside string literals. */
export function outsideStrings(formula: string, rewrite: (code: string) => string): string {
  let result = "";
  let last = 0;
  for (const match of formula.matchAll(STRING_LITERAL)) {
    const index = match.index ?? 0;
    result += rewrite(formula.slice(last, index)) + match[0];
    last = index + match[0].length;
  }
  return result + rewrite(formula.slice(last));
}

export function sheetNameOf(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Whether a formula has a range that runs to the bottom of a sheet ("E2:E" or "E:E"). */
export function hasColumnRange(formula: string): boolean {
  return someColumnRange(formula, () => true);
}

/** Whether a formula has a range like "E2:E", which Sheets reads and Excel does not. */
export function hasOpenEndedRange(formula: string): boolean {
  return someColumnRange(formula, (startRow) => startRow !== undefined);
}

function someColumnRange(formula: string, test: (startRow: string | undefined) => boolean): boolean {
  if (!formula.includes(":")) return false;
  let found = false;
  outsideStrings(formula, (code) => {
    for (const match of code.matchAll(COLUMN_RANGE)) if (test(match[4])) found = true;
    return code;
  });
  return found;
}

/**
 * Sheets reads "E2:E" as E2 down to the sheet's last row and "E:E" as the whole column; HyperFormula
 * has no open-ended ranges, so both are closed at the referenced sheet's current row count.
 */
export function closeColumnRanges(
  formula: string,
  ownSheet: string,
  gridRows: (sheet: string) => number,
): string {
  if (!formula.includes(":")) return formula;
  return outsideStrings(formula, (code) =>
    code.replace(
      COLUMN_RANGE,
      (
        _match,
        before: string,
        prefix: string | undefined,
        startCol: string,
        startRow: string | undefined,
        endCol: string,
      ) => {
        const rows = gridRows(prefix ? sheetNameOf(prefix) : ownSheet);
        return `${before}${prefix ?? ""}${startCol}${startRow ?? "1"}:${endCol}${rows}`;
      },
    ),
  );
}

/** The formula with references to sheet `from` pointing at `to`, as Sheets rewrites them on a rename. */
export function renameSheetReferences(formula: string, from: string, to: string): string {
  if (!formula.includes("!")) return formula;
  const wanted = from.toLowerCase();
  return outsideStrings(formula, (code) =>
    code.replace(SHEET_REFERENCE, (match, before: string, prefix: string) =>
      sheetNameOf(prefix).toLowerCase() === wanted ? `${before}${sheetPrefix(to)}` : match,
    ),
  );
}

/** How a formula names a sheet: bare when it is a plain word, quoted otherwise. */
function sheetPrefix(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/**
 * Sheets' array literals as HSTACK/VSTACK calls: `{"Tier";TIER(E2:E)}` becomes
 * `VSTACK("Tier",TIER(E2:E))`. HyperFormula computes a literal once and never again when the cells it
 * reads change; the functions are recomputed like any other.
 */
export function stackArrayLiterals(formula: string): string {
  return formula.includes("{") ? convertLiterals(formula) : formula;
}

function convertLiterals(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(text, i);
      out += text.slice(i, end);
      i = end;
    } else if (ch === "{") {
      const close = closingBrace(text, i);
      if (close === -1) return out + text.slice(i);
      out += stackOf(text.slice(i + 1, close));
      i = close + 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

function stackOf(inner: string): string {
  const rows = splitTopLevel(inner, ";").map((row) => {
    const cells = splitTopLevel(row, ",").map(convertLiterals);
    return cells.length === 1 ? (cells[0] ?? "") : `HSTACK(${cells.join(",")})`;
  });
  return rows.length === 1 ? (rows[0] ?? "") : `VSTACK(${rows.join(",")})`;
}

/** Index just past a string literal ("…" with "" inside) or a quoted sheet name ('…' with ''). */
function quotedEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return i + 1;
      i += 2;
    } else {
      i += 1;
    }
  }
  return text.length;
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      i = quotedEnd(text, i);
      continue;
    }
    if (ch === "{" || ch === "(") depth += 1;
    if (ch === "}" || ch === ")") depth -= 1;
    if (depth === 0) return ch === "}" ? i : -1;
    i += 1;
  }
  return -1;
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      i = quotedEnd(text, i);
      continue;
    }
    if (ch === "{" || ch === "(") depth += 1;
    else if (ch === "}" || ch === ")") depth -= 1;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
    i += 1;
  }
  parts.push(text.slice(start));
  return parts;
}
