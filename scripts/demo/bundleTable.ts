import { readFileSync } from "node:fs";
import vm from "node:vm";
import { money, percent, textTable } from "./textTable";

const SAMPLE = [
  {
    handle: "@mayatrails",
    followers: "12.5K",
    interactions: [180, 42, 31],
    platform: "Instagram",
    counts: [18000, 0, 900, 60, 25, 40, 35],
    caption: "#ad New trail shoes from @summitgear, code MAYA15",
  },
  {
    handle: "@leoeats",
    followers: "4,300",
    interactions: [60, 12, 20],
    platform: "TikTok",
    counts: [9000, 12000, 700, 30, 40, 15, 10],
    caption: "Loving these from @summitgear #sp #collab",
  },
  {
    handle: "@avafit",
    followers: "1.2M",
    interactions: [2100, 900, 4000],
    platform: "YouTube",
    counts: [900000, 410000, 22000, 1800, 950, 0, 5200],
    caption: "Off on an #adventure with my favourite gear",
  },
  {
    handle: "@noahbrews",
    followers: " 850 ",
    interactions: [9, 2, 4],
    platform: "Instagram",
    counts: [1200, 0, 80, 6, 1, 2, 3],
    caption: "Weekend mood, coffee and new gear… Sponsored by Summit Gear",
  },
  {
    handle: "@typo",
    followers: "lots",
    interactions: [5, 1, 0],
    platform: "Instagram",
    counts: [100, 0, 10, 1, 0, 0, 0],
    caption: "",
  },
];

/**
 * Loads dist/Code.js in a fresh context the way Apps Script does and calls each custom function once
 * over the whole sample column, with Sheets-shaped arguments: ranges as 2D arrays, pasted text numbers.
 */
export function bundleTable(path: string): string {
  const context = vm.createContext({ console });
  vm.runInContext(readFileSync(path, "utf8"), context);
  const call = (name: string, ...args: unknown[]) =>
    (context[name] as (...a: unknown[]) => unknown[][])(...args);
  const column = (values: unknown[]) => values.map((v) => [v]);
  const er = call(
    "ENGAGEMENT_RATE",
    SAMPLE.map((s) => s.interactions),
    column(SAMPLE.map((s) => s.followers)),
  );
  const tier = call("TIER", column(SAMPLE.map((s) => s.followers)));
  const emv = call(
    "EMV",
    column(SAMPLE.map((s) => s.platform)),
    SAMPLE.map((s) => s.counts),
  );
  const ftc = call("FTC_CHECK", column(SAMPLE.map((s) => s.caption)));
  // A bad row gets the function's message as text; long messages go under the table, marked [n].
  const notes: string[] = [];
  const show = (value: unknown, format: (v: unknown) => string) => {
    if (typeof value !== "string" || !value.includes(":")) return format(value);
    notes.push(`[${notes.length + 1}] ${value}`);
    return `[${notes.length}]`;
  };
  const table = textTable(
    ["Handle", "Followers", "ENGAGEMENT_RATE", "TIER", "EMV", "FTC_CHECK"],
    SAMPLE.map((s, i) => [
      s.handle,
      s.followers.trim(),
      show(er[i]?.[0], percent),
      show(tier[i]?.[0], String),
      show(emv[i]?.[0], money),
      show(ftc[i]?.[0], String),
    ]),
  );
  return [table, "", ...notes].join("\n");
}
