import type { Email } from "postal-mime";
import { parseMimeSync } from "./parseMimeSync";
import { Recorded, type Recorder } from "./recorder";

/**
 * The Gmail API advanced service (`Gmail.Users.Drafts.create`), as far as our adapter uses it.
 * Like the real API it takes `message.raw` as base64url and refuses anything else with "Invalid value
 * for ByteString". It then parses the message with postal-mime and, stricter than Gmail (which keeps
 * even an empty draft), refuses one that is not what our drafts must be: a To address, a Subject
 * header, a text and an HTML part. Draft and message ids look like Gmail's ("r123…", 16 hex digits).
 */

export interface ApiDraft {
  id: string;
  messageId: string;
  /** The decoded RFC 5322 message, as sent. */
  mime: string;
  /** What postal-mime read from it. */
  parsed: Email;
}

const BASE64URL = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;

function failure(reason: string): Error {
  return new Error(`API call to gmail.users.drafts.create failed with error: ${reason}`);
}

export class FakeGmailDraftsCollection extends Recorded {
  readonly className = "Gmail.Users.Drafts";
  readonly drafts: ApiDraft[] = [];

  create(resource: GoogleAppsScript.Gmail.Schema.Draft, userId: string): GoogleAppsScript.Gmail.Schema.Draft {
    if (userId !== "me") throw failure("Delegation denied");
    const raw = resource.message?.raw ?? "";
    if (raw === "" || !BASE64URL.test(raw))
      throw failure(`Invalid value for ByteString: ${raw.slice(0, 40)}`);
    const bytes = Buffer.from(raw, "base64url");
    const mime = bytes.toString("utf8");
    const parsed = parseMimeSync(new Uint8Array(bytes));
    const missing = missingParts(mime, parsed);
    if (missing.length > 0) throw failure(`(fake) the draft lacks ${missing.join(", ")}`);
    const n = this.drafts.length + 1;
    const draft: ApiDraft = {
      id: `r${7_100_000_000 + n}${"0".repeat(9)}`,
      messageId: `18c0${(0xa000_0000 + n).toString(16)}0000`,
      mime,
      parsed,
    };
    this.drafts.push(draft);
    const message = { id: draft.messageId, threadId: draft.messageId, labelIds: ["DRAFT"] };
    return { id: draft.id, message };
  }
}

function missingParts(mime: string, parsed: Email): string[] {
  const has = (key: string) => parsed.headers.some((header) => header.key === key);
  return [
    ...(parsed.to?.some((to) => "address" in to && to.address) ? [] : ["a To address"]),
    ...(has("subject") ? [] : ["a Subject header"]),
    ...(/^content-type: multipart\/alternative/im.test(mime) ? [] : ["multipart/alternative"]),
    // postal-mime returns no text for an empty part, so an empty part counts when it is declared.
    ...(parsed.text !== undefined || /^content-type: text\/plain/im.test(mime) ? [] : ["a text part"]),
    ...(parsed.html !== undefined || /^content-type: text\/html/im.test(mime) ? [] : ["an HTML part"]),
  ];
}

/** The `Gmail` global of a project that enabled the advanced service. */
export class FakeGmailApi extends Recorded {
  readonly className = "Gmail";
  readonly Users: { Drafts: FakeGmailDraftsCollection };
  /** Every draft created so far, oldest first. */
  readonly drafts: ApiDraft[];

  constructor(recorder: Recorder) {
    super(recorder);
    const collection = new FakeGmailDraftsCollection(recorder);
    this.drafts = collection.drafts;
    this.Users = { Drafts: recorder.expose(collection) };
  }
}
