import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeExport } from "../../../src/core/import/decode";
import { MAX_BYTES, MAX_ROWS } from "../../../src/core/import/limits";
import { readExport } from "../../../src/core/import/read";
import { csv, fixturePosts, instagramCsv } from "./fixtures";

const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = Buffer.from(text, "utf16le");
  if (!littleEndian) out.swap16();
  const mark = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array([...(bom ? mark : []), ...out]);
}

function refused(result: ReturnType<typeof readExport>): string {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.message;
}

describe("decodeExport reads a picked file's bytes like TextDecoder, in any runtime", () => {
  const text = "Permalink,Views\nhttps://instagram.com/p/Ä€😀,1 234\n";
  it("decodes UTF-8, with or without a BOM, as TextDecoder does", () => {
    expect(decodeExport(bytes(text))).toEqual({ ok: true, text });
    expect(decodeExport(bytes(`\ufeff${text}`))).toEqual({ ok: true, text });
    const bad = new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82]);
    expect(decodeExport(bad)).toEqual({ ok: true, text: new TextDecoder().decode(bad) });
  });

  it("decodes UTF-16 from Excel, little- or big-endian, with or without a byte-order mark", () => {
    for (const littleEndian of [true, false]) {
      for (const bom of [true, false]) {
        expect(decodeExport(utf16(text, littleEndian, bom))).toEqual({ ok: true, text });
      }
    }
  });

  it("refuses an Excel workbook and says to save it as CSV or paste the rows", () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    const result = decodeExport(xlsx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/Excel workbook.*save it as CSV.*paste/);
  });

  it("refuses a file over the size limit before decoding it", () => {
    const result = decodeExport(new Uint8Array(MAX_BYTES + 1));
    expect(!result.ok && result.message).toMatch(/up to 5 MB/);
  });
});

describe("readExport", () => {
  it("reads a CSV export, strips the BOM and keeps quoted commas and line breaks", () => {
    const result = readExport(
      `\ufeff${csv([
        ["Permalink", "Description"],
        ["x", 'Hi, "you"\nnext line'],
      ])}`,
    );
    expect(result).toEqual({
      ok: true,
      table: {
        headers: ["Permalink", "Description"],
        rows: [["x", 'Hi, "you"\nnext line']],
        lines: [2],
        delimiter: ",",
        decimalComma: false,
      },
    });
  });

  it("reads rows pasted from a spreadsheet (tab-separated)", () => {
    const result = readExport("Post URL\tViews\tRevenue\nhttps://youtu.be/dQw4w9WgXcQ\t1,234\t12.50\n");
    expect(result.ok && result.table).toMatchObject({
      delimiter: "\t",
      decimalComma: false,
      rows: [["https://youtu.be/dQw4w9WgXcQ", "1,234", "12.50"]],
    });
  });

  it("detects a semicolon-separated file with decimal commas", () => {
    const result = readExport("Post URL;Views;Revenue\nhttps://youtu.be/dQw4w9WgXcQ;1.234;1.234,50\n");
    expect(result.ok && result.table).toMatchObject({ delimiter: ";", decimalComma: true });
  });

  it("detects decimal commas in a tab-separated paste from a German sheet", () => {
    const result = readExport("Post URL\tRevenue\nx\t12,50\ny\t1.234,5\n");
    expect(result.ok && result.table.decimalComma).toBe(true);
  });

  it("numbers each row as the file's row a person sees, blank rows and a line break inside a cell counted", () => {
    const text = '\n\nPost URL,Views\n\nhttps://youtu.be/a,1\n,\n"https://youtu.be/b",2\n';
    const result = readExport(text);
    expect(result.ok && result.table.lines).toEqual([5, 7]);
    const multiline = readExport('Post URL,Caption\nx,"two\nlines"\ny,one');
    expect(multiline.ok && multiline.table.lines).toEqual([2, 3]);
  });

  it("pads short rows so every row has a cell per header", () => {
    const result = readExport("Post URL,Views,Likes\nx,1\n");
    expect(result.ok && result.table.rows).toEqual([["x", "1", ""]]);
  });

  it("refuses an empty file, a header without rows, and a file of blank lines", () => {
    expect(refused(readExport(""))).toBe("The file is empty.");
    expect(refused(readExport("\ufeff \r\n\r\n"))).toBe("The file is empty.");
    expect(refused(readExport("Post URL,Views\r\n"))).toBe("The file has a header row but no data rows.");
  });

  it("refuses unbalanced quotes and names the row", () => {
    const message = refused(readExport('Post URL,Caption,Views\nx,"fine",1\ny,"never closed,2\nz,ok,3\n'));
    expect(message).toMatch(/^Row 3 has a quotation mark that is never closed/);
  });

  it("refuses a workbook's bytes read as text, and UTF-16 read as something else", () => {
    expect(refused(readExport("PK\u0003\u0004\u0014\u0000\u0006"))).toMatch(/Excel workbook/);
    expect(refused(readExport("P\u0000e\u0000r\u0000m\u0000,\u0000"))).toMatch(/UTF-16.*CSV UTF-8/);
  });

  it("refuses files over the limits, saying the limit", () => {
    expect(refused(readExport("a,b\n1,2", { byteLength: MAX_BYTES + 1 }))).toMatch(/up to 5 MB/);
    const many = `Post URL,Views\n${"x,1\n".repeat(MAX_ROWS + 1)}`;
    expect(refused(readExport(many))).toMatch(/50,001 rows; the import reads up to 50,000/);
  });

  it("reads a generated Instagram export whole", () => {
    const result = readExport(instagramCsv(fixturePosts("maya", 5, (i) => `C${i}abc`)));
    expect(result.ok && result.table.rows.length).toBe(5);
  });
});

describe("decodeExport against TextDecoder on random bytes", () => {
  it("decodes any byte sequence exactly as TextDecoder does", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (raw) => {
        // Keep the UTF-16 and workbook sniffing out of the way: lead with an ASCII letter.
        const input = new Uint8Array([0x61, 0x62, ...raw]);
        const decoded = decodeExport(input);
        if (!decoded.ok) return true;
        expect(decoded.text).toBe(new TextDecoder().decode(input));
        return true;
      }),
      { numRuns: 500 },
    );
  });
});
