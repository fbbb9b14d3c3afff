/**
 * Messy team workbooks, the way real teams keep their program: titles above the header, their own
 * column and tab names, their own formulas in the columns the add-on computes, messy values, blank
 * rows, extra columns, notes, merges, hidden columns, protection, fonts and fills. Each case is plain
 * data; teamXlsx and teamFake turn it into an .xlsx file and an Apps Script fake spreadsheet.
 */

type Value = string | number;

export interface TeamSheet {
  name: string;
  /** From A1; a string starting with "=" is a formula. */
  rows: Value[][];
  merges?: string[];
  notes?: Record<string, string>;
  bold?: string[];
  /** Cell → "#rrggbb". */
  fills?: Record<string, string>;
  fontColors?: Record<string, string>;
  hiddenColumns?: number[];
  hiddenRows?: number[];
  protect?: boolean;
  /** Area → number format. */
  formats?: Record<string, string>;
  /** Area → the team's own dropdown values. */
  dropdowns?: Record<string, string[]>;
}

export interface TeamCase {
  name: string;
  /** What the case reproduces, for the failure message. */
  about: string;
  /**
   * The add-on set the workbook up before the team formatted it: the values are set up first, then
   * the notes, merges, fonts, fills, hidden rows and columns and protection are added.
   */
  setUpFirst?: boolean;
  sheets: TeamSheet[];
}

const ROSTER_HEADER = [
  "Creator",
  "Handle",
  "Platform",
  "Email",
  "Followers",
  "Avg comments",
  "Avg shares",
  "Avg link clicks",
  "Engagement rate",
  "Tier",
  "Status",
  "Rate per post",
  "Promo code",
  "Affiliate link",
  "Owner",
  "Last contacted",
  "Notes",
];

function rosterRow(
  name: string,
  handle: string,
  followers: Value,
  extra: Partial<Record<string, Value>> = {},
) {
  const values: Record<string, Value> = {
    Creator: name,
    Handle: handle,
    Platform: "Instagram",
    Email: `${name.split(" ")[0]?.toLowerCase()}@example.com`,
    Followers: followers,
    "Avg comments": 40,
    "Avg shares": 12,
    "Avg link clicks": 9,
    Status: "Active",
    "Rate per post": 400,
    Owner: "Dana",
    ...extra,
  };
  return ROSTER_HEADER.map((header) => values[header] ?? "");
}

const ROSTER_ROWS = [
  rosterRow("Maya Reyes", "@maya", 12500),
  rosterRow("Leo Kim", "@leo", 4300, { Platform: "TikTok" }),
  rosterRow("Ava Silva", "@ava", 150000, { Platform: "YouTube", Status: "Contracted" }),
];

const CAMPAIGNS: TeamSheet = {
  name: "Campaigns",
  rows: [
    ["Campaign", "Objective", "Start", "End", "Budget"],
    ["Spring Trail Launch", "Sales", "2026-03-01", "2026-04-15", 15000],
    ["Hydration Habits", "Brand awareness", "2026-03-10", "2026-04-30", 12000],
  ],
};

const POSTS_HEADER = [
  "Date",
  "Handle",
  "Campaign",
  "Platform",
  "Post URL",
  "Caption",
  "Impressions",
  "Views",
  "Likes",
  "Comments",
  "Shares",
  "Saves",
  "Link clicks",
  "Promo redemptions",
  "Revenue",
  "EMV",
  "Disclosure",
];

function postRow(handle: string, caption: string, likes: number, extra: Partial<Record<string, Value>> = {}) {
  const values: Record<string, Value> = {
    Date: "2026-03-05",
    Handle: handle,
    Campaign: "Spring Trail Launch",
    Platform: "Instagram",
    "Post URL": `https://example.com/${handle.slice(1)}`,
    Caption: caption,
    Impressions: 20000,
    Views: 9000,
    Likes: likes,
    Comments: 40,
    Shares: 10,
    Saves: 5,
    "Link clicks": 30,
    "Promo redemptions": 2,
    Revenue: 300,
    ...extra,
  };
  return POSTS_HEADER.map((header) => values[header] ?? "");
}

const POSTS: TeamSheet = {
  name: "Posts",
  rows: [
    POSTS_HEADER,
    postRow("@maya", "Trail day #ad", 900),
    postRow("@leo", "New bottle, who dis #sponsored", 300, { Platform: "TikTok" }),
  ],
};

const BUDGET_HEADER = ["Campaign", "Handle", "Item", "Planned", "Actual", "Paid on", "Notes"];
const BUDGET: TeamSheet = {
  name: "Budget",
  rows: [
    BUDGET_HEADER,
    ["Spring Trail Launch", "@maya", "Fee", 400, 400, "2026-03-20", ""],
    ["Spring Trail Launch", "@leo", "Gifting", 120, 95, "", "shoes"],
  ],
};

/** A roster carrying every kind of team formatting, on the team's own cells. */
const FORMATTED_ROSTER: TeamSheet = {
  name: "Roster",
  rows: [ROSTER_HEADER, ...ROSTER_ROWS],
  notes: { A2: "Met at VidCon", E3: "Checked in March" },
  bold: ["A2"],
  fills: { A3: "#fff2cc", K2: "#d9ead3" },
  fontColors: { E4: "#cc0000" },
  merges: ["Q2:Q3"],
  hiddenColumns: [14],
  hiddenRows: [4],
  protect: true,
};

const SETTINGS_WITHOUT_RATE_CARD: TeamSheet = {
  name: "Settings",
  rows: [
    ["Setting", "Value", "About"],
    ["Currency", "USD", "ISO code of the money columns: USD, EUR, GBP…"],
    ["Time zone", "UTC", "Weeks and report dates follow this zone (IANA name, e.g. Europe/Berlin)."],
    ["First day of week", "Monday", "Report weeks start on this day."],
    ["Report recipients", "", "E-mail addresses for the weekly report, separated by commas."],
    ["Benchmark source", "HypeAuditor (2018), about 37,000 Instagram accounts", "Shown in the report."],
    [],
    ["Tier table", "Roster's Tier column uses this table."],
    ["Minimum followers", "Tier"],
    [1000, "Nano"],
    [10000, "Micro"],
    [100000, "Macro"],
  ],
};

export const CORPUS: TeamCase[] = [
  {
    name: "a program the add-on set up, then the team's notes, merges, fonts, fills, hidden column and row, protection",
    about: "the baseline: every kind of team formatting, on a workbook the add-on already owns its part of",
    setUpFirst: true,
    sheets: [FORMATTED_ROSTER, CAMPAIGNS, POSTS, BUDGET],
  },
  {
    name: "well-formed sheets with notes, merges, fonts, fills, a hidden column and row, protection",
    about:
      "the team's own well-formed sheets, never set up: their columns must not be formatted or validated",
    sheets: [FORMATTED_ROSTER, CAMPAIGNS, POSTS, BUDGET],
  },
  {
    name: "a merged title above the header, header on row 3",
    about: "issue 9, item 1",
    sheets: [
      {
        name: "Roster",
        rows: [["Creator program — spring 2026"], ["Owner: Dana"], ROSTER_HEADER, ...ROSTER_ROWS],
        merges: ["A1:F1", "A2:F2"],
        bold: ["A1"],
        fills: { A1: "#cfe2f3" },
      },
      CAMPAIGNS,
    ],
  },
  {
    name: "a wide roster with per-platform handle and follower columns",
    about: "issue 9, item 2",
    sheets: [
      {
        name: "Roster",
        rows: [
          ["Creator", "Instagram", "IG Followers", "TikTok followers", "Email address", "Rate ($)", "Status"],
          ["Maya Reyes", "@maya", 12500, 3000, "maya@example.com", 400, "Signed"],
          ["Leo Kim", "@leo", 4300, 81000, "leo@example.com", 250, "In talks"],
        ],
        dropdowns: { "G2:G50": ["Signed", "In talks", "Dropped"] },
      },
    ],
  },
  {
    name: "team tabs named Creators, Influencers and Campaign tracker",
    about: "issue 9, item 3",
    sheets: [
      { name: "Creators", rows: [ROSTER_HEADER.slice(0, 5), ...ROSTER_ROWS.map((row) => row.slice(0, 5))] },
      {
        name: "Influencers",
        rows: [
          ["Name", "Handle", "Followers"],
          ["Zoe Novak", "@zoe", 9000],
        ],
      },
      { ...CAMPAIGNS, name: "Campaign tracker" },
    ],
  },
  {
    name: "the team's formulas in the Tier, EMV and Disclosure columns",
    about: "issue 9, item 4 (Roster and Posts)",
    sheets: [
      {
        name: "Roster",
        rows: [
          ROSTER_HEADER,
          ...ROSTER_ROWS.map((row, i) =>
            row.map((v, c) => (c === 9 ? `=TIER(E${i + 2}, MyTiers!$A$1:$B$3)` : v)),
          ),
        ],
      },
      {
        name: "Posts",
        rows: [
          POSTS_HEADER,
          postRow("@maya", "Trail day", 900, { EMV: "=EMV(D2, G2:M2, MyRates!$A$1:$H$3)" }),
          postRow("@leo", "Bottle", 300, { Disclosure: '=FTC_CHECK(F3&" #ad")' }),
        ],
      },
      {
        name: "MyTiers",
        rows: [
          [0, "Small"],
          [10000, "Mid"],
          [100000, "Big"],
        ],
      },
      {
        name: "MyRates",
        rows: [
          ["Platform", "Impressions", "Views", "Likes", "Comments", "Shares", "Saves", "Link clicks"],
          ["Default", 0.005, 0.1, 0.2, 3, 2, 0, 2],
          ["Instagram", 0.006, 0.1, 0.25, 3, 2, 0, 2],
        ],
      },
    ],
  },
  {
    name: "the team's own ROI formulas",
    about: "issue 9, item 4 (ROI)",
    sheets: [
      CAMPAIGNS,
      POSTS,
      BUDGET,
      {
        name: "ROI",
        rows: [
          [
            "Campaign",
            "Handle",
            "Spend",
            "Impressions",
            "Engagements",
            "EMV",
            "Promo redemptions",
            "Revenue",
            "ROI",
          ],
          [
            "Spring Trail Launch",
            "@maya",
            400,
            20000,
            955,
            0,
            2,
            "=SUMIFS(Posts!O:O,Posts!B:B,B2)+500",
            '=IF(C2>0,ROUND((H2-C2)/C2*100,1),"n/a")',
          ],
        ],
      },
    ],
  },
  {
    name: "Settings with the rate-card section deleted",
    about: "issue 9, item 5",
    sheets: [SETTINGS_WITHOUT_RATE_CARD, { name: "Roster", rows: [ROSTER_HEADER, ...ROSTER_ROWS] }],
  },
  {
    name: "a renamed Budget header, an Approver column in the gap and the team's formula in the block",
    about: "issue 9, item 6",
    sheets: [
      CAMPAIGNS,
      {
        name: "Budget",
        rows: [
          [
            "Campaign",
            "Handle",
            "Item",
            "Planned ($)",
            "Actual",
            "Paid on",
            "Notes",
            "Approver",
            "Budget by campaign",
            "Planned",
            "Actual",
            "Campaign budget",
            "Remaining",
            "Share used",
          ],
          [
            "Spring Trail Launch",
            "@maya",
            "Fee",
            400,
            400,
            "2026-03-20",
            "",
            "Kim",
            "Spring Trail Launch",
            400,
            400,
            15000,
            '=IF(L2>0,"see finance","")',
            "",
          ],
        ],
      },
    ],
  },
  {
    name: "an unrelated Posts sheet: the team's blog list",
    about: "issue 9, item 7",
    sheets: [
      {
        name: "Posts",
        rows: [
          ["Date", "Title", "URL", "Author", "Words"],
          ["2026-02-01", "How we pick creators", "https://blog.example.com/pick", "Dana", 1200],
          ["2026-02-15", "Spring launch recap", "https://blog.example.com/recap", "Chris", 800],
        ],
        formats: { "A2:A3": "yyyy-mm-dd" },
      },
    ],
  },
  {
    name: "messy values: 12.5K, 45 000, $250, €200, n/a, -, tbd, 1,2K",
    about: "issue 9, item 11",
    sheets: [
      {
        name: "Roster",
        rows: [
          ROSTER_HEADER,
          rosterRow("Maya Reyes", "@maya", "12.5K", { "Rate per post": "$250" }),
          rosterRow("Leo Kim", "@leo", "45 000", { "Rate per post": "€200" }),
          rosterRow("Ava Silva", "@ava", "n/a", { "Avg comments": "-" }),
          rosterRow("Noah Berg", "@noah", "tbd", { "Avg shares": "tbd" }),
          rosterRow("Zoe Novak", "@zoe", "1,2K"),
        ],
      },
      BUDGET,
    ],
  },
  {
    name: "blank rows and extra columns of the team's",
    about: "blank rows inside the table, team columns at the right",
    sheets: [
      {
        name: "Roster",
        rows: [
          [...ROSTER_HEADER, "Agency", "Shoe size"],
          [...(ROSTER_ROWS[0] ?? []), "Wild Co", 42],
          [],
          [...(ROSTER_ROWS[1] ?? []), "", 39],
          [],
          [],
          [...(ROSTER_ROWS[2] ?? []), "Peak Talent", ""],
        ],
        notes: { R1: "Ask before sharing" },
        hiddenColumns: [19],
      },
      CAMPAIGNS,
    ],
  },
  {
    name: "a combination: titled Creators tab with messy values, notes, merges, hidden column and protection",
    about: "items 1, 3, 11 and 12 together",
    sheets: [
      {
        name: "Creators",
        rows: [
          ["Our creators"],
          [],
          ROSTER_HEADER.slice(0, 11),
          rosterRow("Maya Reyes", "@maya", "12.5K").slice(0, 11),
          rosterRow("Leo Kim", "@leo", "n/a").slice(0, 11),
        ],
        merges: ["A1:K1"],
        notes: { A4: "Top performer" },
        fills: { A3: "#eeeeee" },
        hiddenColumns: [4],
        protect: true,
      },
      { ...CAMPAIGNS, name: "Campaign tracker" },
    ],
  },
  {
    name: "the team's own ROI tab: Campaign, Spend, Revenue, ROI with their formulas",
    about: "a tab under our ROI name laid out their way is left alone; ours goes on a tab of its own",
    sheets: [
      CAMPAIGNS,
      {
        name: "ROI",
        rows: [
          ["Campaign", "Spend", "Revenue", "ROI"],
          ["Spring Trail Launch", 400, 1500, '=IF(B2>0,ROUND((C2-B2)/B2*100,1),"n/a")'],
          ["Summer", 900, 700, '=IF(B3>0,ROUND((C3-B3)/B3*100,1),"n/a")'],
        ],
        notes: { D1: "Our own ROI, in %" },
        bold: ["A1", "B1", "C1", "D1"],
      },
    ],
  },
  {
    name: "the team's own Budget by campaign tab",
    about: "a tab under our summary's name laid out their way is left alone; ours goes on a tab of its own",
    sheets: [
      CAMPAIGNS,
      BUDGET,
      {
        name: "Budget by campaign",
        rows: [
          ["Campaign", "Approved", "Spent", "Left"],
          ["Spring Trail Launch", 5000, "=SUMIFS(Budget!E:E,Budget!A:A,A2)", "=B2-C2"],
        ],
        merges: ["E1:F1"],
      },
    ],
  },
];
