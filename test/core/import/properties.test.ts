import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csv, existingPost } from "./fixtures";
import { applyPlan, counts, importText } from "./importFile";

const formats = [
  (n: number) => String(n),
  (n: number) => n.toLocaleString("en-US"),
  (n: number) => n.toLocaleString("en-US").replace(/,/g, " "),
];

const exportRow = fc.record({
  id: fc.stringMatching(/^[A-Za-z0-9_-]{11}$/),
  handle: fc.constantFrom("@maya", "leo", "AVA", "zoe"),
  day: fc.integer({ min: 1, max: 28 }),
  views: fc.integer({ min: 0, max: 5_000_000 }),
  likes: fc.option(fc.integer({ min: 0, max: 90_000 }), { nil: undefined }),
  cents: fc.integer({ min: 0, max: 10_000_000 }),
  format: fc.integer({ min: 0, max: 2 }),
  linkStyle: fc.constantFrom(
    "https://www.youtube.com/watch?v=",
    "youtu.be/",
    "https://m.youtube.com/shorts/",
  ),
});

describe("import properties", () => {
  it("importing the plan's result again plans nothing, whatever the sheet held before", () => {
    fc.assert(
      fc.property(
        fc.array(exportRow, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(29), fc.integer({ min: 0, max: 100 }), fc.constantFrom("short", "long")), {
          maxLength: 10,
        }),
        (rows, existing) => {
          const text = csv([
            ["Date", "Handle", "Link", "Views", "Likes", "Revenue"],
            ...rows.map((r) => {
              const write = formats[r.format] as (n: number) => string;
              return [
                `2026-10-${String(r.day).padStart(2, "0")}`,
                r.handle,
                `${r.linkStyle}${r.id}`,
                write(r.views),
                r.likes === undefined ? "n/a" : write(r.likes),
                `$${(r.cents / 100).toFixed(2)}`,
              ];
            }),
          ]);
          const posts = existing
            .filter(([at]) => at < rows.length)
            .map(([at, views, style], i) => {
              const id = (rows[at] as { id: string }).id;
              const postUrl =
                style === "short" ? `https://youtu.be/${id}` : `https://www.youtube.com/watch?v=${id}&t=1`;
              return existingPost(i + 2, { handle: "@maya", postUrl, views, likes: "lots" });
            });
          const first = importText(text, { posts });
          const after = applyPlan(posts, first);
          const second = importText(text, { posts: after });
          expect(counts(second)).toMatchObject({ new: 0, updated: 0 });
          expect(second.skipped).toEqual(first.skipped);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a row lands in exactly one of new, updated, unchanged or skipped", () => {
    fc.assert(
      fc.property(fc.array(exportRow, { minLength: 1, maxLength: 30 }), (rows) => {
        const text = csv([
          ["Handle", "Post URL", "Views"],
          ...rows.map((r) => [r.handle, `youtu.be/${r.id}`, String(r.views)]),
        ]);
        const plan = importText(text, {
          posts: [existingPost(2, { postUrl: `youtu.be/${rows[0]?.id}`, views: 1 })],
        });
        const lines = [
          ...plan.newPosts.map((p) => p.line),
          ...plan.updates.flatMap((u) => u.lines),
          ...plan.unchanged.flatMap((u) => u.lines),
          ...plan.skipped.map((s) => s.line),
        ].sort((a, b) => a - b);
        expect(lines).toEqual(rows.map((_, i) => i + 2));
      }),
    );
  });
});
