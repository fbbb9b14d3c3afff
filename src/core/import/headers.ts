/** Headers compare without case, accents, punctuation, a BOM or repeated spaces: "Vues " = "vues". */
export function headerKey(header: string): string {
  return header
    .replace(/^\ufeff/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}
