import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordJsonSchema } from "./record-json-schema.js";

// schema/record.schema.json is what other producers of records code against: it must be
// the schema the loader validates with. Regenerate with `npm run schema:emit`.
describe("schema/record.schema.json", () => {
  it("is the JSON Schema of the record as the code defines it", () => {
    const committed = readFileSync(
      new URL("../../schema/record.schema.json", import.meta.url),
      "utf8",
    );
    expect(committed).toBe(recordJsonSchema());
  });

  it("names the record's required parts", () => {
    const schema = JSON.parse(recordJsonSchema()) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(["version", "article", "sentences"]));
  });
});
