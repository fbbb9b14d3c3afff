import { formatDate } from "../../src/core/brief/dates";
import type { ImportApplied, ImportPreviewValue } from "../../src/core/rpc/import";
import { grouped } from "../../src/core/text";
import { el, option } from "../dom";

const plural = (n: number, one: string, many = `${one}s`) => `${grouped(n)} ${n === 1 ? one : many}`;
const shown = (value: string | number) =>
  value === "" ? "blank" : typeof value === "number" ? grouped(value) : value;

function list(title: string, total: number, items: HTMLElement[]): HTMLElement | null {
  if (total === 0) return null;
  const more =
    total > items.length
      ? el("li", { className: "hint", text: `…and ${grouped(total - items.length)} more` })
      : null;
  return el("details", { className: "import-list" }, [
    el("summary", { text: `${title} (${grouped(total)})` }),
    el("ul", {}, [...items, more]),
  ]);
}

export function summaryText(preview: ImportPreviewValue): string {
  const c = preview.counts;
  return [
    plural(c.newPosts, "new post"),
    `${plural(c.updatedPosts, "updated post")} (${plural(c.changedCells, "cell")})`,
    `${grouped(c.unchanged)} unchanged`,
    `${grouped(c.skipped)} skipped`,
  ].join(" · ");
}

/** Who a per-channel export belongs to: the plan's proposal, or a question, with the Roster to pick from. */
function creatorPicker(preview: ImportPreviewValue, onCreator: (handle: string) => void): HTMLElement | null {
  const creator = preview.creator;
  if (!creator) return null;
  const select = el(
    "select",
    { attrs: { id: "import-creator", "aria-describedby": "import-creator-hint" } },
    [option("", "Choose a creator…"), ...preview.rosterHandles.map((handle) => option(handle, handle))],
  );
  select.value = creator.handle ?? "";
  select.addEventListener("change", () => onCreator(select.value));
  const how =
    creator.how === "links"
      ? "Proposed from the handles in its links."
      : creator.how === "matched posts"
        ? "Proposed from the posts it already matched."
        : creator.how === "option"
          ? "As you chose."
          : (creator.message ?? "");
  return el("div", { className: "field" }, [
    el("label", { text: "Whose export is this?", attrs: { for: "import-creator" } }),
    select,
    el("p", { className: creator.handle ? "hint" : "msg", attrs: { id: "import-creator-hint" } }, [
      creator.handle ? how : el("span", { className: "warning", text: how }),
    ]),
  ]);
}

export function renderPreview(
  container: HTMLElement,
  preview: ImportPreviewValue,
  onCreator: (handle: string) => void,
): void {
  const newPosts = preview.newPosts.map((post) =>
    el("li", {}, [
      el("strong", { text: `Row ${post.line}` }),
      ` ${post.handle} · ${formatDate(post.date, preview.locale) || "no date"}`,
      el("small", { text: post.postUrl }),
      el("small", { text: post.metrics.map(([label, value]) => `${label} ${grouped(value)}`).join(", ") }),
    ]),
  );
  const updates = preview.updates.map((update) =>
    el("li", {}, [
      el("strong", { text: `Posts row ${update.row}` }),
      ` (file row ${update.lines.join(", ")})`,
      update.note ? el("small", { text: update.note }) : null,
      el(
        "ul",
        {},
        update.changes.map((change) =>
          el("li", { text: `${change.label}: ${shown(change.old)} → ${grouped(change.new)}` }),
        ),
      ),
    ]),
  );
  const skipped = preview.skipped.map((row) =>
    el("li", {}, [el("strong", { text: row.line ? `Row ${row.line}` : "File" }), ` ${row.reason}`]),
  );
  const promo = preview.promoLines.map((line) =>
    el("li", {
      text: `${line.handle} (${line.promoCode}): ${grouped(line.promoRedemptions)} redemptions, ${grouped(line.revenue)} revenue — ${line.reason}`,
    }),
  );
  container.replaceChildren(
    el("h2", { text: "Preview" }),
    el("p", { className: "import-summary", text: summaryText(preview) }),
    creatorPicker(preview, onCreator) ?? "",
    list("New posts", preview.counts.newPosts, newPosts) ?? "",
    list("Updated posts", preview.counts.updatedPosts, updates) ?? "",
    list("Skipped rows", preview.counts.skipped, skipped) ?? "",
    list("Sales no post can carry", preview.counts.promoLines, promo) ?? "",
    preview.counts.newPosts + preview.counts.changedCells === 0
      ? el("p", { className: "hint", text: "Nothing to write: Posts already has these numbers." })
      : "",
  );
}

export function resultText({ preview, written }: ImportApplied): string {
  const parts: string[] = [];
  if (written.appended) {
    const rows =
      written.appended.first === written.appended.last
        ? `row ${written.appended.first}`
        : `rows ${written.appended.first}–${written.appended.last}`;
    parts.push(`${plural(preview.counts.newPosts, "post")} added (${rows})`);
  }
  if (written.cellsChanged > 0) {
    parts.push(
      `${plural(written.cellsChanged, "cell")} changed in ${plural(preview.counts.updatedPosts, "post")}`,
    );
  }
  if (parts.length === 0) parts.push("Nothing changed: Posts already had these numbers");
  return `Imported. ${parts.join("; ")}. ${grouped(preview.counts.unchanged)} unchanged, ${grouped(preview.counts.skipped)} skipped.`;
}
