import { describe, expect, it } from "vitest";
import { CELL_TEXT_LIMIT } from "../../../src/core/brief/longText";
import { fieldsIn } from "../../../src/core/outreach/merge";
import { STARTER_TEXTS } from "../../../src/core/outreach/starterTexts";
import {
  createTemplate,
  duplicateTemplate,
  nextTemplateId,
  parseTemplate,
  rowToTemplate,
  starterTemplates,
  TEMPLATE_COLUMNS,
  type Template,
  templateToRow,
} from "../../../src/core/outreach/templates";

const now = "2025-03-15T10:00:00.000Z";
const gifting: Template = {
  id: "T1",
  name: "Gifting",
  subject: "Hi {{first name}}",
  body: "Can we send you something?",
  updatedAt: now,
};

describe("parseTemplate", () => {
  it("accepts a filled-in template", () => {
    expect(parseTemplate(gifting)).toEqual({ ok: true, template: gifting });
  });

  it("names each field that is empty or too long", () => {
    const result = parseTemplate({
      ...gifting,
      name: "  ",
      subject: "s".repeat(251),
      body: "b".repeat(20_001),
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "name", message: "Name is empty." },
        { field: "subject", message: "Subject is 251 characters; keep it to 250 or fewer." },
        { field: "body", message: "Body is 20,001 characters; keep it to 20,000 or fewer." },
      ],
    });
  });

  it("accepts a body exactly at the limit", () => {
    expect(parseTemplate({ ...gifting, body: "b".repeat(20_000) }).ok).toBe(true);
  });
});

describe("creating and duplicating", () => {
  it("gives new templates the next free id", () => {
    expect(nextTemplateId([])).toBe("T1");
    expect(nextTemplateId([{ id: "T2" }, { id: "T10" }, { id: "custom" }])).toBe("T11");
    const created = createTemplate([gifting], { name: "Follow-up", subject: "Quick nudge", body: "Hi" }, now);
    expect(created).toEqual({
      id: "T2",
      name: "Follow-up",
      subject: "Quick nudge",
      body: "Hi",
      updatedAt: now,
    });
  });

  it("names a duplicate Copy of …, then numbers further copies", () => {
    const later = "2025-03-16T08:00:00.000Z";
    const first = duplicateTemplate([gifting], gifting, later);
    expect(first).toEqual({ ...gifting, id: "T2", name: "Copy of Gifting", updatedAt: later });
    const second = duplicateTemplate([gifting, first], gifting, later);
    expect(second.name).toBe("Copy of Gifting (2)");
    expect(second.id).toBe("T3");
  });

  it("cuts a long name so the copy still fits the 100-character limit", () => {
    const long = { ...gifting, name: "N".repeat(100) };
    const copy = duplicateTemplate([long], long, now);
    expect(copy.name).toBe(`Copy of ${"N".repeat(92)}`);
    expect(parseTemplate(copy).ok).toBe(true);
  });
});

describe("templates in the sheet", () => {
  it("maps a template to a row and back", () => {
    const row = templateToRow(gifting);
    expect(row).toEqual({
      "Template id": "T1",
      Name: "Gifting",
      Subject: "Hi {{first name}}",
      Updated: now,
      Body: gifting.body,
    });
    expect(Object.keys(row)).toEqual([...TEMPLATE_COLUMNS]);
    expect(rowToTemplate(row)).toEqual(gifting);
  });

  it("splits a body longer than a cell across Body, Body 2, Body 3 and joins it exactly", () => {
    const body = "Dear {{first name}},\n\n".concat("We love your work! ".repeat(6_500));
    expect(body.length).toBeGreaterThan(2 * CELL_TEXT_LIMIT);
    const template = { ...gifting, body };
    const row = templateToRow(template);
    expect(Object.keys(row).filter((header) => header.startsWith("Body"))).toEqual([
      "Body",
      "Body 2",
      "Body 3",
    ]);
    expect(rowToTemplate(row)).toEqual(template);
  });

  it("clears Body cells a longer version left behind", () => {
    const row = templateToRow(gifting, [...TEMPLATE_COLUMNS, "Body 2"]);
    expect(row["Body 2"]).toBe("");
  });

  it("skips rows without an id and reads dates Sheets converted", () => {
    expect(rowToTemplate({ "Template id": "", Name: "Stray note" })).toBeNull();
    const read = rowToTemplate({
      "template id": "T4",
      name: "Renewal",
      subject: 2025,
      body: "Hi",
      updated: new Date(now),
    });
    expect(read).toEqual({ id: "T4", name: "Renewal", subject: "2025", body: "Hi", updatedAt: now });
  });
});

describe("starter templates", () => {
  const starters = starterTemplates(STARTER_TEXTS, now);

  it("covers the outreach a program runs", () => {
    expect(starters.map((template) => template.name)).toEqual([
      "First contact: gifting offer",
      "Paid partnership proposal",
      "Follow-up",
      "Brief delivery",
      "Thank-you",
      "Renewal",
    ]);
    expect(starters.map((template) => template.id)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6"]);
  });

  it("are all valid and use only Roster fields", () => {
    const rosterFields = ["first name", "Handle", "Platform", "Owner", "Promo code", "brief link"];
    for (const template of starters) {
      expect(parseTemplate(template).ok).toBe(true);
      expect(fieldsIn(template).every((field) => rosterFields.includes(field))).toBe(true);
    }
  });
});
