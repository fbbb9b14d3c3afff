import { afterEach, describe, expect, it } from "vitest";
import { appsScriptMail } from "../../src/platform/appsScriptMail";
import { type FakeAppsScript, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
const install = (mailQuota?: number) => {
  fake = installFakeAppsScript({ mailQuota });
  return fake;
};
afterEach(() => fake?.uninstall());

describe("appsScriptMail", () => {
  it("creates Gmail drafts and returns their ids", () => {
    const f = install();
    const mail = appsScriptMail();
    const first = mail.createDraft("mia@example.com", "Spring launch", "Hi Mia");
    const second = mail.createDraft("leo@example.com", "Spring launch", "Hi Leo", {
      htmlBody: "<p>Hi Leo</p>",
    });

    expect(first).not.toBe(second);
    expect(f.gmail.drafts).toEqual([
      { id: first, to: "mia@example.com", subject: "Spring launch", body: "Hi Mia" },
      {
        id: second,
        to: "leo@example.com",
        subject: "Spring launch",
        body: "Hi Leo",
        htmlBody: "<p>Hi Leo</p>",
      },
    ]);
  });

  it("passes on Gmail's refusal of an address that is not one", () => {
    install();
    expect(() => appsScriptMail().createDraft("mia at example", "Hi", "Hi")).toThrow(
      "Invalid email: mia at example",
    );
  });

  it("sends one HTML mail to several recipients and spends one quota per recipient", () => {
    const f = install(10);
    const mail = appsScriptMail();
    expect(mail.remainingDailyQuota()).toBe(10);
    mail.sendHtml(["director@example.com", "team@example.com"], "Weekly report", "<h1>Week 12</h1>");

    expect(f.mail.sent).toEqual([
      {
        to: ["director@example.com", "team@example.com"],
        subject: "Weekly report",
        body: "",
        htmlBody: "<h1>Week 12</h1>",
      },
    ]);
    expect(mail.remainingDailyQuota()).toBe(8);
  });

  it("refuses to send a mail without recipients, naming it", () => {
    const f = install();
    expect(() => appsScriptMail().sendHtml([], "Weekly report", "<p>")).toThrow(
      'The e-mail "Weekly report" has no recipients; add at least one address.',
    );
    expect(f.mail.sent).toEqual([]);
  });
});
