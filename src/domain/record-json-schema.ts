import { z } from "zod";
import { recordSchema } from "./record.js";

/** The canonical record as JSON Schema (draft 2020-12), for producers in other languages. */
export function recordJsonSchema(): string {
  const schema = z.toJSONSchema(recordSchema, { io: "input", target: "draft-2020-12" });
  return `${JSON.stringify({ ...schema, $id: "https://diplograph.dev/schema/record.schema.json", title: "diplograph article record v1" }, null, 2)}\n`;
}
