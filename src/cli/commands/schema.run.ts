import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { apiSchemaSdl } from "../../api/emit-schema.js";
import { recordJsonSchema } from "../../domain/record-json-schema.js";
import { projectPath } from "../../lib/paths.js";

/** Writes record.schema.json and schema.graphql into `dir` (schema/); returns their paths. */
export async function emitSchemas(dir = projectPath("schema")): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const recordFile = resolve(dir, "record.schema.json");
  writeFileSync(recordFile, recordJsonSchema());
  const sdlFile = resolve(dir, "schema.graphql");
  writeFileSync(sdlFile, await apiSchemaSdl());
  return [recordFile, sdlFile];
}
