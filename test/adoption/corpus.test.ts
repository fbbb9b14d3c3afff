import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist } from "../../scripts/build";
import { runOnTeamFile } from "../../scripts/demo/teamFile";
import { SET_UP_TITLE } from "../../src/addon/actions/setUpSheets";
import { importXlsx } from "../../src/workbook/memory/xlsxImport";
import { acceptMappingStep } from "../addon/sidebar/mappingStep";
import { evaluate, loadBundle } from "../bundle/loadBundle";
import { CORPUS, type TeamCase } from "./corpus";
import { diffSnapshots, snapshotFake, snapshotMemory, type WorkbookState } from "./snapshot";
import { formatFake, formatXlsxFile, teamFake, teamXlsx, unformatted } from "./teamBook";

const NOTHING_CHANGED = "Everything was already up to date; nothing changed.";
const NOW = new Date("2026-03-16T12:00:00Z");

let bundle: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "influencer-desk-corpus-"));
  await buildDist(dir);
  bundle = join(dir, "Code.js");
}, 120_000);

/** Weekly report sheets ("Report 2026-03-09") are the add-on's own, rebuilt on every run. */
function teamSheetsOf(state: WorkbookState): WorkbookState {
  return new Map([...state].filter(([name]) => !/^Report \d{4}-\d{2}-\d{2}$/.test(name)));
}

/** What two set-up runs did: the snapshots before and after each, and each run's summary. */
interface Runs {
  before: WorkbookState;
  after: WorkbookState[];
  summaries: string[];
}

/** The local path: the team's .xlsx through `npm run demo -- --in … --out …`, then the result through it again. */
async function cliRuns(team: TeamCase): Promise<Runs> {
  const dir = mkdtempSync(join(tmpdir(), "influencer-desk-team-"));
  const files = ["team.xlsx", "first/result.xlsx", "second/result.xlsx"].map((file) => join(dir, file));
  const [team0 = "", first = "", second = ""] = files;
  if (team.setUpFirst) {
    const plain = join(dir, "plain.xlsx");
    const setUp = join(dir, "setUp/result.xlsx");
    await teamXlsx(unformatted(team), plain);
    await runOnTeamFile(plain, setUp, NOW);
    await formatXlsxFile(team, setUp, team0);
  } else {
    await teamXlsx(team, team0);
  }
  const before = teamSheetsOf(snapshotMemory(await importXlsx(team0)));
  const summaries = [
    (await runOnTeamFile(team0, first, NOW)).setUp,
    (await runOnTeamFile(first, second, NOW)).setUp,
  ];
  const after = [snapshotMemory(await importXlsx(first)), snapshotMemory(await importXlsx(second))];
  return { before, after, summaries };
}

/**
 * The add-on in Sheets: the bundle's "Set up or refresh all sheets" twice over the Apps Script fakes,
 * the team saving the mapping step as proposed whenever the menu opens it.
 */
function sheetsRuns(team: TeamCase): Runs {
  const fake = teamFake(team.setUpFirst ? unformatted(team) : team);
  try {
    const context = loadBundle(bundle, fake.globals);
    const setUp = () => {
      const sidebars = fake.ui.sidebars.length;
      evaluate(context, "menuSetUpAll()");
      return acceptMappingStep(fake, sidebars, (expression) => evaluate(context, expression));
    };
    if (team.setUpFirst) {
      setUp();
      formatFake(fake, team);
    }
    const before = snapshotFake(fake.spreadsheet);
    const after: WorkbookState[] = [];
    const summaries: string[] = [];
    for (let run = 0; run < 2; run++) {
      const dialogs = fake.ui.dialogs.length;
      const accepted = setUp();
      const failure = fake.ui.dialogs.slice(dialogs).map((dialog) => JSON.stringify(dialog));
      const toast = fake.spreadsheet.toasts.filter((t) => t.title === SET_UP_TITLE).at(-1);
      summaries.push(
        failure.length > 0 ? `failed: ${failure.join(" ")}` : (accepted ?? toast?.message ?? ""),
      );
      after.push(snapshotFake(fake.spreadsheet));
    }
    return { before, after, summaries };
  } finally {
    fake.uninstall();
  }
}

/** The ownership rule: nothing of the team's changed after either run, and the rerun changed nothing. */
function expectOwnershipKept(runs: Runs): void {
  const changes = runs.after.map((after) => diffSnapshots(runs.before, after).changed);
  expect({ firstRun: runs.summaries[0], changes }).toEqual({
    firstRun: expect.not.stringMatching(/^failed/),
    changes: [[], []],
  });
  expect(runs.summaries[1]).toBe(NOTHING_CHANGED);
  const [first = new Map(), second = new Map()] = runs.after.map(teamSheetsOf);
  expect(diffSnapshots(first, second)).toEqual({ changed: [], added: [] });
}

describe("a corpus of messy team workbooks: nothing of the team's changes", () => {
  for (const team of CORPUS) {
    describe(team.name, () => {
      it("through the CLI path (xlsx → runOnTeamFile → xlsx), twice", async () => {
        expectOwnershipKept(await cliRuns(team));
      }, 400_000);
      it("through the bundle over the Apps Script fakes, twice", () => {
        expectOwnershipKept(sheetsRuns(team));
      }, 60_000);
    });
  }

  it("holds at least 10 workbooks", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(10);
  });
});
