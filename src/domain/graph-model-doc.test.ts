import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// docs/graph-model.md is the newcomer's map of the graph: it must name every key and index
// that the migrations create, so that the two cannot drift apart silently.
const root = new URL("../../", import.meta.url);
const doc = readFileSync(new URL("docs/graph-model.md", root), "utf8");
const migrations = readdirSync(new URL("cypher/migrations/", root))
  .map((f) => readFileSync(new URL(`cypher/migrations/${f}`, root), "utf8"))
  .join("\n");

describe("docs/graph-model.md", () => {
  it("lists every uniqueness constraint's label and key", () => {
    const keys = [...migrations.matchAll(/FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE/g)];
    expect(keys.length).toBeGreaterThan(5);
    for (const [, label, key] of keys) {
      expect(doc).toMatch(new RegExp(`\\|\\s*\`${label}\`\\s*\\|\\s*\`${key}\`\\s*\\|`));
    }
  });

  it("lists every range index", () => {
    const indexes = [
      ...migrations.matchAll(/CREATE INDEX \w+ IF NOT EXISTS FOR \(n:(\w+)\) ON \(([^)]+)\)/g),
    ];
    expect(indexes.length).toBeGreaterThan(5);
    for (const [, label, props] of indexes) {
      expect(doc).toContain(`\`${label}(${props!.replace(/n\./g, "")})\``);
    }
  });

  it("names the full-text index", () => {
    const [, name] = /CREATE FULLTEXT INDEX (\w+)/.exec(migrations) ?? [];
    expect(doc).toContain(`\`${name}\``);
  });
});
