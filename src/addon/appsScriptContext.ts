import { appsScriptAssets } from "../platform/appsScriptAssets";
import { appsScriptDocs } from "../platform/appsScriptDocs";
import { appsScriptGmailDrafts } from "../platform/appsScriptGmailDrafts";
import { appsScriptLock } from "../platform/appsScriptLock";
import { appsScriptMail } from "../platform/appsScriptMail";
import { appsScriptProperties } from "../platform/appsScriptProperties";
import { appsScriptScopes } from "../platform/appsScriptScopes";
import { appsScriptTriggers } from "../platform/appsScriptTriggers";
import { appsScriptUi } from "../platform/appsScriptUi";
import { appsScriptYouTube } from "../platform/appsScriptYouTube";
import { appsScriptWorkbook, spreadsheetUi } from "../workbook/appsScript";
import type { AddonContext } from "./context";

/** The context of a run inside Apps Script. Each service is touched only when an action uses it. */
export function appsScriptContext(): AddonContext {
  const workbook = appsScriptWorkbook();
  return {
    workbook,
    get ui() {
      return appsScriptUi(spreadsheetUi());
    },
    lock: appsScriptLock(workbook.flush),
    triggers: appsScriptTriggers(),
    mail: appsScriptMail(),
    drafts: appsScriptGmailDrafts(),
    docs: appsScriptDocs(),
    properties: appsScriptProperties(),
    youtube: appsScriptYouTube(),
    assets: appsScriptAssets(),
    scopes: appsScriptScopes(),
    now: () => new Date(),
  };
}
