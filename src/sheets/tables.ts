import { BUDGET } from "./layouts/budget";
import { CAMPAIGNS } from "./layouts/campaigns";
import { DELIVERABLES } from "./layouts/deliverables";
import { POSTS } from "./layouts/posts";
import { ROSTER } from "./layouts/roster";
import type { KeyOf } from "./spec";

/** The program's table sheets, in the order the menu builds them and tabs appear. */
export const TABLES = [ROSTER, CAMPAIGNS, DELIVERABLES, POSTS, BUDGET] as const;

export type Table = (typeof TABLES)[number];
export type TableName = Table["name"];
/** The column keys of one table sheet, e.g. ColumnKey<"Budget"> is "campaign" | "handle" | … */
export type ColumnKey<S extends TableName> = KeyOf<Extract<Table, { name: S }>>;

export function tableSpec(name: string): Table {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`No table layout named ${name}`);
  return spec;
}
