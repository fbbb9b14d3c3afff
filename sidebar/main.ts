import { setUpBriefs } from "./briefs/panel";
import { byId, el } from "./dom";
import { setUpTemplateEditor } from "./outreach/editor";
import { setUpRecipients } from "./outreach/recipients";
import { call } from "./rpc";
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

setUpTabs(byId("tab-briefs").parentElement as HTMLElement);
void start();
