import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64, base64Url, utf8Bytes, utf8Chars, utf8Length } from "../../src/core/encoding";

/** Any UTF-16 text, lone surrogates included (a pasted half emoji). */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

describe("UTF-8 without TextEncoder", () => {
  it("writes the bytes Node's encoder writes, lone surrogates as U+FFFD", () => {
    expect(utf8Bytes("Zoë 🎉")).toEqual([...Buffer.from("Zoë 🎉", "utf8")]);
    expect(utf8Bytes("a\ud83c")).toEqual([0x61, 0xef, 0xbf, 0xbd]);
    fc.assert(
      fc.property(anyText, (text) => {
        expect(utf8Bytes(text)).toEqual([...Buffer.from(text, "utf8")]);
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
      }),
    );
  });

  it("splits text into whole characters, never half an emoji", () => {
    expect(utf8Chars("é🎉").map((c) => c.char)).toEqual(["é", "🎉"]);
    fc.assert(
      fc.property(anyText, (text) => {
        const chars = utf8Chars(text);
        expect(chars.map((c) => c.char).join("")).toBe(text);
        expect(chars.flatMap((c) => c.bytes)).toEqual(utf8Bytes(text));
      }),
    );
  });
});

describe("base64 without btoa", () => {
  it("matches Node's standard and URL-safe alphabets, padded", () => {
    expect(base64([0xfb, 0xff])).toBe("+/8=");
    expect(base64Url([0xfb, 0xff])).toBe("-_8=");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const list = [...bytes];
        expect(base64(list)).toBe(Buffer.from(bytes).toString("base64"));
        expect(Buffer.from(base64Url(list), "base64url")).toEqual(Buffer.from(bytes));
        expect(base64Url(list)).toMatch(/^[A-Za-z0-9_-]*=*$/);
      }),
    );
  });
});
