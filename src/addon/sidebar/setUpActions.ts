import type { Mapping, SetUpPlan, SetUpSaved } from "../../core/rpc/mapping";
import { SidebarError } from "../../core/rpc/result";
import { SETTINGS_SHEET } from "../../sheets/layouts/settings";
import { ownSheetProblems } from "../../sheets/locateTables";
import { readMapping } from "../../sheets/mapping";
import { planSetUp } from "../../sheets/mappingPlan";
import { choicesToStore, hasMappingTable, storeMapping } from "../../sheets/mappingStore";
import { ALL_SHEETS, refreshSheets } from "../../sheets/refresh";
import { SET_UP_TITLE, summarise } from "../actions/setUpSheets";
import type { AddonContext } from "../context";

/**
 * The sidebar's mapping step: the set-up planned with the team's draft choices and nothing written,
 * then, on "Save & set up", the choices stored in Settings › Mapping and the set-up run with them.
 */

export function planSetUpStep(context: AddonContext, input: { mapping?: Mapping }): SetUpPlan {
  return planSetUp(context.workbook, input.mapping ?? {});
}

export function saveSetUpStep(context: AddonContext, input: { mapping: Mapping }): SetUpSaved {
  const { workbook } = context;
  const plan = planSetUp(workbook, input.mapping);
  // The run below would refuse these too, but only after Settings and the mapping were written.
  const problems = [
    ...plan.sheets.flatMap((sheet) => (sheet.problem === null ? [] : [`${sheet.sheet}: ${sheet.problem}`])),
    ...ownSheetProblems(ALL_SHEETS, (tab) => workbook.sheet(tab)?.read() ?? null, readMapping(workbook)),
  ];
  if (problems.length > 0) throw new SidebarError(`Nothing was changed. ${problems.join(" ")}`);
  const tabsOnly = Object.fromEntries(plan.sheets.map((sheet) => [sheet.sheet, { tab: sheet.tab }]));
  const auto = planSetUp(workbook, tabsOnly, { storedMapping: "ignored" });
  // The choices go in the Mapping table first, so the run below, and every later one, reads them there.
  const settings = hasMappingTable(workbook) ? null : refreshSheets(workbook, ["Settings"], () => {});
  storeMapping(workbook, choicesToStore(plan, auto));
  let shown = false;
  // The tabs as chosen: a new tab chosen here does not exist yet, and the run makes it.
  const options = { mapping: tabsOnly };
  const result = refreshSheets(
    workbook,
    ALL_SHEETS,
    (message) => {
      if (shown) return;
      shown = true;
      workbook.toast(message, SET_UP_TITLE);
    },
    options,
  );
  // A Settings sheet made for the mapping is reported once, as created.
  const sheets = settings
    ? [...settings.sheets, ...result.sheets.filter((s) => s.name !== SETTINGS_SHEET)]
    : result.sheets;
  return { summary: summarise({ ...result, sheets }), plan: planSetUp(workbook) };
}
