import { messageOf } from "../src/core/errors";
import type { SidebarCalls, SidebarFunctionName } from "../src/core/rpc/api";
import type { RpcResult } from "../src/core/rpc/result";

/** What each server function takes and answers, as core declares it and the server's table satisfies. */
export type RpcInput<N extends SidebarFunctionName> = SidebarCalls[N]["input"];
export type RpcValue<N extends SidebarFunctionName> = SidebarCalls[N]["value"];

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

interface GoogleScript {
  script: { run: ScriptRunner };
}

function runner(): ScriptRunner | null {
  return (globalThis as { google?: GoogleScript }).google?.script?.run ?? null;
}

/**
 * Calls a server function through google.script.run. Always resolves: a failed call (a timeout, an
 * expired session) becomes an error result, so every caller handles one shape.
 */
export function call<N extends SidebarFunctionName>(
  name: N,
  input: RpcInput<N>,
): Promise<RpcResult<RpcValue<N>>> {
  return new Promise((resolve) => {
    const run = runner();
    if (!run) {
      resolve({
        ok: false,
        error: { message: "This page must be opened from the Influencer Desk menu in Sheets." },
      });
      return;
    }
    const fn = run
      .withSuccessHandler((value) => {
        const result = value as RpcResult<RpcValue<N>> | null;
        resolve(result && typeof result === "object" && "ok" in result ? result : unreadable());
      })
      .withFailureHandler((error) => {
        const message = messageOf(error);
        resolve({ ok: false, error: { message: `The spreadsheet did not answer: ${message}` } });
      })[name] as (input: unknown) => void;
    fn(input);
  });
}

function unreadable(): { ok: false; error: { message: string } } {
  return {
    ok: false,
    error: { message: "The spreadsheet sent an answer the sidebar cannot read; reload it." },
  };
}
