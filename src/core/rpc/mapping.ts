/*
 * Words of the Settings › Mapping table the sidebar's mapping step also uses; here, with nothing
 * else, so the page does not pull the sheets layer in.
 */

/** Our value for a team value that has no equivalent: their list stays, with no dropdown of ours over it. */
export const KEEP_THEIR_LIST = "keep their list";
/** Team column of a field the set-up adds as a column of ours. */
export const ADDED = "(added)";
