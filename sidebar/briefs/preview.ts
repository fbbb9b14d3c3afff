import type { BriefPreview } from "../../src/core/brief/render";
import { el } from "../dom";

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
