const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written "YYYY-MM-DD" (so "2025-02-30" is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// One formatter per locale: constructing Intl.DateTimeFormat costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Sheets writes a locale "en", "fil" or "en_US" (SpreadsheetProperties.locale,
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets#SpreadsheetProperties);
 * Intl wants "en-US". One Intl cannot read falls back to en-US.
 */
function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    const options = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" } as const;
    try {
      formatter = new Intl.DateTimeFormat(locale.trim().replace(/_/g, "-") || "en-US", options);
    } catch {
      formatter = new Intl.DateTimeFormat("en-US", options);
    }
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * "2025-04-10" as the spreadsheet's locale writes a day with its month named ("Apr 10, 2025" in
 * en_US, "10 Apr 2025" in en_GB): the one date style of the sidebar and the brief, and no
 * day/month ambiguity for creators abroad. Text that is not such a date is returned as it is.
 */
export function formatDate(text: string, locale: string): string {
  if (!isIsoDate(text)) return text;
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return formatterFor(locale).format(new Date(Date.UTC(year, month - 1, day)));
}
