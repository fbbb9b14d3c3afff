/**
 * The disclosure vocabulary: one row per term, as a team keeps it in a Settings table (Term, Kind,
 * Market, Use, Source). docs/disclosure.md quotes each source; the rows here only name it.
 *
 * A term is one of:
 * - `#tag`: that hashtag, whole, any case (`#ad` does not match `#adventure`);
 * - `#[brand]suffix`: a hashtag made of a brand name (at least one letter) and the suffix, with or
 *   without an underscore between (`#[brand]Partner` matches #SummitGearPartner and #SummitGear_Partner);
 * - `Label:`: the caption opens with the label, set off by a colon, a bar or a dash ("Ad: …", "AD | …");
 * - any other text: those whole words anywhere, any case, any whitespace between them.
 */
export type Kind = "clear" | "unclear";

export interface VocabularyRow {
  readonly term: string;
  readonly kind: Kind;
  /** Which market's regulator the term comes from; a label for the team, it changes no matching. */
  readonly market: string;
  /** Whether the term counts; a team switches markets on and off here. */
  readonly use: boolean;
  readonly source: string;
}

export const VOCABULARY_HEADER = ["Term", "Kind", "Market", "Use", "Source"] as const;

const FTC_101 = "FTC, Disclosures 101 for Social Media Influencers";
const FTC_FAQ = "FTC, Endorsement Guides: What People Are Asking";
const FTC_BLOG = "FTC business blog, 19 April 2017 (Instagram letters)";
const DESK = "Influencer Desk: not on the FTC's list; flagged so a reviewer looks";

export function rows(market: string, use: boolean, source: string, kind: Kind, terms: readonly string[]) {
  return terms.map((term): VocabularyRow => ({ term, kind, market, use, source }));
}

/** The FTC's terms, in use by default; markets.ts holds the other markets' rows. */
export const FTC_ROWS: readonly VocabularyRow[] = [
  ...rows("US", true, FTC_101, "clear", [
    "Ad:",
    "#ad",
    "advertisement",
    "sponsored",
    "#[brand]partner",
    "#[brand]ambassador",
    "free product",
  ]),
  ...rows("US", true, "Instagram's Paid partnership label; FTC: use it with your own words", "clear", [
    "paid partnership",
    "#paidpartnership",
  ]),
  ...rows("US", true, FTC_FAQ, "clear", [
    "gave me this product",
    "sent me this product",
    "I get commissions",
  ]),
  ...rows("US", true, `${FTC_FAQ}: a gift or a commission said plainly`, "clear", [
    "gifted",
    "earn a commission",
    "earn from qualifying purchases",
  ]),
  ...rows("US", true, FTC_101, "unclear", ["#sp", "#spon", "#collab", "#thanks", "#ambassador"]),
  ...rows("US", true, FTC_BLOG, "unclear", ["#partner", "#thankyou"]),
  ...rows("US", true, `${FTC_101}: stay away from abbreviations and shorthand`, "unclear", [
    "#affiliate",
    "#affiliatelink",
    "affiliate link",
  ]),
  ...rows("US", true, DESK, "unclear", ["#ads"]),
];

/** Rows as a Settings table: the header, then Term, Kind (Clear/Unclear), Market, Use (Yes/No), Source. */
export function vocabularyTable(vocabularyRows: readonly VocabularyRow[]): string[][] {
  return [
    [...VOCABULARY_HEADER],
    ...vocabularyRows.map((row) => [
      row.term,
      row.kind === "clear" ? "Clear" : "Unclear",
      row.market,
      row.use ? "Yes" : "No",
      row.source,
    ]),
  ];
}
