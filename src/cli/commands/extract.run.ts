import { toFacts } from "../../domain/facts.js";
import {
  ArticleInputError,
  extractRecord,
  listArticleFiles,
  readArticle,
} from "../../extract/index.js";
import { InputFileError } from "../../lib/read-text-file.js";
import { EXIT } from "../exit-status.js";
import { createProgress } from "../progress.js";

type Format = "record" | "facts";

/**
 * Extracts every article of `paths` and prints it (see extract.ts for the shapes). An
 * unusable article is reported on stderr and the run goes on; exit status 1 then.
 */
export async function runExtract(paths: string[], { format }: { format: Format }): Promise<void> {
  const files = await listArticleFiles(paths);
  if (files.length === 0) throw new InputFileError(paths.join(", "), "holds no *.txt article");
  const single = paths.length === 1 && files.length === 1 && files[0] === paths[0];
  const progress = await createProgress({ task: "extract", streamsStdout: true });
  let failed = 0;
  try {
    for (const [index, file] of files.entries()) {
      const output = await extractOne(file, format).catch((error: unknown) => {
        if (!(error instanceof ArticleInputError)) throw error;
        progress.note(error.message);
        failed += 1;
        return undefined;
      });
      if (output !== undefined) {
        process.stdout.write(
          single
            ? `${JSON.stringify(output, null, 2)}\n`
            : `${JSON.stringify({ source: file, [format]: output })}\n`,
        );
      }
      progress.update(index + 1, files.length, file);
    }
  } finally {
    progress.stop();
  }
  process.exitCode = failed > 0 ? EXIT.SOME_INPUTS_FAILED : EXIT.OK;
}

async function extractOne(file: string, format: Format): Promise<unknown> {
  const record = extractRecord(await readArticle(file));
  return format === "facts" ? toFacts(record) : record;
}
