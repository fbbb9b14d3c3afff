import { performance } from "node:perf_hooks";

/** Median wall time of `runs` calls after one warm-up call, in milliseconds. */
export function medianMs(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export function perSecond(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString("en-US")}/s`;
}

export function row(label: string, value: string, target = ""): string {
  return `| ${label} | ${value} | ${target} |`;
}

/**
 * Median user CPU time of `runs` calls after one warm-up call, in milliseconds: on a shared machine the
 * wall time measures the neighbours too.
 */
export function medianCpuMs(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage().user;
    fn();
    times.push((process.cpuUsage().user - start) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
