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
