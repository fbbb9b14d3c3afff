import { memoryContext } from "../../../src/addon/memoryContext";
import { saveSetUpStep } from "../../../src/addon/sidebar/setUpActions";
import type { Mapping } from "../../../src/core/rpc/mapping";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import type { WriteCell } from "../../../src/workbook/port";
import type { TeamCase } from "../../adoption/corpus";
import { type FixturePost, instagramCsv } from "../../core/import/fixtures";

/**
 * A team's own program: a "Creators" roster and a "Post log" under title rows, their column names,
 * a "Watch count" column only the mapping says is Views, a formula of theirs in Likes, and a column
 * of their own ("Checked by"). Row 3 is Maya's reel (older numbers), row 4 her post with the formula,
 * row 5 Ava's YouTube video.
 */
export const TEAM: TeamCase = {
  name: "Team program",
  about: "imports and the YouTube refresh read and write the team's mapped tabs",
  sheets: [
    {
      name: "Creators",
      rows: [
        ["Spring creator program", "", "", "", ""],
        ["Owner: Dana, updated weekly", "", "", "", ""],
        ["Creator", "Instagram", "IG Followers", "Email address", "Promo code", "Contract"],
        ["Maya Reyes", "@maya", 12500, "maya@example.com", "MAYA10", "=LEN(D4)"],
        ["Leo Kim", "@leo", 4300, "leo@example.com", "LEO15", "=LEN(D5)"],
        ["Ava Silva", "@ava", 81000, "ava@example.com", "AVA5", "=LEN(D6)"],
      ],
      merges: ["A1:E1"],
      notes: { A4: "Met at VidCon" },
    },
    {
      name: "Post log",
      rows: [
        ["Post log: do not sort", "", "", ""],
        [
          "Date posted",
          "Creator handle",
          "Campaign",
          "Network",
          "Link",
          "Caption",
          "Impr.",
          "Watch count",
          "Likes",
          "Comments",
          "Checked by",
        ],
        [
          "2026-01-01",
          "@maya",
          "Spring",
          "Instagram",
          "https://www.instagram.com/reel/Abc1/",
          "Trail day #ad",
          800,
          900,
          100,
          10,
          "Kim",
        ],
        [
          "2026-01-02",
          "@maya",
          "Spring",
          "Instagram",
          "https://www.instagram.com/reel/Abc2/",
          "Bottle #ad",
          1600,
          2000,
          "=100+1",
          11,
          "Kim",
        ],
        [
          "2026-01-03",
          "@ava",
          "Spring",
          "YouTube",
          "https://youtu.be/aaaaaaaaaaa",
          "Trail review #ad",
          "",
          500,
          50,
          5,
          "Lee",
        ],
      ],
      merges: ["A1:D1"],
    },
  ],
};

/** What the team chose in the set-up's mapping step: their tabs, and "Watch count" as Views. */
export const TEAM_MAPPING: Mapping = {
  Roster: { tab: "Creators" },
  Posts: { tab: "Post log", columns: { Views: "Watch count" } },
};

const post = (id: string, handle: string, views: number, likes: number, comments: number): FixturePost => ({
  id,
  handle,
  caption: `${id} #ad`,
  views,
  likes,
  comments,
  shares: 0,
  published: "2026-11-20 15:21",
});

/**
 * Meta's export: Maya's first reel with more views, her second with the numbers the sheet has (its
 * Likes cell is the team's formula), a new reel by Leo (on the team's Creators only) and one by a
 * creator on no roster.
 */
export const TEAM_EXPORT = instagramCsv([
  post("Abc1", "maya", 1000, 100, 10),
  post("Abc2", "maya", 2000, 150, 11),
  post("New1", "leo", 3000, 300, 30),
  post("Zed1", "zed", 10, 1, 1),
]);

function cell(value: string | number): WriteCell {
  if (typeof value === "number") return value;
  return value.startsWith("=") ? value : value === "" ? "" : { text: value };
}

/** The team's workbook in memory, set up by the add-on with the team's mapping. */
export function teamProgram(now = () => new Date("2026-11-25T12:00:00Z")) {
  const memory = new MemoryWorkbook({ name: TEAM.name, timeZone: "UTC", locale: "en_US" });
  for (const sheet of TEAM.sheets) {
    const target = memory.addSheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      target.write(r + 1, 1, [row.map(cell)]);
    });
  }
  const context = memoryContext(memory, now);
  saveSetUpStep(context, { mapping: TEAM_MAPPING });
  return { memory, context };
}

/** The sheets and cells of the team's own tabs, as A1 keys, by sheet. */
export function teamCells(): Map<string, string[]> {
  return new Map(TEAM.sheets.map((sheet) => [sheet.name, keysOf(sheet.rows)]));
}

function keysOf(rows: (string | number)[][]): string[] {
  return rows.flatMap((row, r) =>
    row.flatMap((value, c) => (value === "" ? [] : [`${String.fromCharCode(65 + c)}${r + 1}`])),
  );
}
