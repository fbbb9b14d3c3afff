import vm from "node:vm";
import { build } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { type DraftMessage, mimeMessage } from "../../src/core/outreach/mime";
import { appsScriptGmailDrafts, gmailDraftUrl } from "../../src/platform/appsScriptGmailDrafts";
import { memoryGmailDrafts } from "../../src/platform/memoryDrafts";
import { type FakeAppsScript, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
afterEach(() => fake?.uninstall());

const message = (name: string, email: string): DraftMessage => ({
  to: [{ name, email }],
  subject: `Zoë's Spring Trail Launch 🏔️, ${name}`,
  text: `Hi ${name},\nwould you like to join?`,
  html: `<p>Hi ${name},</p><p>would you like to join?</p>`,
  date: new Date("2026-11-29T09:00:00Z"),
});

/** The advanced service as our code sees it: through the recorded global. */
const gmailGlobal = () => (globalThis as unknown as { Gmail: GoogleAppsScript.Gmail }).Gmail;

describe("appsScriptGmailDrafts", () => {
  it("creates each draft with one Gmail API call and returns its ids and a link to it", () => {
    fake = installFakeAppsScript();
    const drafts = appsScriptGmailDrafts();
    const first = drafts.create(message("Doe, Jane", "jane@example.com"));
    const second = drafts.create(message("Zoë Ålund", "zoe@example.com"));

    expect(fake.calls).toEqual(["Gmail.Users.Drafts.create", "Gmail.Users.Drafts.create"]);
    expect(fake.gmailApi.drafts.map((d) => d.id)).toEqual([first.draftId, second.draftId]);
    expect(first.draftId).not.toBe(second.draftId);
    expect(first.messageId).toBe(fake.gmailApi.drafts[0]?.messageId);
    expect(first.url).toBe(`https://mail.google.com/mail/#drafts/${first.messageId}`);

    const [jane, zoe] = fake.gmailApi.drafts.map((d) => d.parsed);
    expect(jane?.to).toEqual([{ name: "Doe, Jane", address: "jane@example.com" }]);
    expect(jane?.subject).toBe("Zoë's Spring Trail Launch 🏔️, Doe, Jane");
    expect(zoe?.to).toEqual([{ name: "Zoë Ålund", address: "zoe@example.com" }]);
    expect(zoe?.text).toBe("Hi Zoë Ålund,\r\nwould you like to join?");
    expect(zoe?.html).toBe("<p>Hi Zoë Ålund,</p><p>would you like to join?</p>");
  });

  it("runs where Apps Script runs it: no TextEncoder, btoa or Buffer", async () => {
    fake = installFakeAppsScript();
    const bundle = await build({
      stdin: {
        contents: `import { appsScriptGmailDrafts } from "./src/platform/appsScriptGmailDrafts";
          globalThis.draft = (m) => appsScriptGmailDrafts().create({ ...m, date: new Date(m.date) });`,
        resolveDir: process.cwd(),
        loader: "ts",
      },
      bundle: true,
      format: "iife",
      target: "es2020",
      write: false,
    });
    const context = vm.createContext({ ...fake.globals });
    vm.runInContext(bundle.outputFiles[0]?.text ?? "", context);
    expect(vm.runInContext("typeof TextEncoder + typeof btoa + typeof Buffer", context)).toBe(
      "undefinedundefinedundefined",
    );
    const created = context.draft({ ...message("Zoë", "zoe@example.com"), date: "2026-11-29T09:00:00Z" });

    expect(created.draftId).toBe(fake.gmailApi.drafts[0]?.id);
    expect(fake.gmailApi.drafts[0]?.parsed.subject).toBe("Zoë's Spring Trail Launch 🏔️, Zoë");
  });

  it("says the advanced service is missing when the manifest does not enable it", () => {
    fake = installFakeAppsScript();
    Reflect.deleteProperty(globalThis, "Gmail");
    expect(() => appsScriptGmailDrafts().create(message("Mia", "mia@example.com"))).toThrow(
      "Gmail drafts need the Gmail API advanced service",
    );
  });

  it("links to the draft's conversation in Gmail's Drafts list", () => {
    expect(gmailDraftUrl("18c0a0000001")).toBe("https://mail.google.com/mail/#drafts/18c0a0000001");
  });
});

describe("the Gmail API fake", () => {
  const create = (raw: string) => gmailGlobal().Users.Drafts.create({ message: { raw } }, "me");

  it("refuses raw that is not base64url, as Gmail does", () => {
    fake = installFakeAppsScript();
    const mime = mimeMessage(message("Mia", "mia@example.com"));
    const standardBase64 = Buffer.from(`${mime}???>>>`).toString("base64");
    expect(standardBase64).toMatch(/[+/]/);
    expect(() => create(standardBase64)).toThrow(
      "API call to gmail.users.drafts.create failed with error: Invalid value for ByteString",
    );
    expect(() => create(mime)).toThrow("Invalid value for ByteString");
    expect(fake.gmailApi.drafts).toEqual([]);
  });

  it("refuses a message without a To address, a subject or both parts", () => {
    fake = installFakeAppsScript();
    const raw = (text: string) => Buffer.from(text.replace(/\n/g, "\r\n")).toString("base64url");
    expect(() => create(raw("Subject: Hi\n\nJust text"))).toThrow(
      "the draft lacks a To address, multipart/alternative, an HTML part",
    );
    const mime = mimeMessage(message("Mia", "mia@example.com"));
    expect(() => create(raw(mime.replace(/^Subject:.*\r\n(?: .*\r\n)*/m, "")))).toThrow(
      "the draft lacks a Subject header",
    );
    expect(fake.gmailApi.drafts).toEqual([]);
    expect(create(raw(mime)).message?.labelIds).toEqual(["DRAFT"]);
  });
});

describe("memoryGmailDrafts", () => {
  it("records each draft with the raw message Gmail would get", () => {
    const drafts = memoryGmailDrafts();
    const created = drafts.create(message("Mia", "mia@example.com"));
    expect(created).toEqual({
      draftId: "r-draft-1",
      messageId: "message-1",
      url: "http://127.0.0.1/gmail/drafts/message-1",
    });
    expect(Buffer.from(drafts.created[0]?.raw ?? "", "base64url").toString()).toBe(
      mimeMessage(message("Mia", "mia@example.com")),
    );
    expect(() => drafts.create({ ...message("Mia", "mia@example.com"), to: [] })).toThrow(
      "at least one recipient",
    );
    expect(drafts.created).toHaveLength(1);
  });
});
