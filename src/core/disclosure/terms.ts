/** What one Term cell asks for; see vocabulary.ts for the four forms. */
export type TermShape =
  | { readonly form: "tag"; readonly name: string }
  | { readonly form: "brandTag"; readonly suffix: string }
  | { readonly form: "label"; readonly text: string }
  | { readonly form: "words"; readonly text: string };

const BRAND = "[brand]";
/** Letters, marks, digits and underscores in any script: what a hashtag's name is made of. */
const TAG_NAME = /^[\p{L}\p{M}\p{N}_]+$/u;

/** The shape of a term, or a sentence saying what is wrong with it. Names are NFC, lower-cased. */
export function shapeOf(rawTerm: string): TermShape | string {
  const term = rawTerm.trim().normalize("NFC");
  if (term === "") return "term is blank";
  if (term.startsWith("#")) return tagShape(term);
  if (term.endsWith(":")) {
    const text = term.slice(0, -1).trim();
    return text === ""
      ? `term "${term}" is only a colon; write the label before it, like "Ad:"`
      : { form: "label", text };
  }
  return { form: "words", text: term };
}

function tagShape(term: string): TermShape | string {
  const name = term.slice(1).toLowerCase();
  if (name.startsWith(BRAND)) {
    const suffix = name.slice(BRAND.length).replace(/^_/, "");
    if (!TAG_NAME.test(suffix)) {
      return `term "${term}" needs a word after [brand], like "#[brand]Partner"`;
    }
    return { form: "brandTag", suffix };
  }
  if (!TAG_NAME.test(name)) {
    return `term "${term}" is not one hashtag (letters, digits and _ only); drop the # to match words`;
  }
  return { form: "tag", name };
}
