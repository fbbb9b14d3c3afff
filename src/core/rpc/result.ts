/*
 * Shared by the server and the sidebar page: what a sidebar call answers, and the error a store or an
 * action throws when the user can fix the problem. Nothing here may pull server code into the page.
 */

/** What every sidebar call answers: a value, or a message the sidebar shows beside `field` or the action. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: { message: string; field?: string } };

/** A problem the user can fix, tied to a form field when there is one. */
export class SidebarError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
