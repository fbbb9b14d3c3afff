import { readFileSync, statSync } from "node:fs";
import vm from "node:vm";
import { medianMs, row } from "./measure";

/** Apps Script evaluates the whole bundle before each custom-function call: how long that takes here. */
export function benchBundle(path: string): string[] {
  const code = readFileSync(path, "utf8");
  const script = new vm.Script(code, { filename: "Code.js" });
  const ms = medianMs(21, () => {
    script.runInContext(vm.createContext({ console }));
  });
  const kb = statSync(path).size / 1024;
  return [
    row("Evaluate dist/Code.js in a fresh context", `${ms.toFixed(2)} ms`, "< 20 ms"),
    row("dist/Code.js size", `${kb.toFixed(1)} KB`, "< 150 KB"),
  ];
}
