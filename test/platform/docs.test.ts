import { afterEach, describe, expect, it } from "vitest";
import { appsScriptDocs } from "../../src/platform/appsScriptDocs";
import { type FakeAppsScript, installFakeAppsScript } from "../fakes/appsScript";

let fake: FakeAppsScript | undefined;
afterEach(() => fake?.uninstall());

describe("appsScriptDocs", () => {
  it("creates a document holding the blocks in order, without the empty first paragraph", () => {
    fake = installFakeAppsScript();
    const doc = appsScriptDocs().create("Brief: Spring launch × @mia", [
      { kind: "title", text: "Spring launch" },
      { kind: "heading", text: "Deliverables", level: 2 },
      { kind: "bullet", text: "1 Reel by 12 April" },
      { kind: "paragraph", text: "Disclose the partnership with #ad." },
    ]);

    const [created] = fake.documentApp.documents;
    expect(doc).toEqual({ id: created?.id, url: created?.getUrl() });
    expect(created?.name).toBe("Brief: Spring launch × @mia");
    expect(created?.saved).toBe(true);
    expect(
      created?.body.children.map((c) => [c.className, c.text, "heading" in c ? c.heading : c.glyphType]),
    ).toEqual([
      ["Paragraph", "Spring launch", "TITLE"],
      ["Paragraph", "Deliverables", "HEADING2"],
      ["ListItem", "1 Reel by 12 April", "BULLET"],
      ["Paragraph", "Disclose the partnership with #ad.", "NORMAL"],
    ]);
  });

  it("keeps the one empty paragraph of a document with no blocks", () => {
    fake = installFakeAppsScript();
    appsScriptDocs().create("Empty brief", []);
    expect(fake.documentApp.documents[0]?.body.getText()).toBe("");
    expect(fake.documentApp.documents[0]?.body.getNumChildren()).toBe(1);
  });
});
