import { dayFirstFor } from "../../core/dateParse";
import {
  type ImportPlan,
  mapColumns,
  mappingProblem,
  planImport,
  previewOf,
} from "../../core/import/planning";
import type { ImportApplied, ImportPreviewValue, ImportRequest } from "../../core/rpc/import";
import { SidebarError } from "../../core/rpc/result";
import { type PostsTarget, readImportSheets, writeImportPlan } from "../../sheets/stores/postsImport";
import type { AddonContext } from "../context";
import { todayOf } from "./clock";
import { rememberedMappings, rememberMapping } from "./importMappings";

/**
 * The Import tab's server side. The page reads and parses the file; the server plans against the
 * sheets as they are now, for the preview and again for Apply, so what is written is never a plan
 * made against cells that changed since.
 */

function plan(
  context: AddonContext,
  input: ImportRequest,
): { plan: ImportPlan; target: PostsTarget; handles: string[] } {
  const mapping = mapColumns(input.table.headers, input.source, input.override);
  const problem = mappingProblem(mapping);
  if (problem) throw new SidebarError(problem, "mapping");
  const { workbook } = context;
  const sheets = readImportSheets(workbook);
  const made = planImport(input.table, {
    mapping,
    posts: sheets.posts,
    roster: sheets.roster,
    campaigns: sheets.campaigns,
    options: {
      dayFirst: dayFirstFor(workbook.locale),
      timeZone: workbook.timeZone,
      today: todayOf(context),
      ...(input.creator ? { creator: input.creator } : {}),
    },
  });
  return { plan: made, target: sheets.target, handles: sheets.roster.map((entry) => entry.handle) };
}

function previewValue(context: AddonContext, made: ImportPlan, handles: string[]): ImportPreviewValue {
  const { workbook } = context;
  return {
    ...previewOf(made, workbook.timeZone),
    rosterHandles: made.creator ? handles : [],
    locale: workbook.locale,
  };
}

export function previewImport(context: AddonContext, input: ImportRequest): ImportPreviewValue {
  const made = plan(context, input);
  return previewValue(context, made.plan, made.handles);
}

/** Plans again from the live sheets, writes that plan, and remembers the mapping for the source. */
export function applyImport(context: AddonContext, input: ImportRequest): ImportApplied {
  const made = plan(context, input);
  const written = writeImportPlan(made.target, made.plan, context.workbook.timeZone);
  rememberMapping(context.properties, input.source, input.override);
  return { preview: previewValue(context, made.plan, made.handles), written };
}

export function importMappings(context: AddonContext) {
  return rememberedMappings(context.properties);
}
