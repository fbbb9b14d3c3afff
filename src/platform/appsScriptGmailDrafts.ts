import { rawMessage } from "../core/outreach/mime";
import type { GmailDrafts } from "./draftsPort";

/**
 * Gmail opens a draft from its Drafts list by the id of its conversation; a new draft is the only
 * message of its own conversation. The older "#drafts?compose=<message id>" links reportedly no longer
 * open it (docs/gmail.md).
 */
export function gmailDraftUrl(threadId: string): string {
  return `https://mail.google.com/mail/#drafts/${encodeURIComponent(threadId)}`;
}

export function appsScriptGmailDrafts(): GmailDrafts {
  return {
    create(message) {
      // The `Gmail` global exists only when appsscript.json enables the advanced service.
      if (typeof Gmail === "undefined" || !Gmail)
        throw new Error(
          "Gmail drafts need the Gmail API advanced service, which this copy of the add-on does not enable.",
        );
      const draft = Gmail.Users.Drafts.create({ message: { raw: rawMessage(message) } }, "me");
      const draftId = draft.id ?? "";
      const messageId = draft.message?.id ?? "";
      return { draftId, messageId, url: gmailDraftUrl(draft.message?.threadId ?? messageId) };
    },
  };
}
