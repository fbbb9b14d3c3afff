import type { GmailDrafts } from "../platform/draftsPort";
import type { Assets, Docs, Lock, Mail, Properties, Triggers, Ui } from "../platform/ports";
import type { Scopes } from "../platform/scopesPort";
import type { YouTubeVideos } from "../platform/youtubePort";
import type { WorkbookPort } from "../workbook/port";

/**
 * Everything an action may touch, passed in rather than reached for: Apps Script builds it from the
 * real services, tests and the local demo from the in-memory workbook and recording fakes.
 */
export interface AddonContext {
  workbook: WorkbookPort;
  ui: Ui;
  lock: Lock;
  triggers: Triggers;
  mail: Mail;
  /** Gmail drafts through the Gmail API (gmail.compose), never GmailApp (the whole mailbox). */
  drafts: GmailDrafts;
  docs: Docs;
  properties: Properties;
  youtube: YouTubeVideos;
  assets: Assets;
  /** Which of the add-on's scopes the user granted (granular consent), checked per feature. */
  scopes: Scopes;
  now: () => Date;
}
