/** How Sheets stores what setValues is given: strings are read as if a person typed them. */

export type Stored = string | number | boolean | Date;

export interface Content {
  /** What getValues returns. For a formula: "" unless the test supplies a result. */
  value: Stored;
  /** What getFormulas returns; "" when the cell holds no formula. */
  formula: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+\.?\d*|\.\d+))%$/;

/**
 * Parses one value given to setValue/setValues, or undefined for an emptied cell.
 * Modelled: "=…" formulas, a leading apostrophe (rest stored as text), plain and percent numbers,
 * TRUE/FALSE in any case. Not modelled: dates typed as text, currency and thousands separators.
 */
export function entered(input: unknown): Content | undefined {
  if (input === null || input === undefined || input === "") return undefined;
  if (input instanceof Date) return { value: new Date(input.getTime()), formula: "" };
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: "" };
  const text = String(input);
  if (text.startsWith("'")) return text.length > 1 ? { value: text.slice(1), formula: "" } : undefined;
  if (text.startsWith("=") && text.length > 1) return { value: "", formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), formula: "" };
  const percent = PERCENT.exec(trimmed);
  if (percent?.[1]) return { value: Number(percent[1]) / 100, formula: "" };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true", formula: "" };
  return { value: text, formula: "" };
}

/** Values leave the fake as copies, as they leave Google's servers. */
export function copyOut(value: Stored): Stored {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B2" or "A1:C10" → 1-based row, column and size. */
export function parseA1(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
  const match = /^([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?$/.exec(a1.trim());
  if (!match?.[1] || !match[2]) throw new Error("Range not found");
  const row = Number(match[2]);
  const column = columnNumber(match[1]);
  const lastRow = match[4] ? Number(match[4]) : row;
  const lastColumn = match[3] ? columnNumber(match[3]) : column;
  return {
    row: Math.min(row, lastRow),
    column: Math.min(column, lastColumn),
    numRows: Math.abs(lastRow - row) + 1,
    numColumns: Math.abs(lastColumn - column) + 1,
  };
}

// A1 references with an optional sheet ("Roster!", "'My sheet'!"), a cell or a closed range.
const REFERENCE =
  /(^|[^\w$.!'])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?)(\d+)(?::(\$?[A-Za-z]{1,3}\$?)(\d+))?(?![\w$(!.:])/g;

/**
 * A formula on sheet `host` after rows `start`… (`count` of them) of sheet `removed.sheet` are
 * deleted, as Sheets rewrites it: a reference below moves up, a reference to a deleted cell becomes
 * #REF!, a range that loses some rows shrinks. Text inside "…" is left alone. Not modelled: open-ended
 * ranges ("E2:E"), whole rows ("3:3") and named ranges.
 */
export function rowsRemovedFromFormula(
  formula: string,
  host: string,
  removed: { sheet: string; start: number; count: number },
): string {
  const end = removed.start + removed.count - 1;
  const up = (row: number) => (row > end ? row - removed.count : row);
  const shift = (code: string) =>
    code.replace(
      REFERENCE,
      (match, before: string, prefix = "", col: string, row: string, col2?: string, row2?: string) => {
        const sheet = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'") : host;
        if (sheet !== removed.sheet) return match;
        const first = Number(row);
        const last = row2 === undefined ? first : Number(row2);
        if (first >= removed.start && last <= end) return `${before}#REF!`;
        const top = first >= removed.start && first <= end ? removed.start : up(first);
        const bottom = last >= removed.start && last <= end ? removed.start - 1 : up(last);
        return row2 === undefined
          ? `${before}${prefix}${col}${top}`
          : `${before}${prefix}${col}${top}:${col2}${bottom}`;
      },
    );
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : shift(part)))
    .join("");
}

/** A formula with sheet `from` named `to` ("Posts!A1" → "'Post log'!A1"); text inside "…" is left alone. */
export function renamedInFormula(formula: string, from: string, to: string): string {
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
  const target = /^[A-Za-z_][\w.]*$/.test(to) ? `${to}!` : quoted(to);
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .split(quoted(from))
            .join(target)
            .replace(bare(from), (_, before: string) => `${before}${target}`),
    )
    .join("");
}

function bare(name: string): RegExp {
  return new RegExp(`(^|[^\\w.'])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}!`, "g");
}
