import { describe, expect, it } from "vitest";
import { setUpSheets } from "../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../src/addon/memoryContext";
import { runMenuAction } from "../../src/addon/run";
import { ALL_SHEETS } from "../../src/sheets/refresh";
import { type MemorySheet, MemoryWorkbook } from "../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../src/workbook/port";

function workbookWith(sheets: Record<string, WriteCell[][]>) {
  const workbook = new MemoryWorkbook({ name: "Team program", timeZone: "America/New_York" });
  for (const [name, rows] of Object.entries(sheets)) workbook.addSheet(name).write(1, 1, rows);
  return { workbook, context: memoryContext(workbook) };
}

function snapshotAll(workbook: MemoryWorkbook) {
  return Object.fromEntries(workbook.sheetNames().map((name) => [name, workbook.sheet(name)?.read()]));
}

function column(workbook: MemoryWorkbook, sheet: string, header: string): unknown[] {
  const values = workbook.sheet(sheet)?.read().values ?? [];
  const index = (values[0] ?? []).indexOf(header);
  expect(index, `${sheet} has a ${header} column`).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((row) => row[index]);
}

const TEAM_ROSTER: WriteCell[][] = [
  ["IG handle", "Full name", "Follower count", "Our rating", "Contact email", "Stage"],
  [{ text: "@maya" }, "Maya Reyes", 12500, "A+", "maya@example.com", "Active"],
  [{ text: "@leo" }, "Leo Kim", "4.3K", "B", "leo@example.com", "Prospect"],
  [{ text: "@bad" }, "Bad Data", "lots", "C", "", "Paused"],
];

describe("adopting the team's own sheets", () => {
  it("keeps foreign headers, extra columns and every value, and appends only the missing columns", () => {
    const { workbook, context } = workbookWith({ Roster: TEAM_ROSTER });
    setUpSheets(context, ["Roster"]);
    const values = workbook.sheet("Roster")?.read().values ?? [];
    // The team's six columns are where they were, with their values.
    for (let r = 0; r < TEAM_ROSTER.length; r++) {
      for (let c = 0; c < 6; c++) {
        const typed = TEAM_ROSTER[r]?.[c];
        expect(values[r]?.[c]).toEqual(
          typeof typed === "object" && typed !== null && "text" in typed ? typed.text : typed,
        );
      }
    }
    const header = values[0] ?? [];
    expect(header.slice(6)).toEqual([
      "Platform",
      "Avg comments",
      "Avg shares",
      "Avg link clicks",
      "Engagement rate by followers",
      "Tier",
      "Rate per post",
      "Promo code",
      "Affiliate link",
      "Owner",
      "Last contacted",
      "Notes",
    ]);
  });

  it("fills the Tier column with one formula, and a bad follower count gets its own message", () => {
    const { workbook, context } = workbookWith({ Roster: TEAM_ROSTER });
    setUpSheets(context, ["Roster"]);
    const tier = column(workbook, "Roster", "Tier");
    expect(tier.slice(0, 2)).toEqual(["Micro", "Nano"]);
    expect(String(tier[2])).toMatch(/^TIER: followers must be a number ≥ 0, got "lots"/);
    const sheet = workbook.sheet("Roster") as MemorySheet;
    const formulas = sheet.read().formulas;
    const tierCol = (sheet.read().values[0] ?? []).indexOf("Tier");
    expect(formulas[0]?.[tierCol]).toMatch(/^=\{"Tier";TIER\(C2:C,Settings!\$A\$\d+:\$B\$\d+\)\}$/);
    expect(formulas.slice(1).every((row) => row[tierCol] === "")).toBe(true);
  });

  it("never overwrites values the team typed in one of our formula columns", () => {
    const roster: WriteCell[][] = [
      ["Creator", "Handle", "Followers", "Tier"],
      ["Maya", { text: "@maya" }, 12500, "VIP"],
      ["Leo", { text: "@leo" }, 800, ""],
      ["Ava", { text: "@ava" }, 150000, ""],
    ];
    const { workbook, context } = workbookWith({ Roster: roster });
    setUpSheets(context, ["Roster"]);
    expect(column(workbook, "Roster", "Tier").slice(0, 3)).toEqual(["VIP", "Below Nano", "Macro"]);
    const formulas = workbook.sheet("Roster")?.read().formulas ?? [];
    expect(formulas[1]?.[3]).toBe("");
    // One formula for the run of empty cells below the typed value, spilling over both.
    expect(formulas[2]?.[3]).toBe("=TIER(C3:C4,Settings!$A$10:$B$20)");
    expect(formulas[3]?.[3]).toBe("");
  });

  it("keeps a team's own formulas in one of our formula columns and fills only the empty cells", () => {
    const roster: WriteCell[][] = [
      ["Creator", "Handle", "Followers", "Avg comments", "Avg shares", "Avg link clicks", "Engagement rate"],
      ["Maya", { text: "@maya" }, 1000, 30, 12, 8, "=(D2+E2+F2)/C2/2"],
      ["Leo", { text: "@leo" }, 2000, 10, 10, 0, ""],
    ];
    const { workbook, context } = workbookWith({ Roster: roster });
    setUpSheets(context, ["Roster"]);
    const { values, formulas } = workbook.sheet("Roster")?.read() ?? { values: [], formulas: [] };
    expect(values[0]?.[6]).toBe("Engagement rate");
    expect(formulas[0]?.[6]).toBe("");
    expect(formulas[1]?.[6]).toBe("=(D2+E2+F2)/C2/2");
    expect(values[1]?.[6]).toBe(0.025);
    expect(formulas[2]?.[6]).toBe("=ENGAGEMENT_RATE(D3:F3,C3:C3)");
    expect(values[2]?.[6]).toBe(0.01);
  });

  it("upgrades the Disclosure formulas it wrote before to read the Settings disclosure terms", () => {
    const posts: WriteCell[][] = [
      ["Handle", "Caption", '={"Disclosure";FTC_CHECK(B2:B)}'],
      [{ text: "@maya" }, "Anzeige | Neue Schuhe", ""],
    ];
    const rows: WriteCell[][] = [
      ["Handle", "Caption", "Disclosure"],
      [{ text: "@maya" }, "Anzeige | Neue Schuhe", "=FTC_CHECK(INDEX($B:$B,ROW()))"],
      [{ text: "@leo" }, "#ad trail day", "Disclosed"],
    ];
    for (const sheet of [posts, rows]) {
      const { workbook, context } = workbookWith({ Posts: sheet });
      setUpSheets(context, ["Posts"]);
      const { formulas } = workbook.sheet("Posts")?.read() ?? { formulas: [] };
      const upgraded = sheet === posts ? formulas[0]?.[2] : formulas[1]?.[2];
      // The header formula becomes the new header formula; the old per-row one becomes a run formula.
      expect(upgraded).toMatch(/FTC_CHECK\((B2:B|B2:B2),Settings!\$A\$\d+:\$E\$\d+\)/);
      expect(column(workbook, "Posts", "Disclosure").slice(0, 1)).toEqual(["Missing"]);
    }
  });

  it("fills only the empty cells around a team's array formula, which keeps spilling", () => {
    const roster: WriteCell[][] = [
      ["Creator", "Handle", "Followers", "Avg comments", "Avg shares", "Avg link clicks", "Engagement rate"],
      ["Maya", { text: "@maya" }, 1000, 30, 12, 8, ""],
      ["Leo", { text: "@leo" }, 2000, 10, 10, 0, "=ARRAYFORMULA((D3:D4+E3:E4+F3:F4)/C3:C4)"],
      ["Ava", { text: "@ava" }, 4000, 40, 0, 0, ""],
      ["Kai", { text: "@kai" }, 500, 5, 0, 0, ""],
    ];
    const { workbook, context } = workbookWith({ Roster: roster });
    setUpSheets(context, ["Roster"]);
    const { values, formulas } = workbook.sheet("Roster")?.read() ?? { values: [], formulas: [] };
    expect(formulas.slice(1, 5).map((row) => row[6])).toEqual([
      "=ENGAGEMENT_RATE(D2:F2,C2:C2)",
      "=ARRAYFORMULA((D3:D4+E3:E4+F3:F4)/C3:C4)",
      "",
      "=ENGAGEMENT_RATE(D5:F5,C5:C5)",
    ]);
    expect(values.slice(1, 5).map((row) => row[6])).toEqual([0.05, 0.01, 0.01, 0.01]);
  });

  it("appends missing columns after a headerless column that holds only formulas", () => {
    const campaigns: WriteCell[][] = [
      ["Campaign", "Objective", ""],
      ["Summer", "Sales", '=IF(A2="Summer","hot","")'],
    ];
    const { workbook, context } = workbookWith({ Campaigns: campaigns });
    setUpSheets(context, ["Campaigns"]);
    const { values, formulas } = workbook.sheet("Campaigns")?.read() ?? { values: [], formulas: [] };
    expect(formulas[1]?.[2]).toBe('=IF(A2="Summer","hot","")');
    expect(values[0]?.slice(2)).toEqual(["", "Start", "End", "Budget"]);
  });

  it("leaves an ROI sheet whose columns were moved as it is (its formulas work by position) and builds ours beside it", () => {
    const { workbook, context } = workbookWith({ Posts: [["Date", "Handle", "Campaign"]] });
    setUpSheets(context, ["ROI"]);
    workbook.sheet("ROI")?.write(1, 3, [["Our notes"]]);
    const before = snapshotAll(workbook);
    runMenuAction(context, "Set up sheets", (c) => setUpSheets(c, ["ROI"]));
    expect(context.ui.shown).toEqual([]);
    expect(workbook.sheet("ROI")?.read()).toEqual(before.ROI);
    expect(workbook.sheet("ROI (Influencer Desk)")?.read().values[0]?.slice(0, 3)).toEqual([
      "Campaign",
      "Handle",
      "Spend",
    ]);
  });

  it("leaves a Posts sheet without a header row as it is, says what it expected, and uses a tab of its own", () => {
    const { workbook, context } = workbookWith({
      Posts: [[{ text: "2026-11-02" }, { text: "@maya" }, 1200]],
    });
    const before = workbook.sheet("Posts")?.read();
    const summary = setUpSheets(context, ALL_SHEETS);
    expect(summary).toMatch(
      /Sheet "Posts" was left as it is.*Date, Handle, Campaign.*"Posts \(Influencer Desk\)"/s,
    );
    expect(workbook.sheet("Posts")?.read()).toEqual(before);
    expect(workbook.sheetNames()).toContain("Posts (Influencer Desk)");
  });

  it("writes text from users as text: a campaign named like a formula never runs", () => {
    const { workbook, context } = workbookWith({
      Posts: [
        ["Date", "Handle", "Campaign", "Platform", "Caption", "Impressions", "Likes"],
        [
          new Date(Date.UTC(2026, 10, 3)),
          { text: "@maya" },
          { text: '=HYPERLINK("http://evil.example","win")' },
          "Instagram",
          { text: "-1 day to go #ad" },
          1000,
          50,
        ],
        [
          new Date(Date.UTC(2026, 10, 4)),
          { text: "+leo" },
          { text: "@cmd" },
          "TikTok",
          { text: "@summitgear" },
          500,
          20,
        ],
      ],
    });
    setUpSheets(context, ALL_SHEETS);
    const roi = workbook.sheet("ROI")?.read();
    const keys = (roi?.values ?? []).slice(1).map((row) => [row[0], row[1]]);
    expect(keys).toContainEqual(['=HYPERLINK("http://evil.example","win")', "All creators"]);
    expect(keys).toContainEqual(["@cmd", "+leo"]);
    expect((roi?.formulas ?? []).slice(1).every((row) => row[0] === "" && row[1] === "")).toBe(true);
  });
});

describe("every action is safe to run twice", () => {
  it("a second run of every action changes nothing and writes nothing", () => {
    const { workbook, context } = workbookWith({ Roster: TEAM_ROSTER });
    for (const sheet of ALL_SHEETS) setUpSheets(context, [sheet]);
    setUpSheets(context, ALL_SHEETS);
    const before = snapshotAll(workbook);
    workbook.resetCalls();
    const results = ALL_SHEETS.map((sheet) => setUpSheets(context, [sheet]));
    results.push(setUpSheets(context, ALL_SHEETS));
    expect(results.every((r) => r === "Everything was already up to date; nothing changed.")).toBe(true);
    expect(snapshotAll(workbook)).toEqual(before);
    const changing = workbook.calls.filter(
      (call) =>
        !/^(read|sheet|sheetNames|toast|frozenRows|hasFilter|conditionalFormulas|styledColumns|name|timeZone|locale)$/.test(
          call,
        ),
    );
    expect(changing).toEqual([]);
  });

  it("a second click while a run holds the lock is told so and changes nothing", () => {
    const { workbook, context } = workbookWith({ Roster: TEAM_ROSTER });
    context.lock.heldElsewhere = true;
    const before = snapshotAll(workbook);
    runMenuAction(context, "Set up sheets", (c) => setUpSheets(c, ALL_SHEETS));
    expect(context.ui.shown[0]?.message).toMatch(/Another Influencer Desk run is in progress/);
    expect(snapshotAll(workbook)).toEqual(before);
  });
});

describe("refreshing after the team adds data", () => {
  it("adds new campaigns and creators to ROI and keeps the team's notes on existing rows", () => {
    const posts: WriteCell[][] = [
      ["Date", "Handle", "Campaign", "Platform", "Impressions", "Likes", "Revenue"],
      [new Date(Date.UTC(2026, 10, 3)), { text: "@maya" }, "Spring", "Instagram", 1000, 50, 200],
    ];
    const { workbook, context } = workbookWith({ Posts: posts });
    setUpSheets(context, ["ROI"]);
    const roi = workbook.sheet("ROI");
    const width = (roi?.read().values[0] ?? []).length;
    roi?.write(1, width + 1, [["Our notes"], ["renew in Q1"]]);
    workbook
      .sheet("Posts")
      ?.write(3, 1, [[new Date(Date.UTC(2026, 10, 5)), { text: "@leo" }, "Summer", "TikTok", 400, 10, 0]]);
    setUpSheets(context, ["ROI"]);
    const values = roi?.read().values ?? [];
    expect(values.slice(1, 5).map((r) => [r[0], r[1]])).toEqual([
      ["Spring", "All creators"],
      ["Spring", "@maya"],
      ["Summer", "All creators"],
      ["Summer", "@leo"],
    ]);
    expect(values[1]?.[width]).toBe("renew in Q1");
    const impressions = (values[0] ?? []).indexOf("Impressions");
    expect(values.slice(1, 5).map((r) => r[impressions])).toEqual([1000, 1000, 400, 400]);
  });
});
