import "reflect-metadata";
import { CommanderError } from "commander";
import { EXIT } from "./exit-status.js";
import { buildProgram } from "./program.js";

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = exitStatusOf(error);
  // Commander has already said what was wrong with the usage (or shown the help).
  if (!(error instanceof CommanderError)) process.stderr.write(`diplograph: ${describe(error)}\n`);
}

function exitStatusOf(error: unknown): number {
  if (error instanceof CommanderError && error.exitCode === 0) return EXIT.OK;
  return EXIT.COULD_NOT_RUN;
}

/** Configuration and input mistakes are the user's to fix: say what, without a stack. */
function describe(error: unknown): string {
  const known =
    error instanceof Error &&
    /Error$/.test(error.name) &&
    error.name !== "Error" &&
    error.name !== "TypeError";
  return known ? error.message : String((error as Error)?.stack ?? error);
}
