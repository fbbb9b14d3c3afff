/**
 * What the sidebar reads in one go. 5 MB is about 50,000 rows of a platform export (a TikTok or
 * YouTube channel export is hundreds of rows, a year of a brand's Meta export a few thousand); the
 * browser parses that in well under a second, and 50,000 rows keeps the plan (20,000 rows in well
 * under a second, see the bench) and the apply's payload to Apps Script within reach.
 */
export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 50_000;
