/**
 * An article file that cannot be extracted: empty, binary, not UTF-8, an HTML page,
 * too large, with a malformed sidecar or without any date. The message starts with
 * the file path so that a batch run can report it and go on with the next file.
 */
export class ArticleInputError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = "ArticleInputError";
  }
}
