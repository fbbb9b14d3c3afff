import { base64, base64Url, utf8Bytes, utf8Chars } from "../encoding";

/**
 * The RFC 5322 message behind a Gmail draft, built here so the Gmail API advanced service can take it
 * as `raw` (base64url): that API needs only the gmail.compose scope, where GmailApp needs the whole
 * mailbox. The message is plain ASCII with CRLF line ends and no line over 76 characters: non-ASCII
 * header text goes in RFC 2047 encoded-words, and both bodies (text and HTML, UTF-8) in base64.
 */

export interface MailAddress {
  email: string;
  /** Shown instead of the address, e.g. "Doe, Jane" or "Zoë"; may hold any character. */
  name?: string;
}

export interface DraftMessage {
  from?: MailAddress;
  to: MailAddress[];
  subject: string;
  text: string;
  html: string;
  date: Date;
}

const MAX_LINE = 76;
/** 36 bytes make 48 base64 characters, a 60-character encoded-word: it fits after "Subject: ". */
const WORD_BYTES = 36;
const CRLF = "\r\n";
/** Printable ASCII with no space at either end: safe as an unencoded header value. */
const PLAIN = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const ADDRESS = /^[!#-'*+\-/-9=?A-Z^-~.]+@[A-Za-z0-9.-]+$/;

/** The message as a string of ASCII characters, CRLF line ends. */
export function mimeMessage(message: DraftMessage): string {
  if (message.to.length === 0) throw new Error("A draft needs at least one recipient.");
  const boundary = `=_InfluencerDesk_${hash(message.subject + message.text + message.html)}`;
  const headers = [
    ...(message.from ? [fold("From", mailboxTokens([message.from]))] : []),
    fold("To", mailboxTokens(message.to)),
    fold("Subject", subjectTokens(message.subject)),
    `Date: ${rfc5322Date(message.date)}`,
    "MIME-Version: 1.0",
    // "=_" never occurs in base64 text, so the boundary cannot appear in either part.
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  return [
    ...headers,
    "",
    `--${boundary}`,
    ...textPart("text/plain", message.text),
    `--${boundary}`,
    ...textPart("text/html", message.html),
    `--${boundary}--`,
    "",
  ].join(CRLF);
}

/** The message as the Gmail API's `message.raw` wants it: base64url. */
export function rawMessage(message: DraftMessage): string {
  const ascii = mimeMessage(message);
  const bytes: number[] = [];
  for (let i = 0; i < ascii.length; i++) bytes.push(ascii.charCodeAt(i));
  return base64Url(bytes);
}

function textPart(type: string, content: string): string[] {
  const canonical = content.replace(/\r\n|\r|\n/g, CRLF);
  const encoded = base64(utf8Bytes(canonical));
  return [
    `Content-Type: ${type}; charset=UTF-8`,
    "Content-Transfer-Encoding: base64",
    "",
    ...(encoded.match(/.{1,76}/g) ?? []),
  ];
}

/** A header line folded between tokens so no line passes MAX_LINE (one token never splits). */
function fold(name: string, tokens: string[]): string {
  let line = `${name}:`;
  const lines: string[] = [];
  for (const token of tokens) {
    if (line.length + 1 + token.length > MAX_LINE && line.trim() !== `${name}:`) {
      lines.push(line);
      line = "";
    }
    line += ` ${token}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** A header holds one line: line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ");
}

function subjectTokens(subject: string): string[] {
  const text = oneLine(subject);
  if (text === "") return [];
  const fitsPlain = PLAIN.test(text) && !text.includes("=?") && `Subject: ${text}`.length <= MAX_LINE;
  return fitsPlain ? [text] : encodedWords(text);
}

function mailboxTokens(mailboxes: MailAddress[]): string[] {
  return mailboxes.flatMap((mailbox, i) => {
    const tokens = [...nameTokens(mailbox.name), `<${checkedAddress(mailbox.email)}>`];
    if (i < mailboxes.length - 1) tokens[tokens.length - 1] += ",";
    return tokens;
  });
}

/** ASCII names go in a quoted-string (commas and quotes kept); others, or long ones, in encoded-words. */
function nameTokens(name: string | undefined): string[] {
  const text = oneLine(name ?? "").trim();
  if (text === "") return [];
  const quoted = `"${text.replace(/[\\"]/g, "\\$&")}"`;
  return PLAIN.test(text) && !text.includes("=?") && quoted.length <= 40 ? [quoted] : encodedWords(text);
}

/** An ASCII address with nothing that could break out of the header (no spaces, <, >, commas). */
export function isDraftAddress(email: string): boolean {
  return ADDRESS.test(email.trim());
}

function checkedAddress(email: string): string {
  if (!isDraftAddress(email)) throw new Error(`"${email}" is not an e-mail address a draft can go to.`);
  return email.trim();
}

/** RFC 2047 "B" encoded-words of whole characters, WORD_BYTES at most each. */
function encodedWords(text: string): string[] {
  const words: string[] = [];
  let bytes: number[] = [];
  for (const char of utf8Chars(text)) {
    if (bytes.length + char.bytes.length > WORD_BYTES) {
      words.push(`=?UTF-8?B?${base64(bytes)}?=`);
      bytes = [];
    }
    bytes.push(...char.bytes);
  }
  if (bytes.length > 0) words.push(`=?UTF-8?B?${base64(bytes)}?=`);
  return words;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Sun, 29 Nov 2026 21:04:46 +0000" (RFC 5322 §3.3), in UTC. */
function rfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time} +0000`;
}

/** FNV-1a, so the same draft gets the same boundary (no randomness to make tests flaky). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
