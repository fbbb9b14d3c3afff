import { describe, expect, it } from "vitest";
import { localServices } from "../../../scripts/sidebarServer";
import { SIDEBAR_API } from "../../../src/addon/sidebar/api";
import type { Brief } from "../../../src/core/brief/schema";
import { memoryScopes } from "../../../src/platform/memory";
import { sampleBrief } from "../../core/brief/sampleBrief";
import { programWorkbook } from "../../fixtures/programWorkbook";

const NOW = new Date("2025-03-15T02:30:00Z");

function setUp(locale?: string, docsBaseUrl?: () => string) {
  const workbook = programWorkbook(locale);
  const { context, calls } = localServices({ workbook, now: () => NOW, docsBaseUrl });
  const save = (brief: Partial<Brief> & Record<string, unknown>) =>
    SIDEBAR_API.sidebarSaveBrief(context, { brief });
  const briefsSheet = () => workbook.sheet("Briefs")?.read();
  return { workbook, context, calls, save, briefsSheet };
}

const GOOGLE_DOCS = () => "https://docs.google.com";

const newBrief = (changes: Partial<Brief> = {}) => ({ ...sampleBrief(), id: "", updatedAt: "", ...changes });

describe("Saving and opening briefs", () => {
  it("saves a new brief as B1 on the Briefs sheet and opens it exactly as saved", () => {
    const { context, save, briefsSheet } = setUp();
    const saved = save(newBrief());
    const expected = { ...sampleBrief(), id: "B1", updatedAt: NOW.toISOString() };
    expect(saved).toEqual({
      ok: true,
      value: {
        brief: expected,
        briefs: [{ id: "B1", campaign: "Spring Glow", updatedAt: NOW.toISOString() }],
      },
    });
    expect(briefsSheet()?.values[0]).toEqual(["Brief id", "Campaign", "Updated", "JSON"]);
    expect(briefsSheet()?.values[1]?.slice(0, 3)).toEqual(["B1", "Spring Glow", NOW.toISOString()]);
    expect(SIDEBAR_API.sidebarOpenBrief(context, { id: "B1" })).toEqual({ ok: true, value: expected });
  });

  it("saves an edited brief over its own row and gives the next brief a new id", () => {
    const { context, save, briefsSheet } = setUp();
    save(newBrief());
    save(newBrief({ id: "B1", product: "Glow Serum Plus" }));
    const second = save(newBrief({ campaign: "Summer Shine" }));
    expect(second.ok && second.value.briefs.map((brief) => brief.id).sort()).toEqual(["B1", "B2"]);
    expect(briefsSheet()?.values.map((row) => row[0])).toEqual(["Brief id", "B1", "B2"]);
    const reopened = SIDEBAR_API.sidebarOpenBrief(context, { id: "B1" });
    expect(reopened.ok && reopened.value.product).toBe("Glow Serum Plus");
  });

  it("keeps a brief longer than one cell across JSON columns and clears them when it shrinks", () => {
    const { context, save, briefsSheet } = setUp();
    const long = newBrief({
      summary: "s".repeat(2_000),
      keyMessages: Array.from({ length: 20 }, (_, i) => `${i} ${"Glow é ".repeat(140)}`),
      avoid: { competitorMentions: "c".repeat(2_000), claims: "n".repeat(5_000) },
      usageRights: "u".repeat(5_000),
      creativeFreedom: "f".repeat(5_000),
      compensation: "p".repeat(2_000),
      mandatory: {
        disclosure: "#ad ".repeat(500),
        hashtags: Array.from({ length: 30 }, (_, i) => `#${String(i).padEnd(99, "t")}`),
        handlesToTag: Array.from({ length: 30 }, (_, i) => `@${String(i).padEnd(99, "h")}`),
        linkOrPromo: "l".repeat(2_000),
      },
    });
    const saved = save(long);
    expect(saved.ok).toBe(true);
    expect(briefsSheet()?.values[0]).toEqual(["Brief id", "Campaign", "Updated", "JSON", "JSON 2"]);
    const reopened = SIDEBAR_API.sidebarOpenBrief(context, { id: "B1" });
    expect(reopened).toEqual({ ok: true, value: { ...long, id: "B1", updatedAt: NOW.toISOString() } });
    save(newBrief({ id: "B1" }));
    expect(briefsSheet()?.values[1]?.[4]).toBe("");
    expect(SIDEBAR_API.sidebarOpenBrief(context, { id: "B1" })).toMatchObject({
      ok: true,
      value: { summary: sampleBrief().summary },
    });
  });

  it("stores a campaign that looks like a formula as text", () => {
    const { save, briefsSheet } = setUp();
    save(newBrief({ campaign: '=IMPORTRANGE("x","A1")' }));
    expect(briefsSheet()?.values[1]?.[1]).toBe('=IMPORTRANGE("x","A1")');
    expect(briefsSheet()?.formulas[1]?.[1]).toBe("");
  });

  it("refuses a bad date, naming the field, and writes nothing", () => {
    const { save, workbook } = setUp();
    expect(
      save(newBrief({ timeline: { draftDue: "2025-04-01", approval: "2025-04-04", goLive: "2025-02-30" } })),
    ).toEqual({
      ok: false,
      error: {
        message: 'Go-live must be a date like 2025-04-30, got "2025-02-30".',
        field: "timeline.goLive",
      },
    });
    expect(workbook.sheet("Briefs")).toBeNull();
  });

  it("refuses malformed requests with the action and field named", () => {
    const { context } = setUp();
    expect(SIDEBAR_API.sidebarSaveBrief(context, { brief: "Spring Glow" })).toEqual({
      ok: false,
      error: { message: "Saving the brief: The brief must be an object of fields.", field: "brief" },
    });
    expect(SIDEBAR_API.sidebarSaveBrief(context, { brief: newBrief(), sendTo: "everyone" })).toEqual({
      ok: false,
      error: { message: 'Saving the brief: the request has a field the server does not know: "sendTo".' },
    });
    expect(SIDEBAR_API.sidebarOpenBrief(context, { id: "B9" })).toEqual({
      ok: false,
      error: {
        message:
          'There is no brief "B9" on the "Briefs" sheet; it may have been deleted. Pick another or start a new one.',
        field: "briefId",
      },
    });
  });
});

describe("What a save refuses", () => {
  it("refuses a brief with no campaign, naming the field, instead of saving an untitled row", () => {
    const { save, workbook } = setUp();
    expect(save(newBrief({ campaign: " " }))).toEqual({
      ok: false,
      error: {
        message: "Not saved: add the campaign name first; saved briefs are listed by it.",
        field: "campaign",
      },
    });
    expect(workbook.sheet("Briefs")).toBeNull();
  });

  it("refuses an id that is not text, unknown fields and a __proto__ key, and writes no row", () => {
    const { save, workbook } = setUp();
    expect(save({ ...newBrief(), id: 42 } as never)).toEqual({
      ok: false,
      error: { message: "Brief id must be text.", field: "id" },
    });
    expect(save({ ...newBrief(), budget: 900 })).toEqual({
      ok: false,
      error: {
        message: 'Saving the brief: Brief has a field the sidebar never sends: "budget".',
        field: "brief",
      },
    });
    const smuggled = JSON.parse(
      `{"brief": ${JSON.stringify(newBrief()).replace("{", '{"__proto__": {"id": "B1"},')}}`,
    );
    expect(SIDEBAR_API.sidebarSaveBrief(setUp().context, smuggled)).toMatchObject({
      ok: false,
      error: { field: "brief" },
    });
    const nested = { ...newBrief(), timeline: { ...newBrief().timeline, extra: "x" } };
    expect(save(nested)).toMatchObject({ ok: false, error: { field: "timeline" } });
    expect(workbook.sheet("Briefs")).toBeNull();
  });

  it("names the field in plain words when a request is malformed", () => {
    const { context } = setUp();
    const refused = (rows: unknown[]) =>
      SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: rows as number[] });
    for (const rows of [[Number.NaN], [2.5], ["2"]]) {
      expect(refused(rows)).toEqual({
        ok: false,
        error: {
          message: "Creating the Google Doc: Each creator must be a Roster row number.",
          field: "rows.0",
        },
      });
    }
    const messages = [
      SIDEBAR_API.sidebarCreateDrafts(context, {
        templateId: "T1",
        selection: { rows: [2] },
        expected: [{ row: 0, handle: "@ana" }],
      }),
      SIDEBAR_API.sidebarCreateDrafts(context, {
        templateId: "T1",
        selection: { rows: [2] },
        expected: [{ row: Number.NaN, handle: "@ana" }],
      }),
    ].map((result) => (result.ok ? "" : result.error.message));
    expect(messages).toEqual([
      "Creating Gmail drafts: Roster row must be at least 1.",
      "Creating Gmail drafts: Roster row must be a number.",
    ]);
    for (const message of messages) expect(message).not.toMatch(/Invalid input|Expected number|Too small/);
  });
});

describe("Create Google Doc", () => {
  it("checks the Docs permission first, says where to grant it and makes no Doc", () => {
    const workbook = programWorkbook();
    const scopes = memoryScopes(["https://www.googleapis.com/auth/documents"]);
    const { context, calls } = localServices({ workbook, now: () => NOW });
    const result = SIDEBAR_API.sidebarCreateBriefDocs(
      { ...context, scopes },
      { brief: newBrief(), rows: [] },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          'Making a brief\'s Google Doc needs the permission documents ("See, edit, create, and delete all your Google Docs documents"), which was not granted when the add-on was authorised. Open https://example.invalid/authorize and allow "See, edit, create, and delete all your Google Docs documents", then try again. No Doc was made.',
      },
    });
    expect(calls.docs).toEqual([]);
  });

  it("renders the brief as the creator reads it into one Doc and returns its link", () => {
    const { context, calls } = setUp();
    const result = SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [] });
    expect(result).toEqual({
      ok: true,
      value: [
        {
          title: "Spring Glow: creator brief",
          url: "https://docs.invalid/docs/doc-1",
          handle: "",
          deliverablesFrom: "",
        },
      ],
    });
    const blocks = calls.docs[0]?.blocks ?? [];
    expect(blocks.slice(0, 5)).toEqual([
      { kind: "title", text: "Spring Glow: creator brief" },
      { kind: "heading", text: "About the campaign", level: 2 },
      { kind: "paragraph", text: "Product: Glow Serum" },
      { kind: "paragraph", text: "Objective: Sales" },
      { kind: "paragraph", text: "Launch our vitamin C serum for spring." },
    ]);
    expect(blocks).toContainEqual({
      kind: "bullet",
      text: "Disclosure: #ad in the first line of the caption",
    });
  });

  it("personalises one Doc per chosen creator with their own deliverables from the Deliverables sheet", () => {
    const { context, calls } = setUp();
    const result = SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [2, 6] });
    expect(result.ok && result.value.map((doc) => [doc.title, doc.handle, doc.deliverablesFrom])).toEqual([
      ["Spring Glow: creator brief for @ana", "@ana", "sheet"],
      ["Spring Glow: creator brief for @eli", "@eli", "brief"],
    ]);
    const ana = calls.docs[0]?.blocks ?? [];
    expect(ana[1]).toEqual({ kind: "paragraph", text: "Hi Ana Silva (@ana)," });
    const deliverables = (blocks: typeof ana) => {
      const start = blocks.findIndex((block) => block.text === "Your deliverables");
      const after = blocks.slice(start + 1);
      const end = after.findIndex((block) => block.kind !== "bullet");
      return after.slice(0, end === -1 ? after.length : end);
    };
    expect(deliverables(ana).map((block) => block.text)).toEqual([
      "2 × TikTok video, due Apr 10, 2025",
      "1 × Story on TikTok, due Apr 12, 2025",
    ]);
    const paragraphs = (blocks: typeof ana) =>
      blocks.filter((block) => block.kind === "paragraph").map((block) => block.text);
    expect(paragraphs(ana)).toContain("Deliverables from the Deliverables sheet for Ana Silva.");
    expect(
      paragraphs(calls.docs[1]?.blocks ?? []).filter((text) => text.includes("Deliverables sheet")),
    ).toEqual([]);
    // Eli has no Deliverables lines: every one of the brief's deliverables, not only those on his
    // Roster platform (issue 10: a creator's Doc dropped the brief's other deliverables).
    expect(deliverables(calls.docs[1]?.blocks ?? []).map((block) => block.text)).toEqual([
      "1 × Instagram Reel, due Apr 10, 2025",
      "2 × TikTok video, due Apr 12, 2025",
    ]);
  });

  it("writes each creator's Doc link to the Roster's Brief link column, for {{brief link}}", () => {
    const { context, workbook, calls } = setUp(undefined, GOOGLE_DOCS);
    SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [2, 6] });
    const roster = workbook.sheet("Roster")?.read().values ?? [];
    const col = roster[0]?.indexOf("Brief link") ?? -1;
    expect(col).toBe(12);
    expect(roster.map((row) => row[col] ?? "")).toEqual([
      "Brief link",
      "https://docs.google.com/docs/doc-1",
      "",
      "",
      "",
      "https://docs.google.com/docs/doc-2",
    ]);
    SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [2] });
    const again = workbook.sheet("Roster")?.read().values ?? [];
    expect(again[0]?.filter((header) => header === "Brief link")).toHaveLength(1);
    expect(again[1]?.[col]).toBe("https://docs.google.com/docs/doc-3");
    SIDEBAR_API.sidebarLoad(context, {});
    const drafts = SIDEBAR_API.sidebarCreateDrafts(context, { templateId: "T4", selection: { rows: [2] } });
    expect(drafts.ok).toBe(true);
    expect(calls.drafts[0]?.body).toContain("Your brief is here: https://docs.google.com/docs/doc-3");
  });

  it("refuses an incomplete brief, naming the field, before making any Doc", () => {
    const { context, calls } = setUp();
    expect(
      SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief({ product: " " }), rows: [] }),
    ).toEqual({
      ok: false,
      error: {
        message: "Fix this before making the Doc: Say which product the creator features.",
        field: "product",
      },
    });
    expect(calls.docs).toEqual([]);
  });

  it("checks the timeline against the campaign's dates on the Campaigns sheet", () => {
    const { context } = setUp();
    const late = newBrief({
      timeline: { draftDue: "2025-04-01", approval: "2025-04-04", goLive: "2025-05-02" },
    });
    expect(SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: late, rows: [] })).toEqual({
      ok: false,
      error: {
        message:
          "Fix this before making the Doc: Go-live (May 2, 2025) is after the campaign ends (Apr 30, 2025).",
        field: "timeline.goLive",
      },
    });
  });

  it("writes the Doc's dates, and the sidebar's, as the spreadsheet's locale does", () => {
    const docText = (locale: string) => {
      const { context, calls } = setUp(locale);
      const loaded = SIDEBAR_API.sidebarLoad(context, {});
      expect(loaded.ok && loaded.value.locale).toBe(locale);
      SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [] });
      return (calls.docs[0]?.blocks ?? []).map((block) => block.text);
    };
    expect(docText("en_US")).toEqual(
      expect.arrayContaining(["1 × Instagram Reel, due Apr 10, 2025", "Draft due: Apr 1, 2025"]),
    );
    expect(docText("en_GB")).toEqual(
      expect.arrayContaining(["1 × Instagram Reel, due 10 Apr 2025", "Draft due: 1 Apr 2025"]),
    );
    expect(docText("de_DE")).toEqual(
      expect.arrayContaining(["1 × Instagram Reel, due 10. Apr. 2025", "Draft due: 1. Apr. 2025"]),
    );
  });

  it("names a chosen row that holds no creator, and caps how many Docs one click makes", () => {
    const { context } = setUp();
    expect(SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [40] })).toEqual({
      ok: false,
      error: {
        message: "Roster row 40 holds no creator any more; reload and pick again.",
        field: "creators",
      },
    });
    const rows = Array.from({ length: 26 }, (_, i) => i + 2);
    expect(SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows })).toEqual({
      ok: false,
      error: { message: "Creating the Google Doc: Pick at most 25 creators at a time.", field: "rows" },
    });
  });
});

describe("Create Google Doc leaves the team's Roster cells alone", () => {
  const roster = (workbook: ReturnType<typeof programWorkbook>) =>
    workbook.sheet("Roster")?.read().values ?? [];

  it("places a new Brief link column after a headerless column of the team's data", () => {
    const { context, workbook } = setUp(undefined, GOOGLE_DOCS);
    workbook.sheet("Roster")?.write(2, 13, [[{ text: "team note" }]]);
    SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [2] });
    const values = roster(workbook);
    expect(values[0]?.indexOf("Brief link")).toBe(13);
    expect(values[1]?.[12]).toBe("team note");
    expect(values[1]?.[13]).toBe("https://docs.google.com/docs/doc-1");
  });

  it("keeps the team's own text in Brief link and says which row was left", () => {
    const { context, workbook } = setUp(undefined, GOOGLE_DOCS);
    workbook.sheet("Roster")?.write(1, 13, [[{ text: "Brief link" }], [{ text: "see the Drive folder" }]]);
    const result = SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [2, 6] });
    expect(result.ok && result.value.map((doc) => doc.note)).toEqual([
      "Roster row 2's Brief link holds other text, so it was left as it is.",
      undefined,
    ]);
    const values = roster(workbook);
    expect(values[1]?.[12]).toBe("see the Drive folder");
    expect(values[5]?.[12]).toBe("https://docs.google.com/docs/doc-2");
  });

  it("does not write a link to another handle-less creator sorted into the row meanwhile", () => {
    const { context, workbook } = setUp(undefined, GOOGLE_DOCS);
    const sheet = workbook.sheet("Roster");
    sheet?.write(2, 1, [[{ text: "" }], [{ text: "" }]]);
    const [, first, second] = roster(workbook);
    const create = context.docs.create.bind(context.docs);
    context.docs.create = (title, blocks) => {
      // A teammate sorts the Roster while the Doc is made.
      sheet?.write(
        2,
        1,
        [second ?? [], first ?? []].map((row) => row.map((value) => ({ text: String(value) }))),
      );
      return create(title, blocks);
    };
    const result = SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [2] });
    expect(result.ok && result.value[0]?.note).toBe(
      "Roster row 2 now holds another creator, so the link was not written there.",
    );
    expect(roster(workbook).map((row) => row[12] ?? "")).toEqual(["Brief link", "", "", "", "", ""]);
  });

  it("returns the Docs already made when the Roster cannot be written, saying why", () => {
    const { context, workbook } = setUp(undefined, GOOGLE_DOCS);
    const sheetOf = workbook.sheet.bind(workbook);
    workbook.sheet = (name) => {
      const sheet = sheetOf(name);
      if (name !== "Roster" || !sheet) return sheet;
      return new Proxy(sheet, {
        get: (target, key) =>
          key === "write"
            ? () => {
                throw new Error("Service Spreadsheets failed");
              }
            : Reflect.get(target, key, target),
      });
    };
    const result = SIDEBAR_API.sidebarCreateBriefDocs(context, { brief: newBrief(), rows: [2, 6] });
    expect(result.ok && result.value.map((doc) => [doc.url, doc.note])).toEqual([
      [
        "https://docs.google.com/docs/doc-1",
        "The link could not be written to the Roster (Service Spreadsheets failed); copy it from here.",
      ],
      [
        "https://docs.google.com/docs/doc-2",
        "The link could not be written to the Roster (Service Spreadsheets failed); copy it from here.",
      ],
    ]);
  });
});
