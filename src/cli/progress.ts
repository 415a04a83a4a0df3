import { type MultiBar } from "cli-progress";

/** Progress over the files of one run, and the lines to say on the way. */
export interface Progress {
  /** `done` of `total` files are finished, the last one `file`. */
  update(done: number, total: number, file: string): void;
  /** Writes a line to stderr (above the bar while there is one). */
  note(line: string): void;
  /** Takes the bar away; safe to call twice. */
  stop(): void;
}

/**
 * A progress bar on stderr for a run over many files. There is one only when it
 * helps a person and cannot get in a program's way: stderr is a terminal, the output
 * is not `--json`, at least `minFiles` files, and, when the command streams its
 * results to stdout (`streamsStdout`), stdout is not that terminal too (the lines
 * would tear the bar). Otherwise nothing is drawn and `note` writes plain lines.
 */
export async function createProgress({
  task,
  json = false,
  streamsStdout = false,
  minFiles = 2,
}: {
  task: string;
  json?: boolean;
  streamsStdout?: boolean;
  minFiles?: number;
}): Promise<Progress> {
  const wanted =
    !json && process.stderr.isTTY === true && !(streamsStdout && process.stdout.isTTY === true);
  if (!wanted) return plainProgress();
  const { MultiBar, Presets } = await import("cli-progress");
  const bars: MultiBar = new MultiBar(
    { format: `${task} [{bar}] {value}/{total} {file}`, clearOnComplete: true },
    Presets.shades_classic,
  );
  let bar: ReturnType<MultiBar["create"]> | undefined;
  let stopped = false;
  return {
    update(done, total, file) {
      if (stopped || total < minFiles) return;
      bar ??= bars.create(total, 0, { file: "" });
      bar.update(done, { file });
    },
    note(line) {
      if (bar && !stopped) bars.log(`${line}\n`);
      else process.stderr.write(`${line}\n`);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (!bar) return;
      // Writes the notes still buffered, then clears the bar.
      bars.update();
      bars.stop();
    },
  };
}

function plainProgress(): Progress {
  return {
    update: () => {},
    note: (line) => void process.stderr.write(`${line}\n`),
    stop: () => {},
  };
}
