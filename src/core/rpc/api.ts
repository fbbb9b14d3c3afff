import type * as z from "zod/mini";
import type { Brief, BriefInputSchema } from "../brief/schema";
import type { MappingOverride } from "../import/mapping";
import type { SourceId } from "../import/sources";
import type { DraftSelectionSchema } from "../outreach/drafts";
import type { ImportApplied, ImportPreviewValue, ImportRequest } from "./import";
import type { Mapping, SetUpPlan, SetUpSaved } from "./mapping";
import type {
  CreatedDoc,
  DraftOutcome,
  DraftPreview,
  SavedBrief,
  SidebarData,
  TemplatesResult,
} from "./types";

/** A call that takes nothing. */
type NoInput = undefined | null | Record<string, never>;
type BriefInput = z.input<typeof BriefInputSchema>;
type DraftsRequest = {
  templateId: string;
  selection: z.input<typeof DraftSelectionSchema>;
  /** The handle (and address and name) the sidebar showed on each row it sends. */
  expected?: { row: number; handle: string; email?: string; name?: string }[];
};

/**
 * Every sidebar call: what the page sends and what the server answers. The page is typed by this; the
 * server's table (src/addon/sidebar/api.ts) must satisfy it, its schemas taking exactly these inputs.
 */
export interface SidebarCalls {
  sidebarLoad: { input: NoInput; value: SidebarData };
  sidebarOpenBrief: { input: { id: string }; value: Brief };
  sidebarSaveBrief: { input: { brief: BriefInput }; value: SavedBrief };
  sidebarCreateBriefDocs: { input: { brief: BriefInput; rows: number[] }; value: CreatedDoc[] };
  sidebarSaveTemplate: {
    input: { template: { id: string; name: string; subject: string; body: string } };
    value: TemplatesResult;
  };
  sidebarDuplicateTemplate: { input: { id: string }; value: TemplatesResult };
  sidebarDeleteTemplate: { input: { id: string }; value: TemplatesResult };
  sidebarPreviewDrafts: { input: DraftsRequest; value: DraftPreview };
  sidebarCreateDrafts: { input: DraftsRequest; value: DraftOutcome };
  sidebarOpenOutreachLog: { input: NoInput; value: boolean };
  sidebarImportMappings: { input: NoInput; value: Partial<Record<SourceId, MappingOverride>> };
  sidebarImportPreview: { input: ImportRequest; value: ImportPreviewValue };
  sidebarImportApply: { input: ImportRequest; value: ImportApplied };
  sidebarPlanSetUp: { input: { mapping?: Mapping }; value: SetUpPlan };
  sidebarSaveSetUp: { input: { mapping: Mapping }; value: SetUpSaved };
}

export type SidebarFunctionName = keyof SidebarCalls;
