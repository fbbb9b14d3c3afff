import fc from "fast-check";
import PostalMime, { type Email } from "postal-mime";
import { describe, expect, it } from "vitest";
import { type DraftMessage, mimeMessage, rawMessage } from "../../../src/core/outreach/mime";

const date = new Date("2026-11-29T21:04:46Z");
const draft = (overrides: Partial<DraftMessage> = {}): DraftMessage => ({
  from: { email: "team@trailbrand.com", name: "Trail Brand Team" },
  to: [{ email: "mia@example.com", name: "Mia Chen" }],
  subject: "Spring Trail Launch",
  text: "Hi Mia,\nWe would love to work with you.",
  html: "<p>Hi Mia,</p><p>We would love to work with you.</p>",
  date,
  ...overrides,
});

const parse = (message: DraftMessage): Promise<Email> => PostalMime.parse(mimeMessage(message));
const header = (email: Email, key: string) => email.headers.find((h) => h.key === key)?.value;
const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, "\r\n");

/** What a mail client checks first: CRLF only, no line over 78 characters, ASCII only. */
function expectWellFormed(mime: string): void {
  expect(mime).toMatch(/^[\x20-\x7e\r\n]*$/);
  expect(mime.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of mime.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
}

describe("the draft's MIME message, read back by postal-mime", () => {
  it("has the headers Gmail needs and a text and an HTML alternative", async () => {
    const mime = mimeMessage(draft());
    const email = await PostalMime.parse(mime);

    expect(email.from).toEqual({ name: "Trail Brand Team", address: "team@trailbrand.com" });
    expect(email.to).toEqual([{ name: "Mia Chen", address: "mia@example.com" }]);
    expect(email.subject).toBe("Spring Trail Launch");
    expect(email.date).toBe("2026-11-29T21:04:46.000Z");
    expect(header(email, "mime-version")).toBe("1.0");
    expect(header(email, "content-type")).toMatch(/^multipart\/alternative; boundary=/);
    expect(email.text).toBe("Hi Mia,\r\nWe would love to work with you.");
    expect(email.html).toBe("<p>Hi Mia,</p><p>We would love to work with you.</p>");
    expect(email.messageId).toBeUndefined();
    expect(mime).toContain("Subject: Spring Trail Launch\r\n");
    expectWellFormed(mime);
  });

  it("keeps names with commas, quotes and accents in To, each with its own address", async () => {
    const to = [
      { email: "jane@example.com", name: "Doe, Jane" },
      { email: "sam@example.com", name: 'Sam "The Hiker" O\'Neil' },
      { email: "zoe@example.com", name: "Zoë Ålund" },
      { email: "kai@example.com" },
      {
        email: "li@example.com",
        name: "李小龍 (Trail Crew), a name long enough to need several encoded-words",
      },
    ];
    const mime = mimeMessage(draft({ to }));
    const email = await PostalMime.parse(mime);

    expect(email.to).toEqual(to.map(({ email: address, name }) => ({ address, name: name ?? "" })));
    expect(mime).toContain('"Doe, Jane" <jane@example.com>');
    expectWellFormed(mime);
  });

  it("encodes a subject that is not plain ASCII, emoji and long ones included, and Gmail reads it back", async () => {
    const subjects = [
      "Zoë, résumé and café ☕",
      "🎉 Spring launch 🏔️👩🏽‍💻",
      `Spring Trail Launch: ${"a really long subject, ".repeat(12)}the end`,
      "Ünïcödé everywhere ".repeat(10),
      "=?UTF-8?B?not-an-encoded-word?=",
      " spaces at both ends ",
    ];
    for (const subject of subjects) {
      const mime = mimeMessage(draft({ subject }));
      expect((await PostalMime.parse(mime)).subject).toBe(subject);
      expect(mime).toMatch(/^Subject: =\?UTF-8\?B\?/m);
      expectWellFormed(mime);
    }
  });

  it("puts a subject's line breaks on one line", async () => {
    expect((await parse(draft({ subject: "Spring\r\nBcc: everyone@example.com" }))).subject).toBe(
      "Spring Bcc: everyone@example.com",
    );
  });

  it("decodes both parts back to exactly the text and HTML given, line ends as CRLF", async () => {
    const text = `Hi Zoë,\n\nFrom now on:\n.\n  indented line  \n${"x".repeat(300)}\n🎉`;
    const html = `<p>Hi Zoë 🎉</p>\n<p>${"<b>bold</b> ".repeat(60)}</p>`;
    const mime = mimeMessage(draft({ text, html }));
    const email = await PostalMime.parse(mime);

    expect(email.text).toBe(crlf(text));
    expect(email.html).toBe(crlf(html));
    expect(mime).toMatch(/Content-Type: text\/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64/);
    expect(mime).toMatch(/Content-Type: text\/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64/);
    expectWellFormed(mime);
  });

  it("uses a boundary that appears only as the parts' delimiters", () => {
    const mime = mimeMessage(draft({ text: "--=_InfluencerDesk_ is not a boundary here" }));
    const boundary = /boundary="([^"]+)"/.exec(mime)?.[1] ?? "";
    const lines = mime.split("\r\n").filter((line) => line.includes(boundary));
    expect(lines).toEqual([
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      `--${boundary}`,
      `--${boundary}`,
      `--${boundary}--`,
    ]);
  });

  it("refuses an address that is not one, so nothing can be slipped into the headers", () => {
    expect(() => mimeMessage(draft({ to: [] }))).toThrow("A draft needs at least one recipient.");
    for (const email of ["mia at example.com", "mia@example.com>\r\nBcc: all@example.com", "zoë@example.com"])
      expect(() => mimeMessage(draft({ to: [{ email }] }))).toThrow("is not an e-mail address");
  });

  it("gives the whole message as base64url for the Gmail API's raw field", () => {
    const message = draft({ subject: "Zoë? ~~~ >>> ???" });
    const raw = rawMessage(message);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+=*$/);
    expect(Buffer.from(raw, "base64url").toString("latin1")).toBe(mimeMessage(message));
  });
});

describe("any subject, body and name", () => {
  // Header text is one line: line breaks become spaces; names lose surrounding spaces.
  const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ");

  it("round-trips through postal-mime with every line in bounds", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme", maxLength: 120 }),
        fc.string({ unit: "grapheme", maxLength: 400 }),
        fc.string({ unit: "grapheme", maxLength: 60 }),
        async (subject, body, name) => {
          const mime = mimeMessage(
            draft({ subject, text: body, html: `<p>${body}</p>`, to: [{ email: "a@b.co", name }] }),
          );
          const email = await PostalMime.parse(mime);
          expectWellFormed(mime);
          expect(email.subject ?? "").toBe(oneLine(subject));
          // postal-mime leaves out an empty part's text.
          expect(email.text ?? "").toBe(crlf(body));
          expect(email.html).toBe(crlf(`<p>${body}</p>`));
          expect(email.to).toEqual([{ address: "a@b.co", name: oneLine(name).trim() }]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
