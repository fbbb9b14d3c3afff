import { setUpSheets } from "../../../src/addon/actions/setUpSheets";
import { memoryContext } from "../../../src/addon/memoryContext";
import type { Cell } from "../../../src/core/cells";
import { POSTS } from "../../../src/sheets/layouts/posts";
import { ROSTER } from "../../../src/sheets/layouts/roster";
import { MemoryWorkbook } from "../../../src/workbook/memory/memoryWorkbook";
import type { WorkbookPort, WriteCell } from "../../../src/workbook/port";
import { recordWrites } from "../../fixtures/programWorkbook";

export type PostRow = Partial<Record<(typeof POSTS.columns)[number]["key"], Cell>>;

const cell = (value: Cell): WriteCell =>
  typeof value === "string" ? (value === "" ? "" : { text: value }) : (value ?? "");

/** Our input columns come first on a new Posts sheet (Date … Revenue); EMV and Disclosure follow. */
const INPUT_KEYS = POSTS.columns.filter((c) => !c.formula).map((c) => c.key);

export const CREATORS = [
  { handle: "@maya", platform: "Instagram", promoCode: "MAYA10" },
  { handle: "@leo", platform: "TikTok", promoCode: "LEO15" },
  { handle: "@ava", platform: "YouTube", promoCode: "AVA5" },
];

/**
 * A program set up by the add-on, with Roster's three creators and `posts` typed into Posts, in a
 * workbook that records every write. `now` is 2026-11-25, the day the fixtures' exports were made.
 */
export function importProgram(posts: PostRow[]) {
  const memory = new MemoryWorkbook({ name: "Program", timeZone: "UTC", locale: "en_US" });
  const now = () => new Date("2026-11-25T12:00:00Z");
  setUpSheets(memoryContext(memory, now), ["Roster", "Campaigns", "Posts"]);
  const roster = memory.sheet(ROSTER.name);
  const col = (key: string) => ROSTER.columns.findIndex((c) => c.key === key) + 1;
  CREATORS.forEach((creator, i) => {
    roster?.write(i + 2, col("handle"), [[{ text: creator.handle }, { text: creator.platform }]]);
    roster?.write(i + 2, col("promoCode"), [[{ text: creator.promoCode }]]);
  });
  if (posts.length > 0) {
    memory.sheet(POSTS.name)?.write(
      2,
      1,
      posts.map((post) => INPUT_KEYS.map((key) => cell(post[key]))),
    );
  }
  const { workbook, writes } = recordWrites(memory);
  return { memory, workbook: workbook as WorkbookPort, writes, context: memoryContext(workbook, now) };
}

/** Every cell of every sheet, values and formulas, to compare before and after. */
export function cellSnapshot(workbook: WorkbookPort): string {
  return JSON.stringify(workbook.sheetNames().map((name) => workbook.sheet(name)?.read()));
}

/** Posts as rows of our keys, read back. */
export function postsRows(workbook: WorkbookPort): PostRow[] {
  const snapshot = workbook.sheet(POSTS.name)?.read();
  const keys = POSTS.columns.map((c) => c.key);
  return (snapshot?.values.slice(1) ?? [])
    .map((row) => Object.fromEntries(keys.map((key, i) => [key, row[i]])) as PostRow)
    .filter((row) => row.postUrl !== "" && row.postUrl !== undefined);
}
