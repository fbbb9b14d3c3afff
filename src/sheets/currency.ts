const SYMBOLS: Record<string, string> = {
  USD: "$",
  EUR: "€",
  GBP: "£",
  JPY: "¥",
  AUD: "A$",
  CAD: "C$",
  INR: "₹",
  BRL: "R$",
};

/** The number format of money columns for a Settings currency code; unknown codes are written after the number. */
export function currencyFormat(code: string): string {
  const upper = code.trim().toUpperCase();
  const symbol = SYMBOLS[upper];
  if (symbol) return `"${symbol}"#,##0.00`;
  return `#,##0.00 "${upper.replace(/"/g, "") || "USD"}"`;
}
