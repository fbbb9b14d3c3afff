export { checkDisclosure, type Disclosure, UP_FRONT_CHARS } from "./check";
export { compileVocabulary, ftcVocabulary, type Vocabulary } from "./compile";
export { DEFAULT_ROWS, MARKET_ROWS } from "./markets";
export { readVocabularyTable } from "./table";
export { FTC_ROWS, type Kind, VOCABULARY_HEADER, type VocabularyRow, vocabularyTable } from "./vocabulary";
