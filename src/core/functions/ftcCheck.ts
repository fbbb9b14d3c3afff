import type { Arg } from "../cells";
import { cellText, isBlank, isGrid } from "../cells";
import { checkDisclosure } from "../disclosure/check";
import { compileVocabulary, ftcVocabulary, type Vocabulary } from "../disclosure/compile";
import { readVocabularyTable } from "../disclosure/table";
import { callHeight, cellAt, type FunctionResult, mapRows, quote, requireOneColumn, rowsOf } from "./shape";

// Direct imports, not the ../disclosure index: it would pull the other markets' rows into the bundle.
export { checkDisclosure, type Disclosure, UP_FRONT_CHARS } from "../disclosure/check";

const FN = "FTC_CHECK";

/**
 * `=FTC_CHECK(caption, [rules])`: the disclosure verdict for each caption; blank captions stay blank.
 * `rules` is a team's disclosure table (Term, Kind, Market, Use, Source); without it, the FTC's terms.
 */
export function FTC_CHECK(caption: Arg, rules?: Arg): FunctionResult {
  requireOneColumn(FN, "caption", caption);
  const vocabulary = vocabularyArg(rules);
  const height = callHeight(FN, [["caption", caption]]);
  const captionRows = rowsOf(caption);
  return mapRows(height, (i) => {
    const cell = cellAt(captionRows, i);
    return isBlank(cell) ? "" : checkDisclosure(cellText(cell), vocabulary);
  });
}

function vocabularyArg(rules: Arg | undefined): Vocabulary {
  if (isGrid(rules)) return compileVocabulary(readVocabularyTable(rules, `${FN}: rules`));
  if (isBlank(rules)) return ftcVocabulary();
  throw new Error(
    `${FN}: rules must be a range of disclosure terms (Term, Kind, Market, Use, Source), got ${quote(rules)}`,
  );
}
