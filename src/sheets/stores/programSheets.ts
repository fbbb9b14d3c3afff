import { type Cell, cellText } from "../../core/cells";
import { type DateOptions, dayFirstFor, parseDate } from "../../core/dateParse";
import { formatYmd } from "../../core/dates";
import { messageOf } from "../../core/errors";
import type { CampaignInfo, DeliverableLine } from "../../core/rpc/types";
import type { WorkbookPort } from "../../workbook/port";
import { openTable } from "../findTable";
import { CAMPAIGNS } from "../layouts/campaigns";
import { DELIVERABLES } from "../layouts/deliverables";
import type { TableSpec } from "../spec";
import { existingColumn } from "./roster";

type Row = (key: string) => Cell;

/** Rows of a program sheet read through its layout; a missing or unrecognised sheet becomes a note. */
function readTable(workbook: WorkbookPort, spec: TableSpec, notes: string[]): Row[] {
  try {
    const found = openTable(workbook, spec);
    if (!found?.snapshot) return [];
    const { layout, snapshot } = found;
    return snapshot.values.slice(layout.headerRow).map((cells) => (key: string) => {
      const col = existingColumn(layout, key);
      return col === undefined ? "" : cells[col - 1];
    });
  } catch (error) {
    notes.push(messageOf(error));
    return [];
  }
}

const text = (cell: Cell) => cellText(cell).trim();

function ymd(cell: Cell, options: DateOptions): string {
  const date = parseDate(cell, options);
  return date ? formatYmd(date, options.timeZone) : "";
}

function dateOptions(workbook: WorkbookPort): DateOptions {
  return { dayFirst: dayFirstFor(workbook.locale), timeZone: workbook.timeZone };
}

/** The campaigns a brief can be for, with their dates so the brief's timeline can be checked. */
export function readCampaigns(workbook: WorkbookPort, notes: string[]): CampaignInfo[] {
  const options = dateOptions(workbook);
  return readTable(workbook, CAMPAIGNS, notes)
    .filter((row) => text(row("campaign")) !== "")
    .map((row) => ({
      name: text(row("campaign")),
      objective: text(row("objective")),
      start: ymd(row("start"), options),
      end: ymd(row("end"), options),
    }));
}

/** Who owes what in each campaign, for briefs personalised per creator. */
export function readDeliverables(workbook: WorkbookPort, notes: string[]): DeliverableLine[] {
  const options = dateOptions(workbook);
  return readTable(workbook, DELIVERABLES, notes)
    .filter((row) => text(row("campaign")) !== "" && text(row("handle")) !== "")
    .map((row) => ({
      campaign: text(row("campaign")),
      handle: text(row("handle")),
      format: text(row("deliverable")),
      dueDate: ymd(row("dueDate"), options),
    }));
}
