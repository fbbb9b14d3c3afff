import Papa from "papaparse";
import { grouped } from "../text";
import { NOT_CSV, tooBig } from "./decode";
import { MAX_BYTES, MAX_ROWS } from "./limits";
import type { ExportTable } from "./table";

/**
 * A CSV file's or a paste's text to a table of strings, with papaparse doing the quoting and the
 * delimiter guess. Every file the import cannot use is refused here with one message and no rows.
 * This is the only module of the import that needs papaparse; planning (which Apps Script runs) does not.
 */

export type ReadResult = { ok: true; table: ExportTable } | { ok: false; message: string };

export interface ReadFacts {
  /** The file's size in bytes, when it came from a file (a paste has none). */
  byteLength?: number;
}

const COMMA_DECIMAL = /^[+-]?[$€£]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$|^[+-]?[$€£]?\d+,(?:\d{1,2}|\d{4,})$/;
const POINT_DECIMAL = /^[+-]?[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?[$€£]?\d+\.(?:\d{1,2}|\d{4,})$/;

/** Which way the file writes decimals, by a vote of its unambiguous numbers; a tie goes by the delimiter. */
function usesDecimalComma(rows: string[][], delimiter: string): boolean {
  let votes = 0;
  const limit = Math.min(rows.length, 500);
  for (let r = 0; r < limit; r++) {
    for (const cell of rows[r] as string[]) {
      const text = cell.trim();
      if (COMMA_DECIMAL.test(text)) votes++;
      else if (POINT_DECIMAL.test(text)) votes--;
    }
  }
  return votes > 0 || (votes === 0 && delimiter === ";");
}

/** Rows of only spaces or empty cells (",,,") are not rows; papaparse's "greedy" check costs more. */
function hasText(row: string[]): boolean {
  for (const cell of row) if (cell.trim() !== "") return true;
  return false;
}

function refuse(message: string): ReadResult {
  return { ok: false, message };
}

function byteProblem(text: string, facts: ReadFacts): string | undefined {
  const size = facts.byteLength ?? text.length;
  if (size > MAX_BYTES) return tooBig(size);
  if (text.startsWith("PK\u0003\u0004") || text.startsWith("\u00d0\u00cf\u0011\u00e0")) return NOT_CSV;
  if (text.includes("\u0000")) {
    return "This file is saved as UTF-16 (Excel's “Unicode Text”) and was read as something else. Save it as “CSV UTF-8” and import that, or copy the rows and paste them here.";
  }
  if (text.trim() === "") return "The file is empty.";
  return undefined;
}

/** The table in a CSV file's or a paste's text, or the one reason it cannot be imported. */
export function readExport(input: string, facts: ReadFacts = {}): ReadResult {
  const text = input.replace(/^\ufeff/, "");
  const problem = byteProblem(text, facts);
  if (problem) return refuse(problem);
  // Blank lines are kept (and dropped below) so every row keeps the number a person sees; the
  // delimiter is guessed without them, as papaparse's guess counts a blank line as a one-column row.
  const { delimiter } = Papa.parse<string[]>(text, {
    delimitersToGuess: [",", "\t", ";"],
    skipEmptyLines: true,
    preview: 100,
  }).meta;
  const parsed = Papa.parse<string[]>(text, { delimiter });
  const quote = parsed.errors.find((error) => error.type === "Quotes");
  if (quote) {
    return refuse(
      `Row ${(quote.row ?? 0) + 1} has a quotation mark that is never closed, so the rest of the file cannot be read. Fix that row (or save the file again from the spreadsheet) and import it again.`,
    );
  }
  const kept: string[][] = [];
  const numbers: number[] = [];
  parsed.data.forEach((row, i) => {
    if (!hasText(row)) return;
    kept.push(row);
    numbers.push(i + 1);
  });
  const [first = [], ...rows] = kept;
  const headers = first.map((header) => header.replace(/^\ufeff/, "").trim());
  if (rows.length === 0) return refuse("The file has a header row but no data rows.");
  if (rows.length > MAX_ROWS) {
    return refuse(
      `The file has ${grouped(rows.length)} rows; the import reads up to ${grouped(MAX_ROWS)}. Split it (for example by date) and import the parts.`,
    );
  }
  const width = headers.length;
  const padded = rows.map((row) =>
    row.length >= width ? row : row.concat(Array(width - row.length).fill("")),
  );
  return {
    ok: true,
    table: {
      headers,
      rows: padded,
      lines: numbers.slice(1),
      delimiter,
      decimalComma: usesDecimalComma(padded, delimiter),
    },
  };
}
