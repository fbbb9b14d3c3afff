import type { DraftMessage } from "../core/outreach/mime";

export interface CreatedDraft {
  /** The draft's id: stays the same while the user edits the draft. */
  draftId: string;
  /** The id of the message inside the draft: changes each time the draft is saved again. */
  messageId: string;
  /** Where the user opens the draft in Gmail. */
  url: string;
}

/**
 * Gmail drafts through the Gmail API, which needs only the gmail.compose scope (GmailApp needs the
 * whole mailbox). Its Apps Script adapter is appsScriptGmailDrafts.ts; memoryDrafts.ts records.
 */
export interface GmailDrafts {
  /** Creates one draft; throws Gmail's error (quota, bad address, service not enabled) unchanged. */
  create(message: DraftMessage): CreatedDraft;
}
