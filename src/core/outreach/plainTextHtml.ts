import { escapeHtml } from "../report/html";

/**
 * The HTML alternative of a plain-text e-mail: a draft carries both, and Gmail shows the HTML one.
 * Blank lines start a paragraph, single line breaks stay line breaks; everything typed is escaped.
 */
export function htmlFromPlainText(text: string): string {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\r?\n/g, "<br>\n")}</p>`)
    .join("\n");
}
