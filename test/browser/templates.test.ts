import { describe, expect, it } from "vitest";
import { programWorkbook } from "../fixtures/programWorkbook";
import { sidebarSession } from "./chromium";
import { openSidebar, text } from "./sidebarPage";

const session = sidebarSession();

async function open() {
  const opened = await openSidebar(session.browser, programWorkbook());
  session.server = opened.server;
  await opened.page.click("#tab-outreach");
  return opened.page;
}

const saves = () => session.server?.calls.rpc.filter((call) => call.name === "sidebarSaveTemplate") ?? [];
const focused = (page: Awaited<ReturnType<typeof open>>) => page.evaluate(() => document.activeElement?.id);

describe("Template editor", () => {
  it("asks before switching templates drops unsaved edits, and keeps them until told", async () => {
    const page = await open();
    await page.fill("#tpl-body", "My own words for {{first name}}.");
    await page.selectOption("#tpl-select", "T2");
    expect(await page.inputValue("#tpl-select")).toBe("T1");
    expect(await page.inputValue("#tpl-body")).toBe("My own words for {{first name}}.");
    expect(await text(page, "#msg-template")).toContain("First contact: gifting offer has unsaved changes.");
    await page.getByRole("button", { name: "Keep editing" }).click();
    expect(await page.inputValue("#tpl-body")).toBe("My own words for {{first name}}.");

    await page.click("#tpl-new");
    expect(await page.inputValue("#tpl-body")).toBe("My own words for {{first name}}.");
    await page.selectOption("#tpl-select", "T2");
    await page.getByRole("button", { name: 'Discard changes and open "Paid partnership proposal"' }).click();
    expect(await page.inputValue("#tpl-name")).toBe("Paid partnership proposal");
    expect(await text(page, "#msg-template")).toBe("");
  });

  it("puts an unknown merge field by Body, refuses to save it, and clears the error once fixed", async () => {
    const page = await open();
    await page.fill("#tpl-body", "Hi {{first name}}, here is {{Rate card}}.");
    expect(await text(page, "#msg-tpl-body")).toBe(
      "Not a Roster column: {{Rate card}}. Add the column or fix the field; no drafts are made while it is there.",
    );
    expect(await page.getAttribute("#tpl-body", "aria-invalid")).toBe("true");
    await page.click("#tpl-save");
    expect(await text(page, "#msg-tpl")).toBe("Not saved: see the message by the field.");
    expect(await focused(page)).toBe("tpl-body");
    expect(saves()).toEqual([]);

    await page.fill("#tpl-body", "Hi {{first name}}, here is {{Promo code}}.");
    expect(await text(page, "#msg-tpl-body")).toBe("");
    expect(await page.getAttribute("#tpl-body", "aria-invalid")).toBeNull();
    await page.click("#tpl-save");
    await page.getByText('Saved "First contact: gifting offer".').waitFor();
    expect(await text(page, "#msg-tpl-body")).toBe("");
  });

  it("keeps names unique: Save refuses a taken name, Save as new asks for a new one", async () => {
    const page = await open();
    await page.fill("#tpl-name", "follow-up");
    await page.click("#tpl-save");
    expect(await text(page, "#msg-tpl-name")).toBe(
      'There is already a template named "Follow-up"; give this one a name of its own.',
    );
    expect(await focused(page)).toBe("tpl-name");
    expect(saves()).toEqual([]);

    await page.fill("#tpl-name", "First contact: gifting offer");
    expect(await text(page, "#msg-tpl-name")).toBe("");
    await page.fill("#tpl-subject", "A gift for {{first name}}");
    await page.click("#tpl-save-new");
    expect(await text(page, "#msg-tpl-name")).toContain("Give the new template a name of its own");
    expect(await focused(page)).toBe("tpl-name");

    await page.fill("#tpl-name", "Gifting offer (short)");
    await page.click("#tpl-save-new");
    await page.getByText('Saved "Gifting offer (short)".').waitFor();
    expect(await page.inputValue("#tpl-select")).toBe("T7");
    const options = await page.locator("#tpl-select option").allInnerTexts();
    expect(options).toContain("First contact: gifting offer");
    expect(options).toContain("Gifting offer (short)");
  });
});
