import { describe, expect, it } from "vitest";
import { blankBrief } from "../../../src/core/brief/blank";
import { checkBrief } from "../../../src/core/brief/checks";
import { compileVocabulary, DEFAULT_ROWS } from "../../../src/core/disclosure";
import { sampleBrief } from "./sampleBrief";

const today = "2025-03-15";
const locale = "en_US";
const campaign = { start: "2025-03-20", end: "2025-04-30" };

describe("checkBrief", () => {
  it("finds nothing wrong with a complete brief inside its campaign", () => {
    expect(checkBrief(sampleBrief(), { campaign, today, locale })).toEqual({ errors: [], warnings: [] });
  });

  it("lists every required field a blank brief is missing", () => {
    const { errors } = checkBrief(blankBrief("Instagram"), { today, locale });
    expect(errors.map((error) => error.field)).toEqual([
      "campaign",
      "product",
      "objective",
      "summary",
      "compensation",
      "keyMessages",
      "timeline.draftDue",
      "timeline.approval",
      "timeline.goLive",
      "deliverables.0.format",
    ]);
  });

  it("asks for a deliverable when the list is empty", () => {
    const { errors } = checkBrief({ ...blankBrief("Instagram"), deliverables: [] }, { today, locale });
    expect(errors).toContainEqual({ field: "deliverables", message: "Add at least one deliverable." });
  });

  it("does not count blank key messages", () => {
    const { errors } = checkBrief({ ...sampleBrief(), keyMessages: ["  ", ""] }, { today, locale });
    expect(errors).toEqual([{ field: "keyMessages", message: "Add at least one key message." }]);
  });

  it("says when the timeline runs backwards", () => {
    const brief = {
      ...sampleBrief(),
      timeline: { draftDue: "2025-04-05", approval: "2025-04-03", goLive: "2025-04-02" },
    };
    expect(checkBrief(brief, { today, locale }).errors).toEqual([
      {
        field: "timeline.approval",
        message:
          "Approval (Apr 3, 2025) is before draft due (Apr 5, 2025); the order is draft due, approval, go-live.",
      },
      {
        field: "timeline.goLive",
        message:
          "Go-live (Apr 2, 2025) is before approval (Apr 3, 2025); the order is draft due, approval, go-live.",
      },
    ]);
  });

  it("compares go-live with the draft date when approval is not set yet", () => {
    const brief = {
      ...sampleBrief(),
      timeline: { draftDue: "2025-04-05", approval: "", goLive: "2025-04-01" },
    };
    expect(checkBrief(brief, { today, locale }).errors).toEqual([
      { field: "timeline.approval", message: "Add the date you will approve the draft by." },
      {
        field: "timeline.goLive",
        message:
          "Go-live (Apr 1, 2025) is before draft due (Apr 5, 2025); the order is draft due, approval, go-live.",
      },
    ]);
  });

  it("accepts dates on the campaign's first and last day", () => {
    const brief = {
      ...sampleBrief(),
      timeline: { draftDue: "2025-03-20", approval: "2025-03-20", goLive: "2025-04-30" },
    };
    expect(checkBrief(brief, { campaign, today, locale }).errors).toEqual([]);
  });

  it("flags timeline and deliverable dates outside the campaign", () => {
    const brief = sampleBrief();
    brief.timeline = { draftDue: "2025-03-19", approval: "2025-03-25", goLive: "2025-05-01" };
    brief.deliverables = [
      { platform: "YouTube", format: "YouTube video", quantity: 1, dueDate: "2025-05-02" },
    ];
    expect(checkBrief(brief, { campaign, today, locale }).errors).toEqual([
      {
        field: "timeline.draftDue",
        message: "Draft due (Mar 19, 2025) is before the campaign starts (Mar 20, 2025).",
      },
      {
        field: "timeline.goLive",
        message: "Go-live (May 1, 2025) is after the campaign ends (Apr 30, 2025).",
      },
      {
        field: "deliverables.0.dueDate",
        message: "Deliverable 1: due date (May 2, 2025) is after the campaign ends (Apr 30, 2025).",
      },
    ]);
  });

  it("checks only the campaign end when there is no start date", () => {
    const brief = {
      ...sampleBrief(),
      timeline: { draftDue: "2025-01-02", approval: "2025-01-03", goLive: "2025-04-08" },
    };
    expect(
      checkBrief(brief, { campaign: { end: "2025-04-30" }, today: "2025-01-01", locale }).errors,
    ).toEqual([]);
  });

  it("warns about a date already past and a deliverable without a due date", () => {
    const brief = sampleBrief();
    brief.deliverables = [{ platform: "Instagram", format: "Story", quantity: 3, dueDate: "" }];
    expect(checkBrief(brief, { today: "2025-04-02", locale }).warnings).toEqual([
      {
        field: "timeline.draftDue",
        message: "Draft due (Apr 1, 2025) is already past; move it so the creator has time.",
      },
      { field: "deliverables.0.dueDate", message: "Deliverable 1 has no due date." },
    ]);
  });

  describe("disclosure", () => {
    const warningsFor = (disclosure: string) =>
      checkBrief(
        { ...sampleBrief(), mandatory: { ...sampleBrief().mandatory, disclosure } },
        { today, locale },
      ).warnings;

    it("warns when the disclosure is removed", () => {
      expect(warningsFor("   ")).toEqual([
        {
          field: "mandatory.disclosure",
          message:
            "The FTC disclosure is blank. Creators must disclose the partnership; fill it in for the platforms in this brief.",
        },
      ]);
    });

    it("warns when it has no disclosure word", () => {
      expect(warningsFor("Mention that we sent you the product").map((warning) => warning.field)).toEqual([
        "mandatory.disclosure",
      ]);
      expect(warningsFor("#adidas #adventure").map((warning) => warning.field)).toEqual([
        "mandatory.disclosure",
      ]);
    });

    it("warns when it uses only terms the FTC calls unclear", () => {
      expect(warningsFor("Add #sp and #collab at the end")).toEqual([
        {
          field: "mandatory.disclosure",
          message:
            'The disclosure uses only terms the FTC calls unclear, such as #sp, #collab or "affiliate link" (Settings › Disclosure terms); ask for a clear one such as #ad.',
        },
      ]);
    });

    it("accepts the FTC's gift and affiliate wording", () => {
      for (const disclosure of [
        "Say you got it as a free product",
        "Write: I get commissions for purchases",
      ]) {
        expect(warningsFor(disclosure)).toEqual([]);
      }
    });

    it("uses the team's disclosure terms when given", () => {
      const brief = {
        ...sampleBrief(),
        mandatory: { ...sampleBrief().mandatory, disclosure: "#Werbung am Anfang" },
      };
      expect(checkBrief(brief, { today, locale }).warnings.map((warning) => warning.field)).toEqual([
        "mandatory.disclosure",
      ]);
      const german = compileVocabulary(
        DEFAULT_ROWS.map((row) => (row.market === "Germany" ? { ...row, use: true } : row)),
      );
      expect(checkBrief(brief, { today, locale, vocabulary: german }).warnings).toEqual([]);
      const noHashtagAd = compileVocabulary(DEFAULT_ROWS.filter((row) => row.term !== "#ad"));
      const ad = { ...brief, mandatory: { ...brief.mandatory, disclosure: "Start with #ad" } };
      expect(checkBrief(ad, { today, locale, vocabulary: noHashtagAd }).warnings.map((w) => w.field)).toEqual(
        ["mandatory.disclosure"],
      );
    });

    it("accepts #ad, sponsored, paid partnership or advertisement in any case", () => {
      for (const disclosure of [
        "Start with #AD",
        "Say it is Sponsored",
        "Use the Paid Partnership label",
        "Advertisement",
      ]) {
        expect(warningsFor(disclosure)).toEqual([]);
      }
    });
  });

  describe("scripted key messages", () => {
    const warningsFor = (keyMessages: string[]) =>
      checkBrief({ ...sampleBrief(), keyMessages }, { today, locale }).warnings;

    it("warns about a message longer than 25 words", () => {
      const long = `${"word ".repeat(26).trim()}`;
      expect(warningsFor(["Short point", long])).toEqual([
        {
          field: "keyMessages.1",
          message:
            "Key message 2 reads like a script (26 words). Scripted lines read as ads and perform poorly; give the creator talking points to say in their own words.",
        },
      ]);
      expect(warningsFor(["word ".repeat(25)])).toEqual([]);
    });

    it("warns about a quoted line of six words or more, straight or curly quotes", () => {
      expect(warningsFor(['Say "this serum changed my morning routine" on camera'])).toEqual([
        {
          field: "keyMessages.0",
          message:
            'Key message 1 gives a line to read word for word ("this serum changed my morning routine"). Scripted lines read as ads and perform poorly; give the creator talking points to say in their own words.',
        },
      ]);
      expect(warningsFor(["End with “I can't start my day without it”"]).map((w) => w.field)).toEqual([
        "keyMessages.0",
      ]);
    });

    it("lets short quotes such as product names through", () => {
      expect(
        warningsFor(['Call it "Glow Serum"', "Mention “fragrance-free, vegan and gentle” as facts"]),
      ).toEqual([]);
    });
  });
});
