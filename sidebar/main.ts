import { setUpBriefs } from "./briefs/panel";
import { byId, el } from "./dom";
import { setUpImport } from "./import/panel";
import { setUpTemplateEditor } from "./outreach/editor";
import { setUpRecipients } from "./outreach/recipients";
import { call } from "./rpc";
import { setUpSetUp } from "./setup/panel";
import { setUpTabs } from "./tabs";

async function start(): Promise<void> {
  const status = byId("app-status");
  const result = await call("sidebarLoad", {});
  if (!result.ok) {
    status.replaceChildren(
      el("span", { className: "error", text: result.error.message }),
      " ",
      el("button", { className: "link", text: "Try again", attrs: { type: "button", id: "app-retry" } }),
    );
    byId("app-retry").addEventListener("click", () => {
      status.textContent = "Loading…";
      void start();
    });
    return;
  }
  const data = result.value;
  status.textContent = "";
  byId("app-notes").replaceChildren(...data.notes.map((note) => el("li", { text: note })));
  setUpBriefs(data);
  setUpRecipients(data, setUpTemplateEditor(data));
}

const showPanel = setUpTabs(byId("tab-briefs").parentElement as HTMLElement);
setUpImport();
setUpSetUp();
void start();

/**
 * "Import platform exports…" opens the page with a marker the server appends after the page's end,
 * which exists only once the whole document is parsed.
 */
function openStartTab(): void {
  const tab = document.getElementById("start-tab")?.dataset.tab;
  if (tab) showPanel(`panel-${tab}`);
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", openStartTab);
else openStartTab();
