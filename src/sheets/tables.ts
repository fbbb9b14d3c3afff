import { BUDGET } from "./layouts/budget";
import { CAMPAIGNS } from "./layouts/campaigns";
import { DELIVERABLES } from "./layouts/deliverables";
import { POSTS } from "./layouts/posts";
import { ROSTER } from "./layouts/roster";
import type { TableSpec } from "./spec";

/** The program's table sheets, in the order the menu builds them and tabs appear. */
export const TABLES: TableSpec[] = [ROSTER, CAMPAIGNS, DELIVERABLES, POSTS, BUDGET];

export function tableSpec(name: string): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`No table layout named ${name}`);
  return spec;
}
