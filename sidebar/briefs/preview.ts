import type { BriefPreview } from "../../src/core/brief/render";
import { byId, el } from "../dom";

/** The brief as the creator will read it: the same sections, in the same order, as the Google Doc. */
export function showPreview(target: HTMLElement, preview: BriefPreview): void {
  const nodes: HTMLElement[] = [el("h3", { text: preview.title })];
  for (const text of preview.intro) nodes.push(el("p", { text }));
  for (const section of preview.sections) {
    nodes.push(el("h4", { text: section.heading }));
    if ("items" in section) {
      nodes.push(
        el(
          "ul",
          {},
          section.items.map((text) => el("li", { text })),
        ),
      );
    } else for (const text of section.paragraphs) nodes.push(el("p", { text }));
  }
  target.replaceChildren(...nodes);
}

/**
 * The preview can be docked at the foot of the sidebar, so it stays in view while the fields are
 * edited (300 px has no room for the two side by side). Both toggles say and switch the same state.
 */
export function bindPreviewDock(): void {
  const area = byId("brief-preview-area");
  const main = byId<HTMLButtonElement>("brief-preview-toggle");
  const head = byId<HTMLButtonElement>("brief-preview-dock");
  const toggles = [main, head];
  const set = (docked: boolean) => {
    area.classList.toggle("docked", docked);
    document.body.classList.toggle("preview-docked", docked);
    for (const toggle of toggles) toggle.setAttribute("aria-pressed", String(docked));
    main.textContent = docked ? "Hide the docked preview" : "Show preview while editing";
    head.textContent = docked ? "Undock" : "Keep in view";
  };
  for (const toggle of toggles) {
    toggle.addEventListener("click", () => set(toggle.getAttribute("aria-pressed") !== "true"));
  }
}
