import type { BriefPreview } from "../../core/brief/render";
import type { DocBlock } from "../../platform/ports";

/** The brief as the creator reads it, laid out as a Doc: title, greeting, a heading per section. */
export function briefBlocks(preview: BriefPreview): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: "title", text: preview.title }];
  for (const text of preview.intro) blocks.push({ kind: "paragraph", text });
  for (const section of preview.sections) {
    blocks.push({ kind: "heading", text: section.heading, level: 2 });
    if ("items" in section) for (const text of section.items) blocks.push({ kind: "bullet", text });
    else for (const text of section.paragraphs) blocks.push({ kind: "paragraph", text });
  }
  return blocks;
}
