/**
 * Size budgets of what the build ships. Apps Script evaluates all of Code.js before every call, custom
 * functions included: at 150 KB that took about 1 ms here (`npm run bench`), and it grows about linearly,
 * so 250 KB keeps it near 2 ms, small beside the server round trip every custom-function call already pays.
 * The sidebar page is loaded once when the sidebar opens; the import tab's CSV reader (papaparse, about
 * 20 KB minified) and import planning took it past 80 KB.
 */
export const CODE_LIMIT_BYTES = 250 * 1024;
export const PAGE_LIMIT_BYTES = 150 * 1024;
