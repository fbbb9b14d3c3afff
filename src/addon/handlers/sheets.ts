import { ALL_SHEETS, type SheetName } from "../../sheets/refresh";
import { SET_UP_TITLE, setUpSheets } from "../actions/setUpSheets";
import { appsScriptContext } from "../appsScriptContext";
import { runMenuAction } from "../run";

function setUp(targets: SheetName[]): () => void {
  return () => runMenuAction(appsScriptContext(), SET_UP_TITLE, (context) => setUpSheets(context, targets));
}

/** The menu handler that builds or refreshes one sheet (with the sheets it reads). */
export function setUpHandler(sheet: SheetName): `menuSetUp${SheetName}` {
  return `menuSetUp${sheet}`;
}

// Object.fromEntries cannot type its keys; ALL_SHEETS gives every SheetName its handler.
const ONE_SHEET = Object.fromEntries(
  ALL_SHEETS.map((sheet) => [setUpHandler(sheet), setUp([sheet])]),
) as Record<ReturnType<typeof setUpHandler>, () => void>;

/** Menu handlers that build or refresh sheets: all of them, or one. */
export const SHEET_MENU_HANDLERS = {
  menuSetUpAll: setUp(ALL_SHEETS),
  ...ONE_SHEET,
};
