import type { z } from "zod";

/**
 * One problem tied to a form field. `field` is a dotted path the sidebar can put the message beside
 * ("timeline.goLive", "deliverables.2.quantity"; list positions count from 0), "" for the whole item.
 * `message` reads on its own and counts list positions from 1, as a person does.
 */
export interface FieldError {
  field: string;
  message: string;
}

export function fieldErrorsFrom(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
}
