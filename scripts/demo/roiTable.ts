import { ALL_CREATORS, ROI_SHEET } from "../../src/sheets/layouts/roi";
import type { WorkbookPort } from "../../src/workbook/port";
import { money, percent, textTable } from "./textTable";

/** The campaign rows of the ROI sheet, as the workbook computed them. */
export function roiTable(workbook: WorkbookPort): string {
  const values = workbook.sheet(ROI_SHEET)?.read().values ?? [];
  const [header = [], ...rows] = values;
  const col = (name: string) => header.indexOf(name);
  const campaigns = rows.filter((r) => r[col("Handle")] === ALL_CREATORS);
  return textTable(
    ["Campaign", "Spend", "EMV", "Revenue", "ROI", "EMV ÷ spend", "CPM"],
    campaigns.map((r) => [
      String(r[col("Campaign")]),
      money(r[col("Spend")]),
      money(r[col("EMV")]),
      money(r[col("Revenue")]),
      percent(r[col("ROI")]),
      typeof r[col("EMV ÷ spend")] === "number" ? `${(r[col("EMV ÷ spend")] as number).toFixed(2)}x` : "",
      money(r[col("CPM")]),
    ]),
  );
}
