/** A file's table once read: header texts and data rows of strings. */
export interface ExportTable {
  headers: string[];
  /** Data rows, as many cells as the header (short rows padded with ""). */
  rows: string[][];
  /**
   * Each data row's row number in the file as a person sees it opened in a spreadsheet (the header's
   * row counted, blank rows too), which is what messages point at. Absent: rows follow the header.
   */
  lines?: number[];
  delimiter: string;
  /** Numbers are written "1.234,5": a semicolon-separated file from a European Excel, or such a paste. */
  decimalComma: boolean;
}
