/** Pages the add-on shows beside or over the spreadsheet, built from the HTML files in dist/. */
export interface HtmlPages {
  /**
   * Opens `file` (an HTML file pushed with the script, without ".html") in the sidebar, on the tab
   * named `startTab` (lower-case letters) when given.
   */
  showSidebar(file: string, title: string, startTab?: string): void;
}
