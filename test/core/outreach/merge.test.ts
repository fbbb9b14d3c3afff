import { describe, expect, it } from "vitest";
import { fieldsIn, mergeTemplate, unknownFieldsFor } from "../../../src/core/outreach/merge";

const ana = {
  Creator: "Ana Silva",
  Handle: "@ana.glows",
  Platform: "Instagram",
  Email: "ana@example.com",
  Owner: "Sam",
  "Avg link clicks": "1,240",
  "Promo code": "",
};

describe("fieldsIn", () => {
  it("lists each field once, as first written, from subject then body", () => {
    const template = {
      subject: "Hi {{ first name }}",
      body: "{{Handle}} on {{platform}} / {{FIRST   NAME}} {{Handle}}",
    };
    expect(fieldsIn(template)).toEqual(["first name", "Handle", "platform"]);
  });

  it("ignores empty braces and braces across lines", () => {
    expect(fieldsIn({ subject: "{{}} {{ }}", body: "{{Creator\n}}" })).toEqual([]);
  });
});

describe("mergeTemplate", () => {
  it("matches headers whatever the case and spacing", () => {
    const merged = mergeTemplate(
      { subject: "For {{ CREATOR }}", body: "{{  handle }} on {{Platform}}" },
      ana,
    );
    expect(merged).toEqual({
      subject: "For Ana Silva",
      body: "@ana.glows on Instagram",
      unknownFields: [],
      emptyFields: [],
    });
  });

  it("fills the team's own extra columns", () => {
    expect(mergeTemplate({ subject: "", body: "{{Avg link clicks}} clicks" }, ana).body).toBe("1,240 clicks");
  });

  it("derives {{first name}} from Creator when there is no First name column", () => {
    expect(mergeTemplate({ subject: "Hi {{First Name}}", body: "" }, ana).subject).toBe("Hi Ana");
  });

  it("prefers a First name column when the roster has one", () => {
    const row = { ...ana, "First name": "Annie" };
    expect(mergeTemplate({ subject: "Hi {{first name}}", body: "" }, row).subject).toBe("Hi Annie");
  });

  it("keeps unknown fields visible and flags them, and flags blank ones", () => {
    const merged = mergeTemplate(
      {
        subject: "{{Promo code}} inside",
        body: "Code {{Promo code}}, rate {{Rate card}}, again {{rate  card}}",
      },
      ana,
    );
    expect(merged).toEqual({
      subject: " inside",
      body: "Code , rate {{Rate card}}, again {{rate  card}}",
      unknownFields: ["Rate card"],
      emptyFields: ["Promo code"],
    });
  });

  it("never re-reads a merged value as a field", () => {
    const row = { ...ana, Creator: "{{Email}}", Handle: "{{Handle}}" };
    const merged = mergeTemplate({ subject: "{{Creator}}", body: "{{Handle}} / {{Email}}" }, row);
    expect(merged.subject).toBe("{{Email}}");
    expect(merged.body).toBe("{{Handle}} / ana@example.com");
    expect(merged.unknownFields).toEqual([]);
  });

  it("inserts markup and replacement patterns literally", () => {
    const row = { ...ana, Creator: "<img src=x onerror=alert(1)>", Handle: "$& $1 $$" };
    const merged = mergeTemplate({ subject: "{{Creator}}", body: "Hi {{Handle}}" }, row);
    expect(merged.subject).toBe("<img src=x onerror=alert(1)>");
    expect(merged.body).toBe("Hi $& $1 $$");
  });
});

describe("unknownFieldsFor", () => {
  it("checks a template against the Roster headers before any row is merged", () => {
    const template = { subject: "Hi {{first name}}", body: "{{Handle}} {{Promo code}} {{Tier}}" };
    expect(unknownFieldsFor(template, ["Creator", "Handle", "Tier"])).toEqual(["Promo code"]);
    expect(unknownFieldsFor(template, ["Handle", "tier"])).toEqual(["first name", "Promo code"]);
  });
});

describe("{{brief link}}", () => {
  const template = { subject: "Your brief", body: "Here it is: {{brief link}}" };

  it("is known even before the Roster has a Brief link column, and merges as empty there", () => {
    expect(unknownFieldsFor(template, ["Handle"])).toEqual([]);
    expect(mergeTemplate(template, { Handle: "@ana" })).toMatchObject({
      body: "Here it is: ",
      emptyFields: ["brief link"],
    });
  });

  it("fills in the creator's Doc from the Roster's Brief link column", () => {
    const merged = mergeTemplate(template, { "Brief link": "https://docs.google.com/document/d/1" });
    expect(merged.body).toBe("Here it is: https://docs.google.com/document/d/1");
  });
});
