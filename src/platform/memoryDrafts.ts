import { type DraftMessage, rawMessage } from "../core/outreach/mime";
import type { CreatedDraft, GmailDrafts } from "./draftsPort";

/** Gmail drafts kept in memory, for the local demo, the sidebar's dev server and tests. */
export interface MemoryGmailDrafts extends GmailDrafts {
  created: (CreatedDraft & { message: DraftMessage; raw: string })[];
}

export function memoryGmailDrafts(baseUrl = "http://127.0.0.1/gmail/drafts"): MemoryGmailDrafts {
  const drafts: MemoryGmailDrafts = {
    created: [],
    create(message) {
      // Building the raw message here too, so a message Gmail could not take fails locally as well.
      const raw = rawMessage(message);
      const n = drafts.created.length + 1;
      const created = { draftId: `r-draft-${n}`, messageId: `message-${n}`, url: `${baseUrl}/message-${n}` };
      drafts.created.push({ ...created, message, raw });
      return created;
    },
  };
  return drafts;
}
