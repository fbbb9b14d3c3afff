import { ALL_SHEETS, type SheetName } from "../../sheets/refresh";
import { SET_UP_TITLE, setUpSheets } from "../actions/setUpSheets";
import { appsScriptContext } from "../appsScriptContext";
import { runMenuAction } from "../run";
import { openSidebar } from "./sidebar";

function setUp(targets: SheetName[]): () => void {
  return () =>
    runMenuAction(appsScriptContext(), SET_UP_TITLE, (context) =>
      setUpSheets(context, targets, { askForMapping: () => openSidebar("setup") }),
    );
}

/** A sheet name as part of a function name: "Budget by campaign" → "BudgetByCampaign". */
type Joined<S extends string> = S extends `${infer Head} ${infer Rest}`
  ? `${Head}${Joined<Capitalize<Rest>>}`
  : S;

/** The menu handler that builds or refreshes one sheet (with the sheets it reads). */
export function setUpHandler<S extends SheetName>(sheet: S): `menuSetUp${Joined<S>}` {
  const joined = sheet.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase());
  return `menuSetUp${joined}` as `menuSetUp${Joined<S>}`;
}

// Object.fromEntries cannot type its keys; ALL_SHEETS gives every SheetName its handler.
const ONE_SHEET = Object.fromEntries(
  ALL_SHEETS.map((sheet) => [setUpHandler(sheet), setUp([sheet])]),
) as Record<ReturnType<typeof setUpHandler<SheetName>>, () => void>;

/** Menu handlers that build or refresh sheets: all of them, or one. */
export const SHEET_MENU_HANDLERS = {
  menuSetUpAll: setUp(ALL_SHEETS),
  ...ONE_SHEET,
};
