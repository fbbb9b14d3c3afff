import { messageOf } from "../../core/errors";
import type { SidebarFunctionName } from "../../core/rpc/api";
import type { RpcResult } from "../../core/rpc/result";
import { appsScriptContext } from "../appsScriptContext";
import type { AddonContext } from "../context";
import type { HandlerEntry } from "../entry";
import { SIDEBAR_API } from "./api";

/** Calls that only read run without the lock, so opening a brief never waits behind a long write. */
const READ_ONLY = new Set<SidebarFunctionName>([
  "sidebarOpenBrief",
  "sidebarImportMappings",
  "sidebarImportPreview",
  "sidebarPlanSetUp",
  "sidebarPreviewDrafts",
  "sidebarOpenOutreachLog",
]);

/**
 * Runs one sidebar call as google.script.run does in Apps Script, and as the local dev server does:
 * writes under the document lock, and any failure (no spreadsheet, lock busy) as an error result.
 */
export function runSidebarCall(
  context: () => AddonContext,
  name: SidebarFunctionName,
  input: unknown,
): RpcResult<unknown> {
  try {
    const built = context();
    const call = () => SIDEBAR_API[name](built, input);
    return READ_ONLY.has(name) ? call() : built.lock.withDocumentLock(call);
  } catch (error) {
    console.error(`${name} failed`, error);
    return { ok: false, error: { message: messageOf(error) } };
  }
}

function rpcEntry(name: SidebarFunctionName): HandlerEntry {
  const run = (input: unknown) => runSidebarCall(appsScriptContext, name, input);
  return { kind: "rpc", name, params: ["input"], run: run as HandlerEntry["run"] };
}

/** Every function the sidebar's page calls through google.script.run. */
export const SIDEBAR_ENTRIES: HandlerEntry[] = (Object.keys(SIDEBAR_API) as SidebarFunctionName[]).map(
  rpcEntry,
);
