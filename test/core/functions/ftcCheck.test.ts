import { describe, expect, it } from "vitest";
import { checkDisclosure, FTC_CHECK } from "../../../src/core/functions";

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
