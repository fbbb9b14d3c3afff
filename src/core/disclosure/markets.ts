import { FTC_ROWS, rows, type VocabularyRow } from "./vocabulary";

// Sources: docs/disclosure.md quotes each. Off by default; a team switches a market on in its table.
const ASA = "ASA/CAP and CMA, Influencers' guide to making clear that ads are ads (2023)";
const DE = "Die Medienanstalten, Leitfaden Werbekennzeichnung bei Social-Media-Angeboten";
const FR = "Loi n° 2023-451 du 9 juin 2023, art. 5";
const ES = "AUTOCONTROL/AEA/IAB Spain, Código de Conducta de Publicidad a través de Influencers";

/**
 * Ready-made rows for markets other than the US, off. Kept apart from FTC_ROWS so the bundle that
 * every custom-function call evaluates carries them only once something (the Settings set-up) uses them.
 */
export const MARKET_ROWS: readonly VocabularyRow[] = [
  ...rows("UK", false, ASA, "clear", ["Ad:", "#ad", "advert", "advertisement", "advertisement feature"]),
  ...rows("UK", false, ASA, "unclear", ["#sp", "#spon", "sponsored", "gifted", "#collab", "#affiliate"]),
  ...rows("Germany", false, DE, "clear", ["Werbung", "Anzeige", "Anzeige:", "bezahlte Werbepartnerschaft"]),
  ...rows("Germany", false, DE, "unclear", ["powered by"]),
  ...rows("France", false, FR, "clear", ["publicité", "collaboration commerciale"]),
  ...rows("Spain", false, ES, "clear", ["publi", "publicidad", "patrocinado"]),
];

/** Every ready-made row: the FTC's terms in use, then the other markets' rows, off. */
export const DEFAULT_ROWS: readonly VocabularyRow[] = [...FTC_ROWS, ...MARKET_ROWS];
