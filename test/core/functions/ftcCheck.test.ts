import { describe, expect, it } from "vitest";
import { DEFAULT_ROWS, vocabularyTable } from "../../../src/core/disclosure";
import { checkDisclosure, FTC_CHECK } from "../../../src/core/functions";

// Sources, quoted in docs/disclosure.md:
// D101 = FTC, "Disclosures 101 for Social Media Influencers", section "How to Disclose".
// FAQ = FTC, "The FTC's Endorsement Guides: What People Are Asking" (2023), the sections named below.
// BLOG = FTC business blog, "Influencers, are your #materialconnection #disclosures #clearandconspicuous?" (2017).

describe("checkDisclosure", () => {
  it("accepts the FTC's clear hashtags in any case", () => {
    expect(checkDisclosure("New running shoes! #ad")).toBe("Disclosed");
    expect(checkDisclosure("New running shoes! #AD")).toBe("Disclosed");
    expect(checkDisclosure("#Advertisement for my friends")).toBe("Disclosed");
    expect(checkDisclosure("Summer look #sponsored")).toBe("Disclosed");
    expect(checkDisclosure("Summer look #PaidPartnership")).toBe("Disclosed");
  });

  it("accepts a brand partner tag with at least one letter before partner", () => {
    expect(checkDisclosure("Race day #NikePartner")).toBe("Disclosed");
    expect(checkDisclosure("Race day #ÉlanPartner")).toBe("Disclosed");
    expect(checkDisclosure("Race day #2024partner")).toBe("Missing");
  });

  it("accepts the words advertisement, sponsored and paid partnership", () => {
    expect(checkDisclosure("Sponsored by Nike: new shoes")).toBe("Disclosed");
    expect(checkDisclosure("This is an advertisement for Nike")).toBe("Disclosed");
    expect(checkDisclosure("Paid  partnership with @nike")).toBe("Disclosed");
    expect(checkDisclosure("not sponsored, just love it")).toBe("Disclosed");
  });

  it("accepts a leading Ad: only at the start", () => {
    expect(checkDisclosure("Ad: my new favourite shoes")).toBe("Disclosed");
    expect(checkDisclosure("  ad : my new favourite shoes")).toBe("Disclosed");
    expect(checkDisclosure("Adidas: my new favourite shoes")).toBe("Missing");
    expect(checkDisclosure("Great ad: my new favourite shoes")).toBe("Missing");
  });

  it("matches whole tags and words only", () => {
    expect(checkDisclosure("Weekend #adventure in the hills")).toBe("Missing");
    expect(checkDisclosure("An unsponsored review")).toBe("Missing");
    expect(checkDisclosure("Advertisements everywhere")).toBe("Missing");
    expect(checkDisclosure("#ad_free living")).toBe("Missing");
  });

  it("accepts a tag followed by punctuation or another tag", () => {
    expect(checkDisclosure("Loving these. #ad.")).toBe("Disclosed");
    expect(checkDisclosure("Loving these #ad#summer")).toBe("Disclosed");
  });

  it("counts a disclosure starting within the first 125 characters as up front", () => {
    const at = (index: number) => `${"a".repeat(index - 1)} #ad`;
    expect(at(124).indexOf("#")).toBe(124);
    expect(checkDisclosure(at(124))).toBe("Disclosed");
    expect(checkDisclosure(at(125))).toBe("Not up front");
    expect(checkDisclosure(at(130))).toBe("Not up front");
    expect(checkDisclosure(`${"a".repeat(120)} sponsored`)).toBe("Disclosed");
  });

  it("counts an emoji as one character when placing the disclosure", () => {
    const caption = `${"🌊".repeat(10)}${"a".repeat(110)} #ad`;
    expect(caption.indexOf("#")).toBe(131);
    expect(checkDisclosure(caption)).toBe("Disclosed");
  });

  it("calls the FTC's vague tags Unclear, and #ads too", () => {
    for (const tag of ["#sp", "#spon", "#collab", "#partner", "#thanks", "#ambassador", "#ads"]) {
      expect(checkDisclosure(`Fun shoot ${tag}`)).toBe("Unclear");
    }
  });

  it("prefers a clear disclosure over vague tags", () => {
    expect(checkDisclosure("#collab #spon #ad")).toBe("Disclosed");
    expect(checkDisclosure(`#collab ${"a".repeat(130)} #ad`)).toBe("Not up front");
  });

  it("says Missing when there is no signal at all", () => {
    expect(checkDisclosure("Sunset run #running #fitness")).toBe("Missing");
  });
});

describe("issue 13: captions the FTC's guidance calls disclosures", () => {
  it("counts a gift said plainly", () => {
    // D101, "Use simple and clear language": "Thanks to Acme brand for the free product".
    expect(checkDisclosure("Thanks to @summitgear for the free product!")).toBe("Disclosed");
    expect(checkDisclosure("Gifted by @summitgear — loving these shoes")).toBe("Disclosed");
    expect(checkDisclosure("#gifted new shoes from @summitgear")).toBe("Disclosed");
    // FAQ, "Is there special wording I have to use?": "Company X gave me this product to try".
    expect(checkDisclosure("Summit Gear gave me this product to try and I love it")).toBe("Disclosed");
    expect(checkDisclosure("Summit Gear sent me this product to try")).toBe("Disclosed");
  });

  it("counts an affiliate disclosure that says what the link earns", () => {
    // FAQ, affiliate marketing: "I get commissions for purchases made through links in this post."
    expect(checkDisclosure("I get commissions for purchases made through links in this post")).toBe(
      "Disclosed",
    );
    expect(checkDisclosure("As an Amazon Associate I earn from qualifying purchases. Link in bio")).toBe(
      "Disclosed",
    );
    expect(checkDisclosure("New pack! I may earn a commission if you buy through my link")).toBe("Disclosed");
  });

  it("calls a bare affiliate word Unclear, to be conservative", () => {
    // D101: "stay away from other abbreviations and shorthand"; the ASA advises against "Affiliate" alone.
    expect(checkDisclosure("#affiliate link in bio")).toBe("Unclear");
    expect(checkDisclosure("Shop my picks (affiliate link) below")).toBe("Unclear");
  });

  it("counts a leading Ad set off by punctuation", () => {
    // D101: terms like "advertisement," "ad," and "sponsored".
    expect(checkDisclosure("AD | trail day")).toBe("Disclosed");
    expect(checkDisclosure("Ad - new shoes")).toBe("Disclosed");
    expect(checkDisclosure("Ad — new shoes")).toBe("Disclosed");
    expect(checkDisclosure("Ad-free living, finally")).toBe("Missing");
    expect(checkDisclosure("Adventure | trail day")).toBe("Missing");
  });

  it("counts a brand partner or ambassador tag, not the bare word", () => {
    // D101: on a space-limited platform "AcmePartner" or "AcmeAmbassador" are options; don't use
    // stand-alone terms like "thanks" or "ambassador".
    expect(checkDisclosure("#SummitGear_Ambassador trail day")).toBe("Disclosed");
    expect(checkDisclosure("#SummitGearAmbassador trail day")).toBe("Disclosed");
    expect(checkDisclosure("#SummitGear_Partner trail day")).toBe("Disclosed");
    expect(checkDisclosure("#ambassador trail day")).toBe("Unclear");
    expect(checkDisclosure("#_ambassador trail day")).toBe("Missing");
  });

  it("leaves other markets' words to the team: Missing for the FTC", () => {
    expect(checkDisclosure("Anzeige | Neue Schuhe")).toBe("Missing");
    expect(checkDisclosure("#Werbung neue Schuhe")).toBe("Missing");
    expect(checkDisclosure("#publi zapatillas nuevas")).toBe("Missing");
  });

  it("follows the FTC's list of good and vague words", () => {
    // D101: "advertisement," "ad," and "sponsored"; a hashtag such as #ad or #sponsored.
    expect(checkDisclosure("Advertisement: spring collection")).toBe("Disclosed");
    expect(checkDisclosure("#sponsored spring collection")).toBe("Disclosed");
    // D101: don't use vague or confusing terms like "sp," "spon," or "collab," or stand-alone "thanks".
    for (const tag of ["#sp", "#spon", "#collab", "#thanks"]) {
      expect(checkDisclosure(`${tag} spring collection`)).toBe("Unclear");
    }
    // BLOG: vague terms like "Thank you," "#partner," and "#sp".
    expect(checkDisclosure("#thankyou @summitgear")).toBe("Unclear");
    expect(checkDisclosure("#partner @summitgear")).toBe("Unclear");
  });

  it("keeps the 125-character rule for gift and affiliate words", () => {
    expect(checkDisclosure(`${"a".repeat(130)} thanks for the free product`)).toBe("Not up front");
    expect(checkDisclosure(`${"a".repeat(130)} I get commissions on this`)).toBe("Not up front");
  });

  it("matches phrases across any whitespace and whole words only", () => {
    expect(checkDisclosure("I get\ncommissions for purchases")).toBe("Disclosed");
    expect(checkDisclosure("paid\t partnership with @brand")).toBe("Disclosed");
    expect(checkDisclosure("Ungifted by nature")).toBe("Missing");
    expect(checkDisclosure("giftedness runs in the family")).toBe("Missing");
  });
});

/** A rules table like the Settings one: the ready-made rows, edited. */
function rulesWith(edit: (rows: string[][]) => string[][]): string[][] {
  const [header, ...rows] = vocabularyTable(DEFAULT_ROWS);
  return [header ?? [], ...edit(rows)];
}
const useMarket = (market: string) => (rows: string[][]) =>
  rows.map((row) => (row[2] === market ? [row[0] ?? "", row[1] ?? "", market, "Yes", row[4] ?? ""] : row));

describe("FTC_CHECK with a rules table", () => {
  it("gives the same answers as no table for the ready-made rows", () => {
    const rules = vocabularyTable(DEFAULT_ROWS);
    const captions = [["#ad new"], ["#spon new"], ["#adventure"], ["Anzeige | Neue Schuhe"]];
    expect(FTC_CHECK(captions, rules)).toEqual(FTC_CHECK(captions));
  });

  it("uses a row a team adds, in any script", () => {
    const rules = rulesWith((rows) => [...rows, ["#광고", "Clear", "Korea", "Yes", "KFTC"]]);
    expect(FTC_CHECK("새 신발 #광고", rules)).toBe("Disclosed");
    expect(FTC_CHECK("새 신발 #광고", vocabularyTable(DEFAULT_ROWS))).toBe("Missing");
  });

  it("matches accented terms in any case", () => {
    const rules = rulesWith(useMarket("France"));
    expect(FTC_CHECK("PUBLICITÉ — nouvelles chaussures", rules)).toBe("Disclosed");
    expect(FTC_CHECK("#publicité nouvelles chaussures", rules)).toBe("Disclosed");
    expect(FTC_CHECK("Collaboration   commerciale avec @marque", rules)).toBe("Disclosed");
    expect(FTC_CHECK("publicités anciennes", rules)).toBe("Missing");
  });

  it("stops counting a default row the team turns off or removes", () => {
    const off = rulesWith((rows) => rows.map((row) => (row[0] === "#ad" ? [...row.slice(0, 3), "No"] : row)));
    expect(FTC_CHECK("New shoes #ad", off)).toBe("Missing");
    const removed = rulesWith((rows) => rows.filter((row) => row[0] !== "#ad"));
    expect(FTC_CHECK("New shoes #ad", removed)).toBe("Missing");
    expect(FTC_CHECK("New shoes #sponsored", removed)).toBe("Disclosed");
  });

  it("counts German words once the team switches Germany on", () => {
    const rules = rulesWith(useMarket("Germany"));
    expect(FTC_CHECK([["Anzeige | Neue Schuhe"], ["#Werbung neue Schuhe"], ["Werbeverbot"]], rules)).toEqual([
      ["Disclosed"],
      ["Disclosed"],
      ["Missing"],
    ]);
    expect(FTC_CHECK("Neue Schuhe, powered by @marke", rules)).toBe("Unclear");
  });

  it("counts Spanish words once the team switches Spain on", () => {
    const rules = rulesWith(useMarket("Spain"));
    expect(FTC_CHECK("#publi zapatillas nuevas", rules)).toBe("Disclosed");
    expect(FTC_CHECK("Publicidad: zapatillas nuevas", rules)).toBe("Disclosed");
  });

  it("takes the stricter kind when two markets disagree on a term", () => {
    // The FTC takes "sponsored"; the ASA advises against it. A post seen in both must satisfy both.
    const rules = rulesWith(useMarket("UK"));
    expect(FTC_CHECK("Sponsored by @summitgear", rules)).toBe("Unclear");
    expect(FTC_CHECK("Ad: sponsored by @summitgear", rules)).toBe("Disclosed");
    expect(FTC_CHECK("#gifted new shoes", rules)).toBe("Unclear");
  });

  it("reads the columns in any order by header name, and without a header in the usual order", () => {
    const reordered = [
      ["Use", "Source", "Kind", "Term"],
      [true, "team", "Clear", "#werbung"],
      [false, "team", "Clear", "#ad"],
    ];
    expect(FTC_CHECK([["#Werbung"], ["#ad"]], reordered)).toEqual([["Disclosed"], ["Missing"]]);
    expect(FTC_CHECK("#promo new", [["#promo", "Clear"]])).toBe("Disclosed");
    expect(
      FTC_CHECK("#promo new", [
        ["Term", "Kind"],
        ["#promo", "unclear"],
      ]),
    ).toBe("Unclear");
  });

  it("refuses a bad table with one error naming the function, the argument and the fault", () => {
    expect(() => FTC_CHECK("#ad", "#ad")).toThrow(
      'FTC_CHECK: rules must be a range of disclosure terms (Term, Kind, Market, Use, Source), got "#ad"',
    );
    expect(() => FTC_CHECK("#ad", [[""]])).toThrow("FTC_CHECK: rules is empty");
    expect(() =>
      FTC_CHECK("#ad", [
        ["Term", "Kind"],
        ["#ad", "Maybe"],
      ]),
    ).toThrow('FTC_CHECK: rules row 2 (#ad): kind must be Clear or Unclear, got "Maybe"');
    expect(() =>
      FTC_CHECK("#ad", [
        ["Term", "Kind", "Use"],
        ["#ad", "Clear", ""],
      ]),
    ).toThrow("FTC_CHECK: rules row 2 (#ad): use must be Yes or No, got a blank cell");
    expect(() =>
      FTC_CHECK("#ad", [
        ["Term", "Kind", "Use"],
        ["#ad", "Clear", "No"],
      ]),
    ).toThrow("FTC_CHECK: rules has no terms in use; set Use to Yes on at least one row");
    expect(() =>
      FTC_CHECK("#ad", [
        ["Term", "Kind"],
        ["#paid partnership", "Clear"],
      ]),
    ).toThrow('FTC_CHECK: rules row 2: term "#paid partnership" is not one hashtag');
    expect(() =>
      FTC_CHECK("#ad", [
        ["Term", "Kind"],
        ["", "Clear"],
      ]),
    ).toThrow("FTC_CHECK: rules row 2: term is blank");
    expect(() => FTC_CHECK("#ad", [["Term", "Kind", "Colour"]])).toThrow(
      'FTC_CHECK: rules column "Colour" is not one of Term, Kind, Market, Use, Source',
    );
    expect(() =>
      FTC_CHECK("#ad", [
        ["Term", "Market"],
        ["#ad", "US"],
      ]),
    ).toThrow("FTC_CHECK: rules has no Kind column");
    expect(() => FTC_CHECK("#ad", [["#ad"]])).toThrow("FTC_CHECK: rules must be 2 to 5 columns");
  });

  it("reads the table once for a whole column", () => {
    const rules = rulesWith(useMarket("Germany"));
    const captions = Array.from({ length: 1000 }, (_, i) => [i % 2 === 0 ? "#Werbung" : "#adventure"]);
    const result = FTC_CHECK(captions, rules) as string[][];
    expect(result.filter(([answer]) => answer === "Disclosed")).toHaveLength(500);
  });
});

describe("FTC_CHECK", () => {
  it("checks one caption", () => {
    expect(FTC_CHECK("Loving my new running shoes #ad @nike")).toBe("Disclosed");
  });

  it("checks a column, leaving blank captions blank", () => {
    expect(FTC_CHECK([["#ad"], [""], ["#spon"], ["  "], ["nothing here"]])).toEqual([
      ["Disclosed"],
      [""],
      ["Unclear"],
      [""],
      ["Missing"],
    ]);
  });

  it("treats a number as its text and a blank as blank", () => {
    expect(FTC_CHECK(12345)).toBe("Missing");
    expect(FTC_CHECK("")).toBe("");
  });

  it("refuses a caption range wider than one column", () => {
    expect(() => FTC_CHECK([["#ad", "#summer"]])).toThrow(
      "FTC_CHECK: caption must be one column, got a range 2 columns wide",
    );
  });
});
