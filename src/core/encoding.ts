/**
 * UTF-8 and base64 in plain code: Apps Script has neither TextEncoder nor btoa, and src/core runs
 * unchanged there, in Node and in the sidebar.
 */

/** The code point at `i`; a lone surrogate counts as U+FFFD, as TextEncoder would write it. */
function codePointAt(text: string, i: number): number {
  const code = text.codePointAt(i) ?? 0xfffd;
  return code >= 0xd800 && code <= 0xdfff ? 0xfffd : code;
}

function utf8Width(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** How many bytes `text` takes in UTF-8, without building them. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = codePointAt(text, i);
    if (codePoint > 0xffff) i++;
    bytes += utf8Width(codePoint);
  }
  return bytes;
}

/** The UTF-8 bytes of one code point, appended to `out`. */
function pushCodePoint(out: number[], codePoint: number): void {
  const width = utf8Width(codePoint);
  if (width === 1) {
    out.push(codePoint);
    return;
  }
  const lead = [0, 0, 0xc0, 0xe0, 0xf0][width] ?? 0;
  out.push(lead | (codePoint >> (6 * (width - 1))));
  for (let shift = 6 * (width - 2); shift >= 0; shift -= 6) out.push(0x80 | ((codePoint >> shift) & 0x3f));
}

export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const codePoint = codePointAt(text, i);
    if (codePoint > 0xffff) i++;
    pushCodePoint(out, codePoint);
  }
  return out;
}

/** `text` split into whole characters (surrogate pairs kept together), each with its UTF-8 bytes. */
export function utf8Chars(text: string): { char: string; bytes: number[] }[] {
  const chars: { char: string; bytes: number[] }[] = [];
  for (let i = 0; i < text.length; i++) {
    const codePoint = codePointAt(text, i);
    const char = codePoint > 0xffff ? text.slice(i, ++i + 1) : text.charAt(i);
    const bytes: number[] = [];
    pushCodePoint(bytes, codePoint);
    chars.push({ char, bytes });
  }
  return chars;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
// The URL-safe alphabet differs only in its last two letters.
const BASE64_URL = `${BASE64.slice(0, 62)}-_`;

function encode(bytes: readonly number[], alphabet: string): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += alphabet.charAt(n >> 18) + alphabet.charAt((n >> 12) & 63);
    out += b === undefined ? "=" : alphabet.charAt((n >> 6) & 63);
    out += c === undefined ? "=" : alphabet.charAt(n & 63);
  }
  return out;
}

/** Standard base64 (RFC 4648 §4), padded. */
export function base64(bytes: readonly number[]): string {
  return encode(bytes, BASE64);
}

/** base64url (RFC 4648 §5), padded like Apps Script's Utilities.base64EncodeWebSafe. */
export function base64Url(bytes: readonly number[]): string {
  return encode(bytes, BASE64_URL);
}
