import type { SetUpPlan } from "../../../src/core/rpc/mapping";
import type { RpcResult } from "../../../src/core/rpc/result";
import type { FakeAppsScript } from "../../fakes/appsScript";

/**
 * What a team does when the set-up menu opened the mapping step instead of writing: it presses
 * "Save & set up" on the choices as proposed. Returns that run's summary ("failed: …" for an error
 * message), or null when the menu opened no step (it set up at once, or failed in a dialog).
 */
export function acceptMappingStep(
  fake: FakeAppsScript,
  sidebarsBefore: number,
  run: (expression: string) => unknown,
): string | null {
  if (fake.ui.sidebars.length === sidebarsBefore) return null;
  const plan = run("sidebarPlanSetUp({})") as RpcResult<SetUpPlan>;
  if (!plan.ok) return `failed: ${plan.error.message}`;
  const request = JSON.stringify({ mapping: plan.value.mapping });
  const saved = run(`sidebarSaveSetUp(${request})`) as RpcResult<{ summary: string }>;
  return saved.ok ? saved.value.summary : `failed: ${saved.error.message}`;
}
