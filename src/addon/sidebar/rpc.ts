import type * as z from "zod/mini";
import { fieldErrorsFrom } from "../../core/brief/fieldErrors";
import { utf8Length } from "../../core/encoding";
import { messageOf } from "../../core/errors";
import { type RpcResult, SidebarError } from "../../core/rpc/result";
import { grouped } from "../../core/text";
import type { AddonContext } from "../context";

/**
 * A server function the sidebar calls. `schema` is attached so the client can type its input
 * (`z.input<typeof fn.schema>`) from the same declaration the server validates with.
 */
export type SidebarFunction<S extends z.ZodMiniType, T> = ((
  context: AddonContext,
  input: unknown,
) => RpcResult<T>) & { readonly schema: S };

/** google.script.run allows about 50 MB; nothing the sidebar sends needs more than this. */
const MAX_PAYLOAD_BYTES = 256 * 1024;

const kb = (bytes: number) => `${grouped(Math.ceil(bytes / 1024))} KB`;

/**
 * Wraps an action: refuses oversized or malformed input with a message naming the action and the
 * field, and turns anything thrown into an error result, so the sidebar never sees a bare failure.
 * `form` names the request field that carries a whole form (the brief): a problem inside it is the
 * form's own, told in the form's words and paths so the sidebar puts it beside the field.
 */
export function sidebarFunction<S extends z.ZodMiniType, T>(
  action: string,
  schema: S,
  run: (context: AddonContext, input: z.output<S>) => T,
  maxBytes = MAX_PAYLOAD_BYTES,
  form?: string,
): SidebarFunction<S, T> {
  const fn = (context: AddonContext, input: unknown): RpcResult<T> => {
    try {
      const size = payloadBytes(input);
      if (!Number.isFinite(size)) return failure(`${action}: the request could not be read.`);
      if (size > maxBytes) {
        return failure(`${action}: the request is ${kb(size)}; the limit is ${kb(maxBytes)}.`);
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        // Through fieldErrorsFrom, which also sets the English wording for checks without a message.
        const [first] = fieldErrorsFrom(parsed.error);
        const inForm = form !== undefined && first?.field.startsWith(`${form}.`);
        if (first && inForm) return failure(first.message, first.field.slice(form.length + 1));
        return failure(
          `${action}: ${first?.message ?? "the request is not in the expected shape."}`,
          first?.field,
        );
      }
      return { ok: true, value: run(context, parsed.data) };
    } catch (error) {
      if (error instanceof SidebarError) return failure(error.message, error.field);
      console.error(`${action} failed`, error);
      return failure(`${action} failed: ${messageOf(error)}`);
    }
  };
  return Object.assign(fn, { schema });
}

function failure(message: string, field?: string): { ok: false; error: { message: string; field?: string } } {
  return { ok: false, error: field ? { message, field } : { message } };
}

// Counted on the JSON text, which is what google.script.run carries; a cycle cannot arrive from the client.
function payloadBytes(input: unknown): number {
  try {
    return utf8Length(JSON.stringify(input) ?? "");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
