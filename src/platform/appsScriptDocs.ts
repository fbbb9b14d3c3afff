import type { DocBlock, Docs } from "./ports";

export function appsScriptDocs(): Docs {
  return {
    create(title, blocks) {
      const doc = DocumentApp.create(title);
      const body = doc.getBody();
      for (const block of blocks) append(body, block);
      // A new document starts with one empty paragraph; drop it so the doc opens on the first block.
      if (blocks.length > 0) body.removeChild(body.getChild(0));
      const created = { id: doc.getId(), url: doc.getUrl() };
      doc.saveAndClose();
      return created;
    },
  };
}

function append(body: GoogleAppsScript.Document.Body, block: DocBlock): void {
  const { ParagraphHeading, GlyphType } = DocumentApp;
  switch (block.kind) {
    case "title":
      body.appendParagraph(block.text).setHeading(ParagraphHeading.TITLE);
      return;
    case "heading": {
      const level = [ParagraphHeading.HEADING1, ParagraphHeading.HEADING2, ParagraphHeading.HEADING3];
      body.appendParagraph(block.text).setHeading(level[block.level - 1] ?? ParagraphHeading.HEADING3);
      return;
    }
    case "paragraph":
      body.appendParagraph(block.text).setHeading(ParagraphHeading.NORMAL);
      return;
    case "bullet":
      body.appendListItem(block.text).setGlyphType(GlyphType.BULLET);
      return;
  }
}
