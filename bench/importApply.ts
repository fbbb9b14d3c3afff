import { applyImport } from "../src/addon/sidebar/importActions";
import type { Cell } from "../src/core/cells";
import { detectSource, readExport } from "../src/core/import/index";
import { tableSpec } from "../src/sheets/tables";
import { fixturePosts, instagramCsv } from "../test/core/import/fixtures";
import { runOnFake } from "./appsScriptRun";
import { row } from "./measure";

/** An Instagram export of `count` posts, every other one already on Posts with fewer views. */
function program(count: number) {
  const posts = fixturePosts("maya", count, (i) => `Id${i}x`);
  const header = tableSpec("Posts").columns.map((c) => c.header);
  const line = (values: Record<string, Cell>) => header.map((h) => values[h] ?? "");
  const existing = posts
    .filter((_, i) => i % 2 === 0)
    .map((post) =>
      line({ Handle: "'@maya", "Post URL": `https://instagram.com/p/${post.id}`, Views: post.views - 1 }),
    );
  const rosterHeader = tableSpec("Roster").columns.map((c) => c.header);
  const sheets = {
    Roster: [rosterHeader, rosterHeader.map((h) => (h === "Handle" ? "'@maya" : ""))],
    Posts: [header, ...existing],
  };
  const read = readExport(instagramCsv(posts));
  if (!read.ok) throw new Error(read.message);
  const request = { table: read.table, source: detectSource(read.table.headers).id, override: {} };
  return { sheets, request };
}

function applyOnFake(count: number) {
  const { sheets, request } = program(count);
  return runOnFake(sheets, (context) => {
    const applied = applyImport(context, request);
    if (applied.preview.counts.newPosts !== count / 2) throw new Error("the bench's plan is off");
  });
}

/** Applying an import through the Apps Script adapters over the recording fake, at two sizes. */
export function benchImportApply(): string[] {
  const small = applyOnFake(200);
  const large = applyOnFake(20_000);
  return [
    row(
      "Import: apply 20,000 exported rows (10,000 updated, 10,000 new) through the Apps Script adapters over the recording fake",
      `${large.ms.toFixed(0)} ms`,
      "",
    ),
    row(
      "Service calls to apply an import of 200 / 20,000 rows",
      `${small.calls} / ${large.calls}`,
      "same (± grid growth)",
    ),
  ];
}
