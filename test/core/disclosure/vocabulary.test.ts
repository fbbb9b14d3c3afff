import { describe, expect, it } from "vitest";
import {
  checkDisclosure,
  compileVocabulary,
  DEFAULT_ROWS,
  readVocabularyTable,
  VOCABULARY_HEADER,
  vocabularyTable,
} from "../../../src/core/disclosure";

describe("the ready-made vocabulary", () => {
  it("has the FTC's terms in use and every other market off", () => {
    for (const row of DEFAULT_ROWS) expect(row.use).toBe(row.market === "US");
    const markets = new Set(DEFAULT_ROWS.map((row) => row.market));
    expect([...markets]).toEqual(["US", "UK", "Germany", "France", "Spain"]);
  });

  it("names a source on every row", () => {
    for (const row of DEFAULT_ROWS) expect(row.source).not.toBe("");
  });

  it("reads back from its own Settings table unchanged", () => {
    const table = vocabularyTable(DEFAULT_ROWS);
    expect(table[0]).toEqual([...VOCABULARY_HEADER]);
    expect(readVocabularyTable(table, "Settings: disclosure terms")).toEqual(DEFAULT_ROWS);
  });
});

describe("compileVocabulary and checkDisclosure, as the report and the brief call them", () => {
  it("checks captions against a team's table compiled once", () => {
    const rows = readVocabularyTable(
      [
        ["Term", "Kind", "Use"],
        ["#광고", "Clear", "Yes"],
        ["협찬", "Clear", "Yes"],
        ["#ad", "Clear", "No"],
      ],
      "Settings: disclosure terms",
    );
    const vocabulary = compileVocabulary(rows);
    expect(checkDisclosure("새 신발 #광고", vocabulary)).toBe("Disclosed");
    expect(checkDisclosure("이 영상은 협찬을 받았습니다", vocabulary)).toBe("Missing");
    expect(checkDisclosure("협찬: 새 신발", vocabulary)).toBe("Disclosed");
    expect(checkDisclosure("New shoes #ad", vocabulary)).toBe("Missing");
  });

  it("names the table in its messages", () => {
    expect(() =>
      readVocabularyTable(
        [
          ["Term", "Kind"],
          ["#ad", "?"],
        ],
        "Settings: disclosure terms",
      ),
    ).toThrow('Settings: disclosure terms row 2 (#ad): kind must be Clear or Unclear, got "?"');
  });

  it("matches a team's accented word written in either Unicode form of the tag", () => {
    const vocabulary = compileVocabulary([
      { term: "#publicité", kind: "clear", market: "France", use: true, source: "" },
    ]);
    expect(checkDisclosure("#publicité nouvelles", vocabulary)).toBe("Disclosed");
    expect(checkDisclosure("#publicite\u0301 nouvelles", vocabulary)).toBe("Disclosed");
  });
});
