import type { Mapping } from "../../core/rpc/mapping";
import type { TableSpec } from "../spec";

/** How a message names the tab that plays `spec`: the team's own when Settings › Mapping names one. */
export function tabLabel(spec: TableSpec, mapping: Mapping): string {
  const tab = mapping[spec.name]?.tab ?? spec.name;
  return tab === spec.name ? `"${tab}"` : `"${tab}" (your ${spec.name} in Settings › Mapping)`;
}

/** What to do when that tab is missing: the set-up makes it under the name the mapping gives. */
export const SET_UP = "run Extensions › Influencer Desk › Set up or refresh all sheets";
