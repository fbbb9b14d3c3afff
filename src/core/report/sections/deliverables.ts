import { formatYmd } from "../../dates";
import { handleKey } from "../../keys";
import type { Creator, Deliverable } from "../../records";
import { date, int, sheetOnly, tableBlock, text, whenEmpty } from "../table";
import type { DeliverableRow } from "../types";

/** Needs attention: deliverables due this week or overdue that are not posted yet. */

const DONE_STATUS = /^\s*(posted|live|published|done|complete|completed)\s*$/i;
const DROPPED_STATUS = /^\s*(cancel+ed|dropped|declined|not needed)\s*$/i;

export function isPosted(deliverable: Deliverable): boolean {
  return deliverable.postedOn !== null || deliverable.postUrl !== "" || DONE_STATUS.test(deliverable.status);
}

export function isDropped(deliverable: Deliverable): boolean {
  return DROPPED_STATUS.test(deliverable.status);
}

/** Owner by handle key, from the Roster: the first creator with that handle on any platform. */
export function ownersByHandle(creators: readonly Pick<Creator, "handle" | "owner">[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const creator of creators) {
    const key = handleKey(creator.handle);
    if (!owners.has(key) && creator.owner !== "") owners.set(key, creator.owner);
  }
  return owners;
}

export interface DeliverableWindow {
  from: number;
  to: number;
  timeZone: string;
  /** The day lateness is counted to: the week's last day, or today when the week is not over. */
  asOf: string;
}

/** Whole calendar days from one "YYYY-MM-DD" to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function deliverableTable(
  deliverables: readonly Deliverable[],
  owners: ReadonlyMap<string, string>,
  window: DeliverableWindow,
): DeliverableRow[] {
  const rows: (DeliverableRow & { t: number })[] = [];
  for (const d of deliverables) {
    if (d.dueDate === null || isPosted(d) || isDropped(d)) continue;
    const t = d.dueDate.getTime();
    if (t >= window.to) continue;
    const due = formatYmd(d.dueDate, window.timeZone);
    const late = daysBetween(due, window.asOf);
    rows.push({
      t,
      row: d.row,
      due,
      campaign: d.campaign,
      handle: d.handle,
      deliverable: d.deliverable,
      status: d.status,
      state: t >= window.from ? "Due this week" : "Overdue",
      owner: owners.get(handleKey(d.handle)) ?? "",
      daysLate: late > 0 ? late : null,
    });
  }
  return rows.sort((a, b) => a.t - b.t || a.row - b.row).map(({ t: _, ...row }) => row);
}

export const DELIVERABLES_BLOCK = tableBlock<DeliverableRow>({
  id: "attention-deliverables",
  title: "Needs attention: deliverables not posted",
  columns: [
    date("Due", (r) => r.due),
    sheetOnly(text("State", (r) => r.state)),
    text("Campaign", (r) => r.campaign),
    text("Handle", (r) => r.handle),
    text("Deliverable", (r) => r.deliverable),
    sheetOnly(text("Status", (r) => r.status)),
    text("Owner", (r) => r.owner),
    int("Days late", (r) => r.daysLate),
  ],
  rows: (report) => report.attention.deliverables,
  note: (rows) =>
    whenEmpty("Nothing due this week or overdue is waiting.")(rows) ??
    "Owner is the creator's Owner on the Roster; days late are counted to the week's last day (to today while the week runs).",
});
