import type { Cell } from "../../../src/core/cells";
import { readImportSheets } from "../../../src/sheets/stores/postsImport";
import type { WorkbookPort } from "../../../src/workbook/port";
import { type FixturePost, instagramCsv } from "../../core/import/fixtures";

/** The Instagram posts on a workbook's Posts sheet: their link IDs, handles and numbers. */
export function instagramPostsOn(workbook: WorkbookPort): FixturePost[] {
  const { posts } = readImportSheets(workbook);
  const num = (cell: Cell | undefined) => (typeof cell === "number" ? cell : 0);
  return posts.flatMap((post) => {
    const url = String(post.values.postUrl ?? "");
    const id = /instagram\.com\/(?:p|reel)\/([\w-]+)/.exec(url)?.[1];
    if (!id) return [];
    return [
      {
        id,
        handle: String(post.values.handle ?? "").replace(/^@/, ""),
        caption: String(post.values.caption ?? ""),
        views: num(post.values.views),
        likes: num(post.values.likes),
        comments: num(post.values.comments),
        shares: num(post.values.shares),
        saves: num(post.values.saves),
        published: "2026-06-29 15:21",
      },
    ];
  });
}

/**
 * Meta's export of a workbook's Instagram posts a few days later: the first `grown` posts with more
 * views and likes, the rest as they are, and one post the sheet does not have yet.
 */
export function laterInstagramExport(
  workbook: WorkbookPort,
  grown = 3,
): { csv: string; posts: FixturePost[] } {
  const posts = instagramPostsOn(workbook);
  if (posts.length <= grown) throw new Error(`only ${posts.length} Instagram posts on Posts`);
  const later = posts.map((post, i) =>
    i < grown ? { ...post, views: post.views + 500, likes: post.likes + 7 } : post,
  );
  const fresh: FixturePost = {
    ...(posts[0] as FixturePost),
    id: "NewReel123",
    caption: "Brand new reel #ad",
    views: 4321,
  };
  return { csv: instagramCsv([...later, fresh]), posts: later };
}
