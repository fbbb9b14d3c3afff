import { MAX_BYTES } from "./limits";

/**
 * A picked file's bytes to text, without TextDecoder (Apps Script has none, and one decoder for the
 * sidebar, the CLI and the tests keeps them reading files the same way): UTF-8, and UTF-16 as Excel's
 * "Unicode Text" writes it (with or without a byte-order mark). Zip containers (.xlsx) and old .xls
 * files are refused with what to do instead.
 */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

export const NOT_CSV =
  "This is an Excel workbook, not a CSV file. In Excel or Sheets, save it as CSV (File › Download › CSV), or copy the rows and paste them here.";

export function tooBig(bytes: number): string {
  return `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the import reads files up to ${MAX_BYTES / 1024 / 1024} MB. Split it (for example by date) and import the parts.`;
}

function utf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
  const chunks: string[] = [];
  const units: number[] = [];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    units.push(littleEndian ? a | (b << 8) : (a << 8) | b);
    if (units.length === 8192) chunks.push(String.fromCharCode(...units.splice(0)));
  }
  chunks.push(String.fromCharCode(...units));
  return chunks.join("");
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 0;
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/** Allowed range of the byte after a lead byte: what rules out overlong forms and surrogates. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * One character at `at`: its code point and byte length, or U+FFFD over the longest valid prefix
 * of a broken sequence (the WHATWG rule TextDecoder follows, so both read a bad byte alike).
 */
function codePointAt(bytes: Uint8Array, at: number): [number, number] {
  const lead = bytes[at] as number;
  const count = sequenceLength(lead);
  if (count === 0) return [lead, 1];
  if (count < 0) return [0xfffd, 1];
  let point = lead & (0x3f >> count);
  for (let k = 1; k <= count; k++) {
    const byte = bytes[at + k];
    const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
    if (byte === undefined || byte < low || byte > high) return [0xfffd, k];
    point = (point << 6) | (byte & 0x3f);
  }
  return [point, count + 1];
}

function utf8(bytes: Uint8Array, start: number): string {
  const chunks: string[] = [];
  const units: number[] = [];
  let i = start;
  while (i < bytes.length) {
    const [point, length] = codePointAt(bytes, i);
    if (point > 0xffff) units.push(0xd800 + ((point - 0x10000) >> 10), 0xdc00 + ((point - 0x10000) & 0x3ff));
    else units.push(point);
    i += length;
    if (units.length >= 8192) chunks.push(String.fromCharCode(...units.splice(0)));
  }
  chunks.push(String.fromCharCode(...units));
  return chunks.join("");
}

/** NULs in every other byte of the first few hundred: UTF-16 saved without a byte-order mark. */
function nulEvery2(bytes: Uint8Array, offset: number): boolean {
  const end = Math.min(bytes.length, 400);
  if (end < 4) return false;
  let nuls = 0;
  for (let i = offset; i < end; i += 2) if (bytes[i] === 0) nuls++;
  return nuls >= (end / 2) * 0.9;
}

/** The text of a picked file, or why it cannot be read. */
export function decodeExport(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) return { ok: false, message: tooBig(bytes.length) };
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if ((b0 === 0x50 && b1 === 0x4b) || (b0 === 0xd0 && b1 === 0xcf)) return { ok: false, message: NOT_CSV };
  if (b0 === 0xff && b1 === 0xfe) return { ok: true, text: utf16(bytes, 2, true) };
  if (b0 === 0xfe && b1 === 0xff) return { ok: true, text: utf16(bytes, 2, false) };
  if (nulEvery2(bytes, 1)) return { ok: true, text: utf16(bytes, 0, true) };
  if (nulEvery2(bytes, 0)) return { ok: true, text: utf16(bytes, 0, false) };
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 3 : 0;
  return { ok: true, text: utf8(bytes, bom) };
}
