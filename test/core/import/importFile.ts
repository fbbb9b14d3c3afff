import {
  type CampaignWindow,
  detectSource,
  type ExistingPost,
  type ImportPlan,
  type MappingOverride,
  mapColumns,
  type PlanOptions,
  planImport,
  type RosterEntry,
  readExport,
} from "../../../src/core/import/index";
import { existingPost, OPTIONS, ROSTER } from "./fixtures";

export interface ImportSetup {
  posts?: ExistingPost[];
  roster?: RosterEntry[];
  campaigns?: CampaignWindow[];
  options?: Partial<PlanOptions>;
  override?: MappingOverride;
}

/** The whole pure path a file takes: read, detect, map, plan. */
export function importText(text: string, setup: ImportSetup = {}): ImportPlan {
  const read = readExport(text);
  if (!read.ok) throw new Error(read.message);
  const source = detectSource(read.table.headers);
  const mapping = mapColumns(read.table.headers, source.id, setup.override);
  return planImport(read.table, {
    mapping,
    posts: setup.posts ?? [],
    roster: setup.roster ?? ROSTER,
    campaigns: setup.campaigns ?? [],
    options: { ...OPTIONS, ...setup.options },
  });
}

/** What applying a plan does to Posts, as the sheets layer will: metric cells set, new rows appended. */
export function applyPlan(posts: ExistingPost[], plan: ImportPlan): ExistingPost[] {
  const byRow = new Map(posts.map((post) => [post.row, { row: post.row, values: { ...post.values } }]));
  for (const update of plan.updates) {
    const post = byRow.get(update.row);
    if (!post) throw new Error(`no row ${update.row}`);
    for (const change of update.changes) post.values[change.field] = change.new;
  }
  let next = Math.max(1, ...posts.map((post) => post.row)) + 1;
  const result = [...byRow.values()];
  for (const added of plan.newPosts) result.push(existingPost(next++, added.values));
  return result;
}

export function counts(plan: ImportPlan) {
  return {
    new: plan.newPosts.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged.length,
    skipped: plan.skipped.length,
  };
}
