import { formatYmd } from "../../dates";
import type { Deliverable } from "../../records";
import { date, tableBlock, text, whenEmpty } from "../table";
import type { DeliverableRow } from "../types";

/** Needs attention: deliverables due this week or overdue that are not posted yet. */

const DONE_STATUS = /^\s*(posted|live|published|done|complete|completed)\s*$/i;
const DROPPED_STATUS = /^\s*(cancel+ed|dropped|declined|not needed)\s*$/i;

function isPosted(deliverable: Deliverable): boolean {
  return deliverable.postedOn !== null || deliverable.postUrl !== "" || DONE_STATUS.test(deliverable.status);
}

export function deliverableTable(
  deliverables: readonly Deliverable[],
  from: number,
  to: number,
  tz: string,
): DeliverableRow[] {
  const rows: (DeliverableRow & { t: number })[] = [];
  for (const d of deliverables) {
    if (d.dueDate === null || isPosted(d) || DROPPED_STATUS.test(d.status)) continue;
    const t = d.dueDate.getTime();
    if (t >= to) continue;
    rows.push({
      t,
      row: d.row,
      due: formatYmd(d.dueDate, tz),
      campaign: d.campaign,
      handle: d.handle,
      deliverable: d.deliverable,
      status: d.status,
      state: t >= from ? "Due this week" : "Overdue",
    });
  }
  return rows.sort((a, b) => a.t - b.t || a.row - b.row).map(({ t: _, ...row }) => row);
}

export const DELIVERABLES_BLOCK = tableBlock<DeliverableRow>({
  id: "attention-deliverables",
  title: "Needs attention: deliverables not posted",
  columns: [
    date("Due", (r) => r.due),
    text("State", (r) => r.state),
    text("Campaign", (r) => r.campaign),
    text("Handle", (r) => r.handle),
    text("Deliverable", (r) => r.deliverable),
    text("Status", (r) => r.status),
  ],
  rows: (report) => report.attention.deliverables,
  note: whenEmpty("Nothing due this week or overdue is waiting."),
});
