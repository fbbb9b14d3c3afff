import * as z from "zod/mini";
import { utf8Length } from "../encoding";
import { DELIVERABLE_FORMATS, OBJECTIVES } from "../lists";
import { grouped } from "../text";
import { isIsoDate } from "./dates";
import { type FieldError, fieldErrorsFrom } from "./fieldErrors";
import { PLATFORMS } from "./platforms";

export { DELIVERABLE_FORMATS, OBJECTIVES, PLATFORMS };

export const BRIEF_LIMITS = {
  summary: 2_000,
  keyMessages: 20,
  keyMessage: 1_000,
  deliverables: 30,
  quantity: 100,
  hashtags: 30,
  handlesToTag: 30,
  tag: 100,
  shortText: 200,
  mediumText: 2_000,
  longText: 5_000,
  /** Measured in UTF-8 bytes of the brief's JSON, which is what travels to the server. */
  payloadBytes: 100 * 1024,
} as const;

function text(label: string, max: number) {
  return z._default(
    z.string({ error: `${label} must be text.` }).check(
      z.maxLength(max, {
        error: (issue) =>
          `${label} is ${grouped(String(issue.input).length)} characters; keep it to ${grouped(max)} or fewer.`,
      }),
    ),
    "",
  );
}

function list<T extends z.ZodMiniType>(label: string, item: T, max: number) {
  return z._default(
    z.array(item, { error: `${label} must be a list.` }).check(
      z.maxLength(max, {
        error: (issue) => {
          const given = Array.isArray(issue.input) ? issue.input.length : 0;
          return `${label} has ${given} entries; keep it to ${max} or fewer.`;
        },
      }),
    ),
    [],
  );
}

/** "" is allowed while a brief is being drafted; `checkBrief` says which dates are still needed. */
function date(label: string) {
  return z._default(
    z.string({ error: `${label} must be a date like 2025-04-30.` }).check(
      z.refine((value) => value === "" || isIsoDate(value), {
        error: (issue) => `${label} must be a date like 2025-04-30, got ${JSON.stringify(issue.input)}.`,
      }),
    ),
    "",
  );
}

/** A missing group reads as an empty one: its fields take their own defaults (what `z.prefault(…, {})` does). */
function group<T extends z.ZodMiniObject>(schema: T) {
  return z._default(schema, () => schema.parse({}) as z.core.util.NoUndefined<z.output<T>>);
}

const QUANTITY = `Quantity must be a whole number from 1 to ${BRIEF_LIMITS.quantity}.`;

/**
 * Stored briefs are read leniently (fields a later version added are dropped); a brief arriving from
 * the sidebar is strict, so a misspelt or smuggled field ("__proto__", "sendTo") is refused, not ignored.
 */
type ObjectOf = <T extends z.core.$ZodLooseShape>(
  shape: T,
  params?: { error: (issue: { code: string }) => string | undefined },
) => z.ZodMiniObject<T>;
// Strict and stripping objects parse to the same type; only what they do with extra keys differs.
const strictly: ObjectOf = (shape, params) =>
  z.strictObject(shape, params) as unknown as z.ZodMiniObject<typeof shape>;
const leniently: ObjectOf = (shape, params) => z.object(shape, params);

const deliverableSchema = (object: ObjectOf) =>
  object({
    platform: z.enum(PLATFORMS, { error: `Platform must be one of: ${PLATFORMS.join(", ")}.` }),
    format: text("Format", BRIEF_LIMITS.tag),
    quantity: z
      .number({ error: QUANTITY })
      .check(
        z.int({ error: QUANTITY }),
        z.minimum(1, { error: QUANTITY }),
        z.maximum(BRIEF_LIMITS.quantity, { error: QUANTITY }),
      ),
    dueDate: date("Due date"),
  });

const BRIEF_ID = "Brief id must be text.";
const ID_LENGTH = "Brief id must be 100 characters or fewer.";

/** The brief's fields; `id` is what differs between a stored brief and one the sidebar sends. */
const briefSchema = (object: ObjectOf, id: z.ZodMiniType<string, unknown>) =>
  object(
    {
      id,
      campaign: text("Campaign", BRIEF_LIMITS.shortText),
      product: text("Product", BRIEF_LIMITS.shortText),
      objective: z._default(
        z.union([z.enum(OBJECTIVES), z.literal("")], {
          error: `Objective must be one of: ${OBJECTIVES.join(", ")}.`,
        }),
        "",
      ),
      summary: text("Summary", BRIEF_LIMITS.summary),
      keyMessages: list(
        "Key messages",
        text("Key message", BRIEF_LIMITS.keyMessage),
        BRIEF_LIMITS.keyMessages,
      ),
      deliverables: list("Deliverables", deliverableSchema(object), BRIEF_LIMITS.deliverables),
      mandatory: group(
        object({
          disclosure: text("Disclosure", BRIEF_LIMITS.mediumText),
          hashtags: list("Hashtags", text("Hashtag", BRIEF_LIMITS.tag), BRIEF_LIMITS.hashtags),
          handlesToTag: list("Handles to tag", text("Handle", BRIEF_LIMITS.tag), BRIEF_LIMITS.handlesToTag),
          linkOrPromo: text("Link or promo code", BRIEF_LIMITS.mediumText),
        }),
      ),
      avoid: group(
        object({
          competitorMentions: text("Competitor mentions", BRIEF_LIMITS.mediumText),
          claims: text("Claims to avoid", BRIEF_LIMITS.longText),
        }),
      ),
      timeline: group(
        object({
          draftDue: date("Draft due"),
          approval: date("Approval"),
          goLive: date("Go-live"),
        }),
      ),
      compensation: text("Compensation", BRIEF_LIMITS.mediumText),
      usageRights: text("Usage rights", BRIEF_LIMITS.longText),
      creativeFreedom: text("Creative freedom", BRIEF_LIMITS.longText),
      updatedAt: text("Updated", 40),
    },
    // Unknown fields keep the general wording, which names them.
    {
      error: (issue) =>
        issue.code === "invalid_type" ? "The brief must be an object of fields." : undefined,
    },
  );

export const BriefSchema = z.lazy(() =>
  briefSchema(
    leniently,
    z
      .string({ error: BRIEF_ID })
      .check(
        z.trim(),
        z.minLength(1, { error: "Brief id is missing." }),
        z.maxLength(100, { error: ID_LENGTH }),
      ),
  ),
);

/** A brief as the sidebar sends it: every field checked, none unknown; "" or no id for a new brief. */
export const BriefInputSchema = z.lazy(() =>
  briefSchema(
    strictly,
    z._default(z.string({ error: BRIEF_ID }).check(z.trim(), z.maxLength(100, { error: ID_LENGTH })), ""),
  ),
);

export type Brief = z.output<typeof BriefSchema>;
export type BriefDeliverable = z.output<ReturnType<typeof deliverableSchema>>;
export type BriefResult = { ok: true; brief: Brief } | { ok: false; errors: FieldError[] };

/**
 * A brief as it arrives from the sidebar (an object) or from storage (JSON text). Missing fields
 * become blank so half-written briefs load; wrong types, unknown choices, bad dates and oversized
 * text come back as messages per field. Oversized payloads are refused before anything else is read.
 */
export function parseBrief(json: unknown): BriefResult {
  let value = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch {
      return {
        ok: false,
        errors: [{ field: "", message: "The brief could not be read: its JSON text is damaged." }],
      };
    }
  }
  const bytes = utf8Length(JSON.stringify(value) ?? "");
  if (bytes > BRIEF_LIMITS.payloadBytes) {
    const message = `The brief is ${grouped(Math.ceil(bytes / 1024))} KB; the limit is ${BRIEF_LIMITS.payloadBytes / 1024} KB. Shorten the longest texts and save again.`;
    return { ok: false, errors: [{ field: "", message }] };
  }
  const result = BriefSchema.safeParse(value);
  return result.success
    ? { ok: true, brief: result.data }
    : { ok: false, errors: fieldErrorsFrom(result.error) };
}
