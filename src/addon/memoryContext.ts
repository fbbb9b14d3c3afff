import { LOCK_BUSY_MESSAGE } from "../platform/appsScriptLock";
import {
  memoryAssets,
  memoryDocs,
  memoryLock,
  memoryMail,
  memoryProperties,
  memoryScopes,
  memoryTriggers,
  memoryUi,
} from "../platform/memory";
import { memoryGmailDrafts } from "../platform/memoryDrafts";
import { memoryYouTube } from "../platform/memoryYouTube";
import type { WorkbookPort } from "../workbook/port";
import type { AddonContext } from "./context";

/** A context over any workbook with in-process services: the local demo, the sidebar dev server, tests. */
export function memoryContext(workbook: WorkbookPort, now: () => Date = () => new Date()) {
  const context = {
    workbook,
    ui: memoryUi(),
    lock: memoryLock(LOCK_BUSY_MESSAGE),
    triggers: memoryTriggers(),
    mail: memoryMail(),
    drafts: memoryGmailDrafts(),
    docs: memoryDocs(),
    properties: memoryProperties(),
    youtube: memoryYouTube(),
    assets: memoryAssets(),
    scopes: memoryScopes(),
    now,
  } satisfies AddonContext;
  return context;
}

export type MemoryContext = ReturnType<typeof memoryContext>;
