export { checkDisclosure, type Disclosure, UP_FRONT_CHARS } from "./check";
export { compileVocabulary, ftcVocabulary, type Vocabulary } from "./compile";
export { readVocabularyTable } from "./table";
export {
  DEFAULT_ROWS,
  type Kind,
  VOCABULARY_HEADER,
  type VocabularyRow,
  vocabularyTable,
} from "./vocabulary";
