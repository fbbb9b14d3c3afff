import { handleKey } from "../keys";
import { chooseCreator } from "./creator";
import { fieldLabel } from "./fields";
import { changesFor, indexPosts } from "./match";
import type { CreatorChoice, ExistingPost, ImportPlan, NewPost, PlanInput, RosterEntry } from "./planTypes";
import { planPromo } from "./promo";
import { exportRows, type ImportRow, quote, type SkippedRow } from "./rows";
import { sourceProfile } from "./sources";
import type { ExportTable } from "./table";

/**
 * What importing a file would do to Posts, before anything is written: new posts, changed metric
 * cells of matched posts, unchanged posts, and skipped rows with the reason. Pure: the sheets layer
 * reads Posts and Roster, the sidebar shows the plan, and applying it writes exactly what it lists.
 */

function rosterIndex(roster: RosterEntry[]): Map<string, RosterEntry> {
  const byHandle = new Map<string, RosterEntry>();
  for (const entry of roster) {
    const key = handleKey(entry.handle);
    if (key && !byHandle.has(key)) byHandle.set(key, entry);
  }
  return byHandle;
}

/** Rows without a key cannot be matched again, and a row whose post came earlier in the file is a repeat. */
function uniqueRows(rows: ImportRow[], skipped: SkippedRow[]): ImportRow[] {
  const first = new Map<string, number>();
  return rows.filter((row) => {
    if (row.key === undefined) {
      skipped.push({ line: row.line, reason: "no post link or post ID to match it by" });
      return false;
    }
    const earlier = first.get(row.key);
    if (earlier !== undefined) {
      skipped.push({ line: row.line, reason: `the same post as row ${earlier} of the file` });
      return false;
    }
    first.set(row.key, row.line);
    return true;
  });
}

function newPost(row: ImportRow, entry: RosterEntry, campaign: string): NewPost {
  return {
    line: row.line,
    values: {
      date: row.date ?? "",
      handle: entry.handle,
      campaign: row.campaign || campaign,
      platform: row.platform || entry.platform || "",
      postUrl: row.postUrl,
      caption: row.caption,
      ...row.metrics,
    },
  };
}

function whyNotNew(row: ImportRow, entry: RosterEntry | undefined, creator: CreatorChoice | undefined) {
  if (row.date === null) {
    return row.dateText ? `${fieldLabel("date")} is not a date: ${quote(row.dateText)}` : "no date";
  }
  if (entry) return undefined;
  if (creator && creator.handle === null) return "no creator: say which creator this export is from";
  return row.handle ? `unknown creator ${quote(row.handle)} (not on Roster)` : "no handle";
}

function planPosts(rows: ImportRow[], input: PlanInput, plan: ImportPlan): void {
  const byKey = indexPosts(input.posts);
  const roster = rosterIndex(input.roster);
  const unique = uniqueRows(rows, plan.skipped);
  const matched = new Map<ImportRow, ExistingPost>();
  for (const row of unique) {
    const post = byKey.get(row.key as string);
    if (post) matched.set(row, post);
  }
  const profile = sourceProfile(input.mapping.source);
  if (profile.perChannel || input.mapping.columns.handle === undefined) {
    plan.creator = chooseCreator(unique, [...matched.values()], roster, input.options.creator);
  }
  const channelOwner = plan.creator?.handle ? roster.get(handleKey(plan.creator.handle)) : undefined;
  for (const row of unique) {
    const post = matched.get(row);
    if (post) {
      const changes = changesFor(post, row.metrics);
      if (changes.length > 0) plan.updates.push({ lines: [row.line], row: post.row, changes });
      else plan.unchanged.push({ lines: [row.line], row: post.row });
      continue;
    }
    // A per-channel export's posts are its owner's, even when a link names another account.
    const entry = plan.creator ? channelOwner : roster.get(handleKey(row.handle));
    const reason = whyNotNew(row, entry, plan.creator);
    if (reason || !entry) plan.skipped.push({ line: row.line, reason: reason ?? "no handle" });
    else plan.newPosts.push(newPost(row, entry, input.options.campaign ?? ""));
  }
}

/** The plan for importing a read file under a mapping (see readExport and mapColumns). */
export function planImport(table: ExportTable, input: PlanInput): ImportPlan {
  const profile = sourceProfile(input.mapping.source);
  const { rows, skipped } = exportRows(table, input.mapping, input.options);
  const plan: ImportPlan = {
    source: profile.id,
    sourceLabel: profile.label,
    mapping: input.mapping,
    newPosts: [],
    updates: [],
    unchanged: [],
    skipped,
    promoLines: [],
  };
  if (profile.id === "shopify") planPromo(rows, input, plan);
  else planPosts(rows, input, plan);
  plan.skipped.sort((a, b) => a.line - b.line);
  return plan;
}
