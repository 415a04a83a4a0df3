import { writeFileSync } from "node:fs";
import { Command } from "commander";
import { recordJsonSchema } from "../../domain/record-json-schema.js";
import { projectPath } from "../../lib/paths.js";

/** `diplograph schema emit`: writes the checked-in schema/ files from the code. */
export function schemaCommand(): Command {
  const schema = new Command("schema").description("the generated, committed schemas");
  schema
    .command("emit")
    .description("write schema/record.schema.json (and schema/schema.graphql) from the code")
    .action(async () => {
      const recordFile = projectPath("schema/record.schema.json");
      writeFileSync(recordFile, recordJsonSchema());
      const { apiSchemaSdl } = await import("../../api/emit-schema.js");
      const sdlFile = projectPath("schema/schema.graphql");
      writeFileSync(sdlFile, await apiSchemaSdl());
      process.stdout.write(`wrote ${recordFile}\nwrote ${sdlFile}\n`);
    });
  return schema;
}
