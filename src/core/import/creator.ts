import { handleKey } from "../keys";
import { cellText } from "./match";
import type { CreatorChoice, ExistingPost, RosterEntry } from "./planTypes";
import type { ImportRow } from "./rows";

function distinct(handles: string[]): string[] {
  const seen = new Map<string, string>();
  for (const handle of handles)
    if (handle && !seen.has(handleKey(handle))) seen.set(handleKey(handle), handle);
  return [...seen.values()];
}

/**
 * The one creator a per-channel export belongs to: the one a person named, else the one whose handle
 * is in the file's links, else the one whose posts the file already matched. Undecided (with the
 * handles seen, for the question) when none or several fit.
 */
export function chooseCreator(
  rows: ImportRow[],
  matched: ExistingPost[],
  roster: Map<string, RosterEntry>,
  named: string | undefined,
): CreatorChoice {
  const fromLinks = distinct(rows.map((row) => row.handle));
  const fromPosts = distinct(matched.map((post) => cellText(post.values.handle)));
  const candidates = distinct([...fromLinks, ...fromPosts]);
  if (named !== undefined && named.trim() !== "") {
    const entry = roster.get(handleKey(named));
    if (entry) return { handle: entry.handle, how: "option", candidates };
    return {
      handle: null,
      how: "undecided",
      message: `${named.trim()} is not on Roster. Add the creator to Roster first, or choose another creator.`,
      candidates,
    };
  }
  const known = (handles: string[]) => handles.filter((handle) => roster.has(handleKey(handle)));
  const links = known(fromLinks);
  if (links.length === 1)
    return { handle: roster.get(handleKey(links[0] as string))?.handle ?? null, how: "links", candidates };
  const posts = known(fromPosts);
  if (links.length === 0 && posts.length === 1) {
    return {
      handle: roster.get(handleKey(posts[0] as string))?.handle ?? null,
      how: "matched posts",
      candidates,
    };
  }
  const why =
    candidates.length > 1
      ? `its links and matched posts name several creators (${candidates.join(", ")})`
      : "it names no creator and matches no post on Posts";
  return {
    handle: null,
    how: "undecided",
    message: `Which creator is this export from? The add-on cannot tell, because ${why}.`,
    candidates,
  };
}
