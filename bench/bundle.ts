import { readFileSync, statSync } from "node:fs";
import vm from "node:vm";
import { CODE_LIMIT_BYTES, PAGE_LIMIT_BYTES } from "../scripts/lib/budgets";
import { medianMs, row } from "./measure";

/** Apps Script evaluates the whole bundle before each custom-function call: how long that takes here. */
export function benchBundle(path: string): string[] {
  const code = readFileSync(path, "utf8");
  const script = new vm.Script(code, { filename: "Code.js" });
  const ms = medianMs(21, () => {
    script.runInContext(vm.createContext({ console }));
  });
  const kb = (file: string) => `${(statSync(file).size / 1024).toFixed(1)} KB`;
  return [
    row("Evaluate dist/Code.js in a fresh context", `${ms.toFixed(2)} ms`, "< 20 ms"),
    row("dist/Code.js size", kb(path), `< ${CODE_LIMIT_BYTES / 1024} KB`),
    row(
      "dist/Sidebar.html size",
      kb(path.replace(/Code\.js$/, "Sidebar.html")),
      `< ${PAGE_LIMIT_BYTES / 1024} KB`,
    ),
  ];
}
