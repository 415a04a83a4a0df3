/**
 * The exit statuses of every command. `main.ts` maps what reaches it to 2; a command
 * sets 1 itself when some of its inputs failed and it went on with the others.
 */
export const EXIT = {
  /** Done: every input was used. */
  OK: 0,
  /** Some inputs failed (each reported by name); the others were processed. */
  SOME_INPUTS_FAILED: 1,
  /** The command could not run: usage, configuration, database, or a defect. */
  COULD_NOT_RUN: 2,
} as const;

/** The "Exit status" section of `diplograph --help`. */
export const EXIT_STATUS_HELP = `Exit status:
  0  done: every input was used (serve: stopped by SIGINT or SIGTERM)
  1  some inputs failed: a file rejected or not loaded, an article that cannot be
     extracted (each is named; the others were processed); serve: the shutdown failed
  2  the command could not run: bad usage, bad configuration, a path that does not
     exist, Neo4j unreachable, or an unexpected error`;
