/** A file's table once read: header texts and data rows of strings. */
export interface ExportTable {
  headers: string[];
  /** Data rows, as many cells as the header (short rows padded with ""). */
  rows: string[][];
  delimiter: string;
  /** Numbers are written "1.234,5": a semicolon-separated file from a European Excel, or such a paste. */
  decimalComma: boolean;
}
