import { AdoptError } from "../../src/sheets/layout";
import { MappingFileError, readMappingFile } from "./mappingFile";
import { describeAdoption, runOnTeamFile } from "./teamFile";

export interface TeamCliArgs {
  in: string;
  out?: string;
  mapping?: string;
  /** `--import` files (and `--creator`), applied after the set-up. */
  imports?: { files: string[]; creator?: string };
}

/**
 * `npm run demo -- --in team.xlsx [--out result.xlsx] [--mapping mapping.json]`: prints how each sheet
 * was adopted and returns the exit code; a sheet that cannot be adopted, or a bad mapping file, is
 * said on `error` (no stack trace) with exit code 1, and nothing is written.
 */
export async function teamFileCli(
  args: TeamCliArgs,
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error,
): Promise<number> {
  const out = args.out ?? "out/result.xlsx";
  log(`Running "Set up or refresh all sheets" and last week's report on ${args.in}…\n`);
  try {
    const mapping = args.mapping ? readMappingFile(args.mapping) : {};
    const result = await runOnTeamFile(args.in, out, new Date(), mapping, args.imports);
    log(describeAdoption(result.adopted));
    log(`\n${result.setUp}\n${result.report}`);
    if (result.imports.length > 0) log(`\nImported:\n${result.imports.join("\n")}`);
    log(
      `\nWrote ${out} and ${result.htmlPath}. Your file was only read; open ${out} to see what the add-on would do.`,
    );
    return 0;
  } catch (problem) {
    if (!(problem instanceof AdoptError || problem instanceof MappingFileError)) throw problem;
    error(problem.message);
    return 1;
  }
}
