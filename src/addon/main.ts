import { REGISTRY } from "./registry";

/** What the generated top-level stubs call: `InfluencerDesk.api.<name>(...)`. */
export const api: Record<string, (...args: never[]) => unknown> = Object.fromEntries(
  REGISTRY.map((entry) => [entry.name, entry.run]),
);
