import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { isDraftAddress, mimeMessage } from "../../../src/core/outreach/mime";
import { htmlFromPlainText } from "../../../src/core/outreach/plainTextHtml";

describe("htmlFromPlainText", () => {
  it("makes paragraphs of blank-line blocks and keeps single line breaks", () => {
    expect(htmlFromPlainText("Hi Zoë,\n\nOur launch is on 3 Dec.\nBrief attached.\n\n\nThanks")).toBe(
      "<p>Hi Zoë,</p>\n<p>Our launch is on 3 Dec.<br>\nBrief attached.</p>\n<p>Thanks</p>",
    );
  });

  it("shows what was typed as text, never as markup", () => {
    expect(htmlFromPlainText('Use <b>code</b> "SPRING" & save')).toBe(
      "<p>Use &lt;b&gt;code&lt;/b&gt; &quot;SPRING&quot; &amp; save</p>",
    );
  });

  it("goes into a draft whose HTML part postal-mime reads back unchanged", async () => {
    const html = htmlFromPlainText("Hi Zoë 🎉\n\n<not a tag>");
    const mime = mimeMessage({
      to: [{ email: "z@example.com" }],
      subject: "Hi",
      text: "x",
      html,
      date: new Date(0),
    });
    expect((await PostalMime.parse(mime)).html).toBe(html.replace(/\n/g, "\r\n"));
  });
});

describe("isDraftAddress", () => {
  it("accepts the addresses a draft header can hold and nothing that could add a header", () => {
    expect(isDraftAddress(" mia.chen+trail@example.co.uk ")).toBe(true);
    for (const address of [
      "mia",
      "mia @example.com",
      "zoë@example.com",
      "a@b.com>\r\nBcc: x@y.com",
      "a,b@c.com",
    ])
      expect(isDraftAddress(address)).toBe(false);
  });
});
