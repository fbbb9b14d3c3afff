import { formatYmd } from "../../core/dates";
import type { AddonContext } from "../context";

/** The instant as stored in "Updated" cells. */
export const nowIso = (context: AddonContext) => context.now().toISOString();

/** Today as the spreadsheet's users mean it: the date in the spreadsheet's time zone. */
export const todayOf = (context: AddonContext) => formatYmd(context.now(), context.workbook.timeZone);
