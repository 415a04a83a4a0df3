import { Command, Option } from "commander";

/**
 * `diplograph extract [--format record|facts] <articles...>`: the canonical record (or
 * the facts view) of articles as JSON: one article named alone is printed as one JSON
 * document, several (or a directory) as one JSON line each.
 */
export function extractCommand(): Command {
  return new Command("extract")
    .description(
      "extract the canonical record of articles (NAME.txt, with NAME.meta.json if present)",
    )
    .argument("<articles...>", "article text files, or directories of them (*.txt)")
    .addOption(
      new Option("--format <format>", "what to print of each article")
        .choices(["record", "facts"])
        .default("record"),
    )
    .addHelpText(
      "after",
      `
Examples:
  diplograph extract seeds/01-donga-lee-takaichi-summit.txt
  diplograph extract --format facts article.txt
  diplograph extract articles/ > records.jsonl
  diplograph extract a.txt b.txt | jq -c '.record.meetings'

Output is JSON on stdout, always (there is no --json: nothing else is printed there).
One article file named alone: its record (or facts) as one pretty-printed document.
Several files or a directory: one line per article, {"source": PATH, "record": {...}}
(or "facts"), in name order. An article that cannot be extracted is named on stderr
and the others go on. With many files a progress bar is drawn on stderr when it is a
terminal and stdout is not.

Exit status: 0 every article extracted, 1 some could not be (each is named),
2 bad usage or a path that does not exist.`,
    )
    .action(async (paths: string[], options: { format: "record" | "facts" }) => {
      const { runExtract } = await import("./extract.run.js");
      await runExtract(paths, options);
    });
}
