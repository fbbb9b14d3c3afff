import type { SheetName } from "../sheets/refresh";
import { SET_UP_TITLE, setUpSheets } from "./actions/setUpSheets";
import { appsScriptContext } from "./appsScriptContext";
import type { HandlerEntry } from "./entry";
import { runMenuAction } from "./run";

function setUp(targets: SheetName[]): () => void {
  return () => runMenuAction(appsScriptContext(), SET_UP_TITLE, (context) => setUpSheets(context, targets));
}

const ONE_SHEET: SheetName[] = ["Settings", "Roster", "Campaigns", "Deliverables", "Posts", "Budget", "ROI"];

/** Menu handlers that build or refresh sheets: all of them, or one (with the sheets it reads). */
export const SHEET_ENTRIES: HandlerEntry[] = [
  {
    kind: "menu",
    name: "menuSetUpAll",
    params: [],
    run: setUp(ONE_SHEET),
  },
  ...ONE_SHEET.map(
    (sheet): HandlerEntry => ({
      kind: "menu",
      name: `menuSetUp${sheet}`,
      params: [],
      run: setUp([sheet]),
    }),
  ),
];
