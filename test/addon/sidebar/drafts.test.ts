import { describe, expect, it } from "vitest";
import { localServices } from "../../../scripts/sidebarServer";
import { SIDEBAR_API } from "../../../src/addon/sidebar/api";
import type { Cell } from "../../../src/core/cells";
import type { DraftOutcome } from "../../../src/core/rpc/types";
import type { SheetSnapshot } from "../../../src/workbook/port";
import { CONTACTED_BEFORE, programWorkbook, recordWrites } from "../../fixtures/programWorkbook";

// 02:30 UTC on 15 March is still 14 March in Los Angeles, the spreadsheet's zone.
const NOW = new Date("2025-03-15T02:30:00Z");
const TODAY_LA = new Date("2025-03-14T07:00:00Z");
const STATUS = 7;
const LAST_CONTACTED = 11;

const TEMPLATE = {
  id: "",
  name: "Serum gifting",
  subject: "{{first name}}, try {{Favourite product}}?",
  body: "Hi {{ first name }}, loved you on {{platform}} ({{Handle}}). Code: {{PROMO CODE}}. {{Owner}}",
};

function setUp(options: { quota?: number; failAfter?: number } = {}) {
  const memory = programWorkbook();
  const { workbook, writes } = recordWrites(memory);
  const { context, calls } = localServices({ workbook, now: () => NOW, ...options });
  const saved = SIDEBAR_API.sidebarSaveTemplate(context, { template: TEMPLATE });
  if (!saved.ok) throw new Error(saved.error.message);
  const templateId = saved.value.template?.id ?? "";
  const before = memory.sheet("Roster")?.read() as SheetSnapshot;
  writes.length = 0;
  const draft = (selection: unknown, expected?: unknown): DraftOutcome => {
    const result = SIDEBAR_API.sidebarCreateDrafts(context, { templateId, selection, expected });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const roster = () => memory.sheet("Roster")?.read() as SheetSnapshot;
  const log = () => memory.sheet("Outreach log")?.read().values ?? [];
  return { memory, context, calls, writes, templateId, before, draft, roster, log };
}

/** Every cell whose value or formula differs, as [row, col, after] (1-based). */
function changes(before: SheetSnapshot, after: SheetSnapshot): [number, number, Cell][] {
  const found: [number, number, Cell][] = [];
  const rows = Math.max(before.values.length, after.values.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(before.values[r]?.length ?? 0, after.values[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const was = before.values[r]?.[c] ?? "";
      const now = after.values[r]?.[c] ?? "";
      const same =
        was instanceof Date && now instanceof Date ? was.getTime() === now.getTime() : Object.is(was, now);
      if (!same || (before.formulas[r]?.[c] ?? "") !== (after.formulas[r]?.[c] ?? ""))
        found.push([r + 1, c + 1, now]);
    }
  }
  return found;
}

describe("Create Gmail drafts for ticked Roster rows", () => {
  it("is safe to run twice: a creator drafted today with the template gets no second draft", () => {
    const { calls, draft, roster, log } = setUp();
    draft({ rows: [2, 4] });
    const rosterAfterFirst = roster();
    const logAfterFirst = log();
    const again = draft({ rows: [2, 4, 6] });
    expect(again.created.map((made) => made.handle)).toEqual(["@eli"]);
    expect(again.skipped.filter((s) => s.reason.startsWith("Already drafted today"))).toEqual([
      {
        row: 2,
        handle: "@ana",
        reason:
          'Already drafted today with "Serum gifting" (see the Outreach log); no second draft was made.',
      },
      {
        row: 4,
        handle: "@cai",
        reason:
          'Already drafted today with "Serum gifting" (see the Outreach log); no second draft was made.',
      },
    ]);
    expect(calls.drafts.map((d) => d.to)).toEqual(["ana@example.com", "cai@example.com", "eli@example.com"]);
    expect(log().length).toBe(logAfterFirst.length + 1);
    expect(roster().values[1]).toEqual(rosterAfterFirst.values[1]);
  });

  it("knows a template by its id: renamed, it still holds the creator back; another of the same name does not", () => {
    const { context, calls, draft, templateId } = setUp();
    draft({ rows: [2] });
    const save = (template: typeof TEMPLATE) => {
      const saved = SIDEBAR_API.sidebarSaveTemplate(context, { template });
      if (!saved.ok) throw new Error(saved.error.message);
      return saved.value.template?.id ?? "";
    };
    save({ ...TEMPLATE, id: templateId, name: "Serum gifting (spring)" });
    expect(draft({ rows: [2] }).created).toEqual([]);
    const twin = save({ ...TEMPLATE, name: "Serum gifting" });
    const result = SIDEBAR_API.sidebarCreateDrafts(context, { templateId: twin, selection: { rows: [2] } });
    expect(result.ok && result.value.created.map((made) => made.handle)).toEqual(["@ana"]);
    expect(calls.drafts).toHaveLength(2);
  });

  it("drafts merged e-mails, never sends, and skips the creator without an e-mail, saying why", () => {
    const { calls, draft } = setUp();
    const outcome = draft({ rows: [2, 3, 4, 6] });
    expect(calls.drafts).toEqual([
      {
        id: "r-draft-1",
        to: "ana@example.com",
        subject: "Ana, try Glow Serum?",
        body: "Hi Ana, loved you on TikTok (@ana). Code: ANA10. Sam",
      },
      {
        id: "r-draft-2",
        to: "cai@example.com",
        subject: "Cai, try Night Cream?",
        body: "Hi Cai, loved you on YouTube (@cai). Code: CAI5. Dana",
      },
      {
        id: "r-draft-3",
        to: "eli@example.com",
        subject: "Eli, try Glow Serum?",
        body: "Hi Eli, loved you on TikTok (@eli). Code: ELI20. Sam",
      },
    ]);
    expect(outcome.created.map((made) => [made.row, made.handle, made.draftId])).toEqual([
      [2, "@ana", "r-draft-1"],
      [4, "@cai", "r-draft-2"],
      [6, "@eli", "r-draft-3"],
    ]);
    expect(outcome.skipped).toEqual([
      { row: 3, handle: "@ben", reason: "No e-mail address in the Email column." },
    ]);
    expect(outcome.quota).toEqual({ left: 97, cap: 100 });
  });

  it("changes only Last contacted (today in the sheet's zone) and Prospect → Contacted on the Roster", () => {
    const { before, draft, roster } = setUp();
    draft({ rows: [2, 3, 4, 6] });
    const after = roster();
    expect(changes(before, after)).toEqual([
      [2, STATUS, "Contacted"],
      [2, LAST_CONTACTED, TODAY_LA],
      [4, LAST_CONTACTED, TODAY_LA],
      [6, STATUS, "Contacted"],
      [6, LAST_CONTACTED, TODAY_LA],
    ]);
    expect(after.values[3]?.[STATUS - 1]).toBe("Active");
    expect(before.values[3]?.[LAST_CONTACTED - 1]).toEqual(CONTACTED_BEFORE);
    expect(after.formulas[5]?.[11]).toBe("=LEN(A6)");
  });

  it("fills each Roster column with one call that touches only the drafted cells, with Dates for Last contacted", () => {
    const { writes, draft } = setUp();
    draft({ rows: [2, 4, 6] });
    const rosterWrites = writes.filter((write) => write.sheet === "Roster");
    expect(rosterWrites).toEqual([
      {
        sheet: "Roster",
        fill: [2, 4, 6].map((row) => ({ row, col: LAST_CONTACTED })),
        content: TODAY_LA,
      },
      { sheet: "Roster", fill: [2, 6].map((row) => ({ row, col: STATUS })), content: "Contacted" },
    ]);
    const first = rosterWrites[0];
    expect(first && "content" in first ? first.content : null).toBeInstanceOf(Date);
  });

  it("leaves a row alone when a teammate changed the Roster while Gmail was drafting", () => {
    const { memory, context, draft, roster } = setUp();
    const createDraft = context.drafts.create.bind(context.drafts);
    let edited = false;
    context.drafts.create = (message) => {
      if (!edited) {
        // A teammate types another creator's handle over row 4 while the first draft is being made.
        memory.sheet("Roster")?.write(4, 1, [[{ text: "@someone-else" }]]);
        edited = true;
      }
      return createDraft(message);
    };
    const outcome = draft({ rows: [2, 4] });
    expect(outcome.notes.some((note) => note.includes("The Roster changed while the drafts were made"))).toBe(
      true,
    );
    expect(roster().values[3]?.[0]).toBe("@someone-else");
    expect(roster().values[3]?.[LAST_CONTACTED - 1]).not.toEqual(TODAY_LA);
    expect(roster().values[1]?.[LAST_CONTACTED - 1]).toEqual(TODAY_LA);
  });

  it("leaves two handle-less creators alone when a teammate swaps their rows while Gmail is drafting", () => {
    const { memory, context, draft, roster } = setUp();
    const sheet = memory.sheet("Roster");
    sheet?.write(2, 1, [[{ text: "" }]]);
    sheet?.write(4, 1, [[{ text: "" }]]);
    const rows = (sheet?.read().values ?? []).map((row) => row.map((value) => ({ text: String(value) })));
    const createDraft = context.drafts.create.bind(context.drafts);
    context.drafts.create = (message) => {
      sheet?.write(2, 1, [rows[3] ?? []]);
      sheet?.write(4, 1, [rows[1] ?? []]);
      return createDraft(message);
    };
    const outcome = draft({ rows: [2, 4] });
    expect(outcome.notes.some((note) => note.includes("The Roster changed while the drafts were made"))).toBe(
      true,
    );
    expect(roster().values[1]?.[LAST_CONTACTED - 1]).not.toEqual(TODAY_LA);
    expect(roster().values[3]?.[LAST_CONTACTED - 1]).not.toEqual(TODAY_LA);
  });

  it("appends one Outreach log line per draft: date, creator, template by name and id, status, draft id and link", () => {
    const { draft, log, templateId } = setUp();
    draft({ rows: [2, 4] });
    draft({ rows: [6] });
    const row = (handle: string, n: number) => [
      TODAY_LA,
      handle,
      `${handle.slice(1)}@example.com`,
      "Serum gifting",
      templateId,
      "Drafted",
      `r-draft-${n}`,
      `https://gmail.invalid/gmail/drafts/r-draft-${n}`,
    ];
    expect(log()).toEqual([
      ["Date", "Handle", "Email", "Template", "Template id", "Status", "Draft id", "Draft link"],
      row("@ana", 1),
      row("@cai", 2),
      row("@eli", 3),
    ]);
  });

  it("stops at the team's daily cap (Settings › Drafts per day, counted from the log) and tells the rest to try tomorrow", () => {
    const { calls, before, draft, roster, log, memory } = setUp();
    const settings = memory.sheet("Settings") ?? memory.addSheet("Settings");
    settings.write(settings.read().values.length + 2, 1, [[{ text: "Drafts per day" }, 2]]);
    draft({ rows: [5] });
    const outcome = draft({ rows: [2, 4, 6] });
    expect(calls.drafts.map((made) => made.to)).toEqual(["dee@example.com", "ana@example.com"]);
    const tomorrow =
      'Over the team\'s cap of 2 drafts a day (Settings › Drafts per day); 1 left today. Run "Create Gmail drafts" again tomorrow for this creator.';
    expect(outcome.skipped).toEqual([
      { row: 4, handle: "@cai", reason: tomorrow },
      { row: 6, handle: "@eli", reason: tomorrow },
    ]);
    expect(changes(before, roster()).filter(([row]) => row !== 5)).toEqual([
      [2, STATUS, "Contacted"],
      [2, LAST_CONTACTED, TODAY_LA],
    ]);
    expect(log()).toHaveLength(3);
    expect(outcome.quota).toEqual({ left: 0, cap: 2 });
  });

  it("selects by status and tier under the team's own column names", () => {
    const { calls, draft } = setUp();
    const outcome = draft({ filter: { status: ["prospect"], tier: ["MICRO"] } });
    expect(outcome.created.map((made) => made.handle)).toEqual(["@ana", "@eli"]);
    expect(calls.drafts).toHaveLength(2);
  });

  it("updates only the drafts Gmail made when it fails half way", () => {
    const { before, draft, roster, log } = setUp({ failAfter: 1 });
    const outcome = draft({ rows: [2, 6] });
    expect(outcome.created.map((made) => made.handle)).toEqual(["@ana"]);
    expect(outcome.notes).toEqual([
      "Gmail refused the draft for @eli: Service invoked too many times for one day: gmail.",
    ]);
    expect(outcome.skipped).toEqual([
      { row: 6, handle: "@eli", reason: "Not drafted: Gmail stopped before this creator." },
    ]);
    expect(changes(before, roster()).map(([row, col]) => [row, col])).toEqual([
      [2, STATUS],
      [2, LAST_CONTACTED],
    ]);
    // Gmail's refusal is logged as "Not made", which holds nobody back from a later click.
    expect(log().map((row) => [row[1], row[5]])).toEqual([
      ["Handle", "Status"],
      ["@ana", "Drafted"],
      ["@eli", "Not made"],
    ]);
  });

  it("does not draft to a row whose creator changed since the sidebar loaded the Roster", () => {
    const { calls, draft } = setUp();
    const outcome = draft({ rows: [2, 4] }, [
      { row: 2, handle: "@ana" },
      { row: 4, handle: "@dee" },
    ]);
    expect(calls.drafts.map((made) => made.to)).toEqual(["ana@example.com"]);
    expect(outcome.skipped).toEqual([
      {
        row: 4,
        handle: "@dee",
        reason:
          "Row 4 now holds @cai: the Roster changed since the sidebar loaded it. Reload the list and select again.",
      },
    ]);
  });

  it("tells handle-less creators apart by e-mail and name when the sidebar's row moved", () => {
    const { memory, calls, draft } = setUp();
    memory.sheet("Roster")?.write(2, 1, [[{ text: "" }]]);
    const outcome = draft({ rows: [2] }, [{ row: 2, handle: "", email: "cai@example.com", name: "Cai" }]);
    expect(calls.drafts).toEqual([]);
    expect(outcome.skipped.map((skip) => skip.row)).toEqual([2]);
  });

  it("drafts nothing and changes nothing when the template uses a field the Roster lacks", () => {
    const { context, calls, before, roster, memory } = setUp();
    // Save refuses such a template, but a team can type one straight onto the sheet.
    const templates = memory.sheet("Outreach templates");
    const row = (templates?.read().values.length ?? 0) + 1;
    templates?.write(row, 1, [["T99", "Rates", "Hi {{first name}}", "", "Your {{Rate card}}?"]]);
    const result = SIDEBAR_API.sidebarCreateDrafts(context, { templateId: "T99", selection: { rows: [2] } });
    expect(result).toMatchObject({
      ok: true,
      value: {
        created: [],
        skipped: [
          {
            row: 2,
            reason:
              "The template uses {{Rate card}}, which is not a Roster column; add the column or fix the field.",
          },
        ],
      },
    });
    expect(calls.drafts).toEqual([]);
    expect(changes(before, roster())).toEqual([]);
    expect(memory.sheet("Outreach log")).toBeNull();
  });

  it("says Last contacted was not written when the Roster has no such column, and still marks Contacted", () => {
    const { context, memory } = setUp();
    memory.sheet("Roster")?.write(1, LAST_CONTACTED, [[{ text: "Follow-up notes" }]]);
    const result = SIDEBAR_API.sidebarCreateDrafts(context, { templateId: "T7", selection: { rows: [2] } });
    expect(result).toMatchObject({
      ok: true,
      value: {
        notes: [
          'The Roster has no "Last contacted" column, so no dates were written; add one with "Set up one sheet › Roster".',
        ],
      },
    });
    const row = memory.sheet("Roster")?.read().values[1];
    expect(row?.[STATUS - 1]).toBe("Contacted");
    expect(row?.[LAST_CONTACTED - 1]).toBe("");
  });

  it("logs a template name that looks like a formula as text", () => {
    const { context, memory } = setUp();
    const saved = SIDEBAR_API.sidebarSaveTemplate(context, {
      template: {
        id: "",
        name: '=HYPERLINK("http://evil.example","x")',
        subject: "Hi",
        body: "Hello {{Handle}}",
      },
    });
    if (!saved.ok) throw new Error(saved.error.message);
    SIDEBAR_API.sidebarCreateDrafts(context, {
      templateId: saved.value.template?.id,
      selection: { rows: [2] },
    });
    const log = memory.sheet("Outreach log")?.read();
    expect(log?.values[1]?.[3]).toBe('=HYPERLINK("http://evil.example","x")');
    expect(log?.formulas[1]?.[3]).toBe("");
  });
});

describe("A template with {{brief link}} (the Brief delivery starter)", () => {
  const BRIEF = {
    id: "",
    name: "Brief ready",
    subject: "Your brief",
    body: "Here: {{brief link}} Code: {{Promo code}}",
  };

  function briefSetUp() {
    const { memory, context, calls } = setUp();
    const saved = SIDEBAR_API.sidebarSaveTemplate(context, { template: BRIEF });
    if (!saved.ok) throw new Error(saved.error.message);
    const templateId = saved.value.template?.id;
    const call = (name: "sidebarPreviewDrafts" | "sidebarCreateDrafts", rows: number[]) => {
      const result = SIDEBAR_API[name](context, { templateId, selection: { rows } });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    // What "Create Google Doc" in Briefs leaves on the Roster for Dee (row 5).
    const giveDoc = (row: number) =>
      memory
        .sheet("Roster")
        ?.write(1, 13, [
          [{ text: "Brief link" }],
          ...Array.from({ length: row - 2 }, () => [""]),
          ["https://docs.google.com/document/d/dee"],
        ]);
    return { calls, call, giveDoc };
  }

  it("skips a creator with no brief Doc yet, saying so before anything is drafted, and drafts them once the Doc exists", () => {
    const { calls, call, giveDoc } = briefSetUp();
    const reason = "No brief Doc yet — create it in Briefs first.";
    expect(call("sidebarPreviewDrafts", [5])).toMatchObject({
      drafts: [],
      skipped: [{ row: 5, handle: "@dee", reason }],
    });
    expect(call("sidebarCreateDrafts", [5])).toMatchObject({ created: [], skipped: [{ row: 5, reason }] });
    expect(calls.drafts).toEqual([]);

    giveDoc(5);
    const made = call("sidebarCreateDrafts", [5]) as DraftOutcome;
    expect(made.created.map((draft) => draft.handle)).toEqual(["@dee"]);
    expect(calls.drafts.map((draft) => draft.body)).toEqual([
      "Here: https://docs.google.com/document/d/dee Code: ",
    ]);
  });

  it("shows each creator's blank merge fields in the confirmation, before drafting", () => {
    const { call, giveDoc } = briefSetUp();
    giveDoc(5);
    expect(call("sidebarPreviewDrafts", [5])).toMatchObject({
      drafts: [{ row: 5, handle: "@dee", email: "dee@example.com", emptyFields: ["Promo code"] }],
    });
  });
});

describe("Create Gmail drafts refuses bad requests with a message", () => {
  it("asks for a selection when nothing is ticked", () => {
    const { context, templateId } = setUp();
    expect(SIDEBAR_API.sidebarCreateDrafts(context, { templateId, selection: { rows: [] } })).toEqual({
      ok: false,
      error: {
        message: "Select at least one creator, or choose a status or tier to filter by.",
        field: "selection",
      },
    });
    expect(SIDEBAR_API.sidebarCreateDrafts(context, { templateId, selection: { filter: {} } })).toMatchObject(
      {
        ok: false,
        error: { field: "selection" },
      },
    );
  });

  it("names a missing template and a malformed request", () => {
    const { context } = setUp();
    expect(SIDEBAR_API.sidebarCreateDrafts(context, { templateId: "T99", selection: { rows: [2] } })).toEqual(
      {
        ok: false,
        error: {
          message:
            'There is no template "T99" on the "Outreach templates" sheet any more; reload the sidebar and pick one again.',
          field: "template",
        },
      },
    );
    expect(SIDEBAR_API.sidebarCreateDrafts(context, { selection: { rows: [2] } })).toEqual({
      ok: false,
      error: { message: "Creating Gmail drafts: Template id must be text.", field: "templateId" },
    });
    expect(SIDEBAR_API.sidebarCreateDrafts(context, "rows 2-4")).toMatchObject({ ok: false });
  });

  it("refuses an oversized selection before reading the sheet", () => {
    const { context, calls } = setUp();
    const rows = Array.from({ length: 60_000 }, (_, i) => i + 2);
    expect(SIDEBAR_API.sidebarCreateDrafts(context, { templateId: "T7", selection: { rows } })).toEqual({
      ok: false,
      error: { message: "Creating Gmail drafts: the request is 341 KB; the limit is 256 KB." },
    });
    expect(calls.drafts).toEqual([]);
  });
});
