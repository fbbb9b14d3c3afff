import { Recorded, type Recorder } from "./recorder";

export interface SentMail {
  to: string[];
  subject: string;
  body: string;
  htmlBody?: string;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** "a@x.com, b@y.org" → addresses; throws as Gmail does for one that is not an address. */
function addresses(recipients: string): string[] {
  const list = recipients
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
  for (const address of list) {
    if (!EMAIL.test(address)) throw new Error(`Invalid email: ${address}`);
  }
  return list;
}

export class FakeMailApp extends Recorded {
  readonly className = "MailApp";
  readonly sent: SentMail[] = [];

  /** `quota`: recipients the account may still e-mail today (100 for a consumer account). */
  constructor(
    recorder: Recorder,
    public quota: number,
  ) {
    super(recorder);
  }

  getRemainingDailyQuota(): number {
    return this.quota;
  }

  sendEmail(
    messageOrTo:
      | string
      | { to: string; subject: string; body?: string; htmlBody?: string; cc?: string; bcc?: string },
    subject?: string,
    body?: string,
    options?: { htmlBody?: string; cc?: string; bcc?: string },
  ): void {
    const message =
      typeof messageOrTo === "string"
        ? { ...options, to: messageOrTo, subject: subject ?? "", body: body ?? "" }
        : messageOrTo;
    const to = addresses(message.to);
    const all = [...to, ...addresses(message.cc ?? ""), ...addresses(message.bcc ?? "")];
    if (all.length === 0) throw new Error("Failed to send email: no recipient");
    if (all.length > this.quota) throw new Error("Service invoked too many times for one day: email.");
    this.quota -= all.length;
    const sent: SentMail = { to, subject: message.subject, body: message.body ?? "" };
    if (message.htmlBody !== undefined) sent.htmlBody = message.htmlBody;
    this.sent.push(sent);
  }
}
