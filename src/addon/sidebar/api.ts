import * as z from "zod/mini";
import { type Brief, BriefInputSchema } from "../../core/brief/schema";
import {
  IMPORT_FIELDS,
  type ImportField,
  MAX_BYTES,
  MAX_ROWS,
  SOURCES,
  type SourceId,
} from "../../core/import/planning";
import { DraftSelectionSchema } from "../../core/outreach/drafts";
import type { SidebarCalls, SidebarFunctionName } from "../../core/rpc/api";
import { loadBrief } from "../../sheets/stores/briefStore";
import { createBriefDocs, PERSONALISED_DOCS, saveBrief } from "./briefActions";
import { previewDrafts } from "./draftPlan";
import { createDrafts, openOutreachLogSheet } from "./drafts";
import { applyImport, importMappings, previewImport } from "./importActions";
import { loadSidebar } from "./load";
import { type SidebarFunction, sidebarFunction } from "./rpc";
import { planSetUpStep, saveSetUpStep } from "./setUpActions";
import { copyTemplate, removeTemplate, saveTemplate } from "./templateActions";

/** An object with exactly these fields; anything else is named, since the sidebar never sends it. */
function request<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `the request has ${issue.keys.length === 1 ? "a field" : "fields"} the server does not know: ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}.`
        : "the request must be an object of named fields.",
  });
}

const NoInput = z.lazy(() =>
  z.union([z.undefined(), z.null(), request({})], { error: "this action takes no input." }),
);
const Id = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .check(
      z.trim(),
      z.minLength(1, { error: `${label} is missing.` }),
      z.maxLength(100, { error: `${label} must be 100 characters or fewer.` }),
    );
// Strict to the last field: an id that is not text, a field the form has not, a "__proto__" key.
const BriefInput = BriefInputSchema;
const ROW = "Each creator must be a Roster row number.";
const Rows = z.lazy(() =>
  z
    .array(
      z
        .number({ error: ROW })
        .check(z.int({ error: ROW }), z.minimum(2, { error: "Roster rows start at 2, under the header." })),
      { error: "Creators must be a list of Roster rows." },
    )
    .check(
      z.maxLength(PERSONALISED_DOCS, { error: `Pick at most ${PERSONALISED_DOCS} creators at a time.` }),
    ),
);

const DraftsRequest = z.lazy(() =>
  request({
    templateId: Id("Template id"),
    selection: DraftSelectionSchema,
    expected: z.optional(
      z
        .array(
          request({
            row: z.number().check(z.int(), z.minimum(1)),
            handle: z.string().check(z.maxLength(200)),
            email: z.optional(z.string().check(z.maxLength(500))),
            name: z.optional(z.string().check(z.maxLength(500))),
          }),
        )
        .check(z.maxLength(5_000)),
    ),
  }),
);

/**
 * A file the page parsed: every cell as text. Its JSON is larger than the file (quotes and commas per
 * cell), so the import calls take twice the file limit where the other calls take 256 KB.
 */
const IMPORT_PAYLOAD_BYTES = 2 * MAX_BYTES;
const Cells = (what: string) =>
  z.array(z.string({ error: `${what} must be text.` }), { error: `${what} must be a list.` });
const ImportInput = z.lazy(() =>
  request({
    table: request({
      headers: Cells("Headers").check(z.minLength(1), z.maxLength(1_000)),
      rows: z
        .array(Cells("Each row's cells"), { error: "Rows must be a list." })
        .check(z.minLength(1), z.maxLength(MAX_ROWS, { error: `The import reads up to ${MAX_ROWS} rows.` })),
      lines: z.optional(z.array(z.number().check(z.int(), z.minimum(1)))),
      delimiter: z.string(),
      decimalComma: z.boolean(),
    }),
    source: z.enum(SOURCES.map((source) => source.id) as [SourceId, ...SourceId[]], {
      error: "Source must be one the import knows.",
    }),
    override: z.record(
      z.string(),
      z.enum(["ignore", ...IMPORT_FIELDS] as ["ignore", ...ImportField[]], {
        error: "Each column maps to a Posts field or is ignored.",
      }),
    ),
    creator: z.optional(z.string().check(z.maxLength(200))),
  }),
);

/** The mapping step's choices, as Settings › Mapping holds them (sheet → tab, columns, values). */
const Name = (label: string) =>
  z.string({ error: `${label} must be text.` }).check(z.maxLength(200, { error: `${label} is too long.` }));
const MappingInput = z.lazy(() =>
  z.record(
    Name("A sheet name"),
    request({
      tab: z.optional(Name("The tab")),
      columns: z.optional(z.record(Name("A field"), Name("A team column"))),
      values: z.optional(z.record(Name("A field"), z.record(Name("A team value"), Name("Our value")))),
    }),
  ),
);

// Schemas are built on first use (z.lazy): Apps Script evaluates this file before every call,
// custom functions included, and building them all took most of that time.

/**
 * The server functions the sidebar calls, each `(context, input)` → a value or a message for the
 * user. Every input is checked by its schema first; the sidebar's typed wrapper reads the same schemas.
 */
export const SIDEBAR_API = {
  sidebarLoad: sidebarFunction("Loading the sidebar", NoInput, loadSidebar),

  sidebarOpenBrief: sidebarFunction(
    "Opening the brief",
    z.lazy(() => request({ id: Id("Brief id") })),
    (context, input): Brief => loadBrief(context.workbook, input.id),
  ),

  sidebarSaveBrief: sidebarFunction(
    "Saving the brief",
    z.lazy(() => request({ brief: BriefInput })),
    saveBrief,
    undefined,
    "brief",
  ),

  sidebarCreateBriefDocs: sidebarFunction(
    "Creating the Google Doc",
    z.lazy(() => request({ brief: BriefInput, rows: Rows })),
    createBriefDocs,
    undefined,
    "brief",
  ),

  sidebarSaveTemplate: sidebarFunction(
    "Saving the template",
    z.lazy(() =>
      request({
        template: request({
          id: z.string({ error: "Template id must be text." }).check(z.maxLength(100)),
          name: z.string({ error: "Name must be text." }),
          subject: z.string({ error: "Subject must be text." }),
          body: z.string({ error: "Body must be text." }),
        }),
      }),
    ),
    saveTemplate,
  ),

  sidebarDuplicateTemplate: sidebarFunction(
    "Duplicating the template",
    z.lazy(() => request({ id: Id("Template id") })),
    copyTemplate,
  ),

  sidebarDeleteTemplate: sidebarFunction(
    "Deleting the template",
    z.lazy(() => request({ id: Id("Template id") })),
    removeTemplate,
  ),

  // Gmail drafts: the confirmation step, the drafts, and the Outreach log the results link to.
  sidebarPreviewDrafts: sidebarFunction("Checking who gets a draft", DraftsRequest, previewDrafts),

  sidebarCreateDrafts: sidebarFunction("Creating Gmail drafts", DraftsRequest, createDrafts),

  sidebarOpenOutreachLog: sidebarFunction("Opening the Outreach log", NoInput, openOutreachLogSheet),

  sidebarImportMappings: sidebarFunction("Reading the remembered mappings", NoInput, importMappings),

  sidebarImportPreview: sidebarFunction(
    "Previewing the import",
    ImportInput,
    previewImport,
    IMPORT_PAYLOAD_BYTES,
  ),

  sidebarImportApply: sidebarFunction("Importing", ImportInput, applyImport, IMPORT_PAYLOAD_BYTES),

  // The set-up's mapping step (Set-up tab).
  sidebarPlanSetUp: sidebarFunction(
    "Planning the set-up",
    z.lazy(() => request({ mapping: z.optional(MappingInput) })),
    planSetUpStep,
  ),

  sidebarSaveSetUp: sidebarFunction(
    "Saving the mapping and setting up",
    z.lazy(() => request({ mapping: MappingInput })),
    saveSetUpStep,
  ),
} satisfies SidebarTable;

/** The table as the page is told it is: each call's schema and answer, per src/core/rpc/api.ts. */
type SidebarTable = {
  [N in SidebarFunctionName]: SidebarFunction<
    z.ZodMiniType<unknown, SidebarCalls[N]["input"]>,
    SidebarCalls[N]["value"]
  >;
};

/** `satisfies` checks each schema's input against the page's type one way; this checks the other. */
type Unaccepted = {
  [N in SidebarFunctionName]: SidebarCalls[N]["input"] extends z.input<(typeof SIDEBAR_API)[N]["schema"]>
    ? never
    : N;
}[SidebarFunctionName];
type NoneOf<T extends never> = T;
export type EveryPageInputAccepted = NoneOf<Unaccepted>;
