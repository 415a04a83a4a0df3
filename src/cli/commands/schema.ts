import { Command } from "commander";

/** `diplograph schema emit`: writes the checked-in schema/ files from the code. */
export function schemaCommand(): Command {
  const schema = new Command("schema").description("the generated, committed schemas").addHelpText(
    "after",
    `
Examples:
  diplograph schema emit
  diplograph schema emit --json

schema/record.schema.json (the record's JSON Schema) and schema/schema.graphql (the
API's SDL) are generated from the code and committed; a test fails when they drift.`,
  );
  schema
    .command("emit")
    .description("write schema/record.schema.json (and schema/schema.graphql) from the code")
    .option("--json", 'print {"wrote": [...]} (the files written)')
    .option("--out-dir <dir>", "write into this directory instead of schema/ (to compare)")
    .addHelpText(
      "after",
      `
Examples:
  diplograph schema emit
  diplograph schema emit --json
  diplograph schema emit --out-dir /tmp/schema && diff -r schema /tmp/schema

Exit status: 0 written, 2 a file could not be written.`,
    )
    .action(async (options: { json?: boolean; outDir?: string }) => {
      const { emitSchemas } = await import("./schema.run.js");
      const files = await emitSchemas(options.outDir);
      process.stdout.write(
        options.json
          ? `${JSON.stringify({ wrote: files }, null, 2)}\n`
          : files.map((f) => `wrote ${f}\n`).join(""),
      );
    });
  return schema;
}
