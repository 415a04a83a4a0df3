import { emitSchemaSdl } from "./schema.js";

export { emitSchemaSdl };

/** The SDL of schema/schema.graphql (what `diplograph schema emit` writes). */
export function apiSchemaSdl(): Promise<string> {
  return emitSchemaSdl();
}
