import { describe, expect, it } from "vitest";
import {
  type DraftRequest,
  DraftSelectionSchema,
  planDrafts,
  type RosterRow,
} from "../../../src/core/outreach/drafts";
import { draftCap, outreachLogRow } from "../../../src/core/outreach/outreachLog";

const today = "2025-03-15";
const template = { subject: "Hi {{first name}}", body: "Loved {{Handle}} on {{Platform}}. {{Owner}}" };

function creator(
  row: number,
  creator: string,
  handle: string,
  email: string,
  status: string,
  tier = "Micro",
): RosterRow {
  return {
    row,
    values: {
      Creator: creator,
      Handle: handle,
      Platform: "TikTok",
      Email: email,
      Status: status,
      Tier: tier,
      Owner: "Sam",
    },
  };
}

const roster: RosterRow[] = [
  creator(2, "Ana Silva", "@ana", "ana@example.com", "Prospect"),
  creator(3, "Ben Ode", "@ben", "", "Prospect"),
  creator(4, "Cai Lin", "@cai", "cai@example", "Prospect", "Macro"),
  creator(5, "Dee Park", "@dee", "dee@example.com", "Active", "Macro"),
  creator(6, "Eli Moss", "@eli", "eli@example.com", " prospect ", "Nano"),
];

const request = (overrides: Partial<DraftRequest>): DraftRequest => ({
  roster,
  selection: { rows: [2] },
  template,
  allowance: { left: 100, cap: 100 },
  today,
  ...overrides,
});

describe("planDrafts", () => {
  it("drafts a merged e-mail for each selected row and marks Prospects as Contacted", () => {
    const plan = planDrafts(request({ selection: { rows: [5, 2] } }));
    expect(plan.drafts).toEqual([
      {
        row: 2,
        handle: "@ana",
        name: "Ana Silva",
        recipients: ["ana@example.com"],
        to: "ana@example.com",
        subject: "Hi Ana",
        body: "Loved @ana on TikTok. Sam",
        emptyFields: [],
      },
      {
        row: 5,
        handle: "@dee",
        name: "Dee Park",
        recipients: ["dee@example.com"],
        to: "dee@example.com",
        subject: "Hi Dee",
        body: "Loved @dee on TikTok. Sam",
        emptyFields: [],
      },
    ]);
    expect(plan.skipped).toEqual([]);
    expect(plan.updates).toEqual([
      { row: 2, lastContacted: today, status: "Contacted" },
      { row: 5, lastContacted: today },
    ]);
  });

  it("says why a creator is skipped: no e-mail, invalid e-mail, not a Roster row", () => {
    const plan = planDrafts(request({ selection: { rows: [3, 4, 40] } }));
    expect(plan.drafts).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.skipped).toEqual([
      { row: 3, handle: "@ben", reason: "No e-mail address in the Email column." },
      { row: 4, handle: "@cai", reason: 'The e-mail address "cai@example" is not valid.' },
      { row: 40, handle: "", reason: "Row 40 has no creator on the Roster." },
    ]);
  });

  it("skips an address a draft's To line cannot carry (letters outside ASCII), saying why", () => {
    const zoe = creator(7, "Zoë", "@zoe", "zoë@example.com", "Prospect");
    const plan = planDrafts(request({ roster: [...roster, zoe], selection: { rows: [2, 7] } }));
    expect(plan.drafts.map((draft) => draft.row)).toEqual([2]);
    expect(plan.skipped).toEqual([
      {
        row: 7,
        handle: "@zoe",
        reason:
          "The e-mail address \"zoë@example.com\" has letters outside plain ASCII, which a draft's To line cannot carry; type the address the creator's mail provider gives in ASCII.",
      },
    ]);
  });

  it("selects by status and tier, ignoring case and spaces", () => {
    const byStatus = planDrafts(request({ selection: { filter: { status: ["prospect"] } } }));
    expect(byStatus.drafts.map((draft) => draft.row)).toEqual([2, 6]);
    expect(byStatus.skipped.map((skip) => skip.row)).toEqual([3, 4]);
    const byBoth = planDrafts(
      request({ selection: { filter: { status: ["Prospect", "Active"], tier: ["macro"] } } }),
    );
    expect(byBoth.drafts.map((draft) => draft.row)).toEqual([5]);
    expect(byBoth.skipped.map((skip) => skip.row)).toEqual([4]);
  });

  it("moves only Prospect to Contacted and leaves other statuses alone", () => {
    const plan = planDrafts(request({ selection: { rows: [2, 5, 6] } }));
    expect(plan.updates).toEqual([
      { row: 2, lastContacted: today, status: "Contacted" },
      { row: 5, lastContacted: today },
      { row: 6, lastContacted: today, status: "Contacted" },
    ]);
  });

  it("stops at the team's daily cap and tells the rest to run again tomorrow", () => {
    const plan = planDrafts(request({ selection: { rows: [2, 3, 5, 6] }, allowance: { left: 1, cap: 20 } }));
    expect(plan.drafts.map((draft) => draft.row)).toEqual([2]);
    expect(plan.updates.map((update) => update.row)).toEqual([2]);
    expect(plan.skipped).toEqual([
      { row: 3, handle: "@ben", reason: "No e-mail address in the Email column." },
      {
        row: 5,
        handle: "@dee",
        reason:
          'Over the team\'s cap of 20 drafts a day (Settings › Drafts per day); 1 left today. Run "Create Gmail drafts" again tomorrow for this creator.',
      },
      {
        row: 6,
        handle: "@eli",
        reason:
          'Over the team\'s cap of 20 drafts a day (Settings › Drafts per day); 1 left today. Run "Create Gmail drafts" again tomorrow for this creator.',
      },
    ]);
  });

  it("skips creators drafted earlier today before counting the cap, so the count leaves them out", () => {
    const earlier = new Map([["@ana", "Already drafted today."]]);
    const plan = planDrafts(
      request({ selection: { rows: [2, 5, 6] }, allowance: { left: 1, cap: 2 }, earlier }),
    );
    expect(plan.drafts.map((draft) => draft.row)).toEqual([5]);
    expect(plan.skipped.map((skip) => [skip.row, skip.reason.slice(0, 24)])).toEqual([
      [2, "Already drafted today."],
      [6, "Over the team's cap of 2"],
    ]);
  });

  it("skips everyone when the template uses a field the Roster lacks", () => {
    const plan = planDrafts(
      request({ template: { subject: "{{Promo code}}", body: "{{Rate card}}" }, selection: { rows: [2] } }),
    );
    expect(plan.drafts).toEqual([]);
    expect(plan.skipped).toEqual([
      {
        row: 2,
        handle: "@ana",
        reason:
          "The template uses {{Promo code}}, {{Rate card}}, which are not Roster columns; add the column or fix the field.",
      },
    ]);
  });

  it("skips a creator with no brief Doc when the template uses {{brief link}}, before the cap counts them", () => {
    const withLink = {
      ...roster[0],
      values: { ...roster[0]?.values, "Brief link": "https://docs.google.com/d/1" },
    };
    const plan = planDrafts(
      request({
        roster: [withLink as RosterRow, ...roster.slice(1)],
        selection: { rows: [2, 5] },
        template: { subject: "Your brief", body: "Here it is: {{ Brief Link }}" },
        allowance: { left: 1, cap: 1 },
      }),
    );
    expect(plan.drafts.map((draft) => [draft.handle, draft.body])).toEqual([
      ["@ana", "Here it is: https://docs.google.com/d/1"],
    ]);
    expect(plan.skipped).toEqual([
      { row: 5, handle: "@dee", reason: "No brief Doc yet — create it in Briefs first." },
    ]);
    expect(plan.updates.map((update) => update.row)).toEqual([2]);
  });

  it("drafts to several addresses in one cell and notes blank fields", () => {
    const row: RosterRow = {
      row: 9,
      values: { Creator: "Fay", Handle: "@fay", Email: "fay@example.com; agent@talent.co", "Promo code": "" },
    };
    const plan = planDrafts(
      request({
        roster: [row],
        selection: { rows: [9] },
        template: { subject: "Hi", body: "Code {{Promo code}}" },
      }),
    );
    expect(plan.drafts).toEqual([
      {
        row: 9,
        handle: "@fay",
        name: "Fay",
        recipients: ["fay@example.com", "agent@talent.co"],
        to: "fay@example.com, agent@talent.co",
        subject: "Hi",
        body: "Code ",
        emptyFields: ["Promo code"],
      },
    ]);
  });
});

describe("DraftSelectionSchema", () => {
  it("accepts selected rows or a filter and refuses anything else", () => {
    expect(DraftSelectionSchema.safeParse({ rows: [2, 3] }).success).toBe(true);
    expect(DraftSelectionSchema.safeParse({ filter: { status: ["Prospect"] } }).success).toBe(true);
    expect(DraftSelectionSchema.safeParse({ rows: ["2"] }).success).toBe(false);
    expect(DraftSelectionSchema.safeParse({}).success).toBe(false);
  });
});

describe("outreachLogRow", () => {
  it("fills the Outreach log columns", () => {
    const entry = {
      date: today,
      handle: "@ana",
      email: "ana@example.com",
      template: "Gifting",
      templateId: "T3",
      status: "Drafted",
      draftId: "r-123",
      link: "https://mail.google.com/mail/#drafts/abc",
    };
    expect(outreachLogRow(entry)).toEqual({
      Date: today,
      Handle: "@ana",
      Email: "ana@example.com",
      Template: "Gifting",
      "Template id": "T3",
      Status: "Drafted",
      "Draft id": "r-123",
      "Draft link": "https://mail.google.com/mail/#drafts/abc",
    });
  });
});

describe("draftCap", () => {
  it("reads Settings › Drafts per day as a whole number, else 100", () => {
    expect([draftCap(25), draftCap("40"), draftCap(0), draftCap(""), draftCap("many"), draftCap(-3)]).toEqual(
      [25, 40, 0, 100, 100, 100],
    );
  });
});
