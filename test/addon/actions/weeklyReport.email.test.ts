import { describe, expect, it } from "vitest";
import {
  emailLastWeeksReport,
  REPORT_TITLE,
  runScheduledReport,
} from "../../../src/addon/actions/weeklyReport";
import { memoryContext } from "../../../src/addon/memoryContext";
import { runMenuAction } from "../../../src/addon/run";
import { glowWorkbook, NOW, setSetting } from "../../fixtures/reportWorkbook";

const POST_LINKS = [
  "https://instagram.com/p/one",
  "https://tiktok.com/@leo/video/1",
  "https://instagram.com/p/three",
];

function withRecipients(recipients: string) {
  const book = glowWorkbook();
  setSetting(book, "Report recipients", recipients);
  return { book, context: memoryContext(book, () => NOW) };
}

describe("e-mailing last week's report", () => {
  it("sends it as HTML to the addresses in Settings › Report recipients", () => {
    const { context } = withRecipients("dana@glow.test, director@glow.test; Dana@glow.test");
    expect(emailLastWeeksReport(context)).toBe(
      "E-mailed the report for 2026-11-16 to 2026-11-22 to dana@glow.test, director@glow.test.",
    );
    expect(context.mail.sent).toHaveLength(1);
    const [mail] = context.mail.sent;
    expect(mail?.to).toEqual(["dana@glow.test", "director@glow.test"]);
    expect(mail?.subject).toBe("Weekly report: Glow Skincare Creators, 2026-11-16 to 2026-11-22");
    // The headline's EMV: 200 + 2,308.40 + 20, against 100 the week before.
    expect(mail?.html).toContain("$2,528.40");
    expect(mail?.html).toContain("+2428.4%");
  });

  it("sent by hand, is not sent again by the Monday schedule", () => {
    const { context } = withRecipients("dana@glow.test");
    emailLastWeeksReport(context);
    runScheduledReport(context);
    expect(context.mail.sent).toHaveLength(1);
  });

  it("holds no script and loads nothing from elsewhere: the only addresses are the post links", () => {
    const { context } = withRecipients("dana@glow.test");
    emailLastWeeksReport(context);
    const html = context.mail.sent[0]?.html ?? "";
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bsrc\s*=/i);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|svg|style)\b/i);
    expect(html).not.toMatch(/url\(/i);
    const addresses = html.match(/https?:\/\/[^"<\s]+/g) ?? [];
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(POST_LINKS).toContain(address);
    // The caption that looks like a formula is text in the e-mail too.
    expect(html).toContain("=1+1 check this out");
  });

  it("with no recipients says where to add them, and sends nothing", () => {
    const { context } = withRecipients("");
    runMenuAction(context, REPORT_TITLE, emailLastWeeksReport);
    expect(context.ui.shown).toEqual([
      {
        kind: "alert",
        title: REPORT_TITLE,
        message:
          "Settings › Report recipients is empty. Type the addresses there (column B, separated by commas), then try again. Nothing was sent.",
      },
    ]);
    expect(context.mail.sent).toEqual([]);
  });

  it("without a Settings sheet says how to add one", () => {
    const context = memoryContext(glowWorkbook({ settings: false }), () => NOW);
    expect(() => emailLastWeeksReport(context)).toThrow(
      "There is no Settings sheet to hold the report's recipients. Add it with Influencer Desk › Set up one sheet › Settings",
    );
    expect(context.mail.sent).toEqual([]);
  });

  it("names an address that is not one, and sends to nobody", () => {
    const { context } = withRecipients("dana@glow.test, bob@glow");
    expect(() => emailLastWeeksReport(context)).toThrow(
      'Settings › Report recipients: "bob@glow" is not an e-mail address (like dana@example.com). Fix it, then try again. Nothing was sent.',
    );
    expect(context.mail.sent).toEqual([]);
  });

  it("stops before Gmail's daily limit rather than reaching some recipients and not others", () => {
    const { context } = withRecipients("dana@glow.test, director@glow.test");
    context.mail.quota = 1;
    expect(() => emailLastWeeksReport(context)).toThrow(
      "Your Google account may e-mail 1 more recipient today, and the report goes to 2. Try again tomorrow, or remove some addresses from Settings › Report recipients. Nothing was sent.",
    );
    expect(context.mail.sent).toEqual([]);
  });
});
