import { Command, Option } from "commander";
import { toFacts } from "../../domain/facts.js";
import { ArticleInputError, extractRecord, readArticle } from "../../extract/index.js";

/**
 * `diplograph extract [--format record|facts] <article>`: prints the canonical
 * record of one article (or its facts view) as JSON. Unusable input is reported on
 * stderr with exit status 2.
 */
export function extractCommand(): Command {
  return new Command("extract")
    .description(
      "extract the canonical record of one article (NAME.txt, with NAME.meta.json if present)",
    )
    .argument("<article>", "path to the article text file")
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["record", "facts"])
        .default("record"),
    )
    .action(async (path: string, options: { format: "record" | "facts" }) => {
      try {
        const record = extractRecord(await readArticle(path));
        const output = options.format === "facts" ? toFacts(record) : record;
        process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      } catch (error) {
        if (!(error instanceof ArticleInputError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 2;
      }
    });
}
