import { describe, expect, it } from "vitest";
import { compactStatement, CypherRegistryError, expandFragments } from "./cypher-registry.js";

function expand(text: string, fragments: Record<string, string>): string {
  return expandFragments(text, {
    source: "cypher/queries/api/find-things.cypher",
    readFragment: (name) => ({ file: `cypher/fragments/${name}.cypher`, text: fragments[name] }),
  });
}

describe("expandFragments", () => {
  it("replaces an @include line by the fragment, indented as the line, without its header", () => {
    const text = ["MATCH (m:Meeting)", "RETURN", "    @include meeting-row", "    AS row"].join(
      "\n",
    );
    const fragment = ["// meeting-row: documents the fragment.", "m {", "  .id", "}", ""].join(
      "\n",
    );
    expect(expand(text, { "meeting-row": fragment })).toBe(
      ["MATCH (m:Meeting)", "RETURN", "    m {", "      .id", "    }", "    AS row"].join("\n"),
    );
  });

  it("keeps a fragment's empty lines empty and takes in the fragments a fragment includes", () => {
    const fragments = {
      outer: "// outer\nWITH m\n\n  @include inner\nRETURN m\n",
      inner: "// inner\nWHERE m.id IS NOT NULL\n",
    };
    expect(expand("CALL {\n  @include outer\n}", fragments)).toBe(
      "CALL {\n  WITH m\n\n    WHERE m.id IS NOT NULL\n  RETURN m\n}",
    );
  });

  it("includes one fragment as often as a statement asks", () => {
    const fragments = { filter: "WHERE m.kind = 'summit'\n" };
    expect(expand("@include filter\n@include filter", fragments)).toBe(
      "WHERE m.kind = 'summit'\nWHERE m.kind = 'summit'",
    );
  });

  it("leaves alone a line that only mentions @include", () => {
    const text = "// see @include meeting-row\nRETURN '@include x' AS text";
    expect(expand(text, {})).toBe(text);
  });

  it("names the statement and the missing fragment's expected file", () => {
    const expansion = () => expand("RETURN\n  @include no-such-part", {});
    expect(expansion).toThrow(CypherRegistryError);
    expect(expansion).toThrow(
      'cypher/queries/api/find-things.cypher: fragment "no-such-part" has no file: expected cypher/fragments/no-such-part.cypher',
    );
  });

  it("refuses a fragment that includes itself, naming the chain", () => {
    const fragments = { a: "@include b\n", b: "@include a\n" };
    expect(() => expand("@include a", fragments)).toThrow(
      'fragment "a" includes itself (a -> b -> a)',
    );
  });
});

describe("compactStatement", () => {
  it("keeps the header line and every line of Cypher, without comments, indentation or blanks", () => {
    const text = [
      "// find-things($id): one thing.",
      "// Its second line of documentation.",
      "MATCH (t:Thing {id: $id})",
      "",
      "  // Why the name: ...",
      "  RETURN t {.id, url: 'http://example.org/' + t.id}",
      "",
    ].join("\n");
    expect(compactStatement(text)).toBe(
      [
        "// find-things($id): one thing.",
        "MATCH (t:Thing {id: $id})",
        "RETURN t {.id, url: 'http://example.org/' + t.id}",
      ].join("\n"),
    );
  });

  it("keeps a statement without a header as its Cypher alone", () => {
    expect(compactStatement("  MATCH (t)\n\n  // a note\n  RETURN t\n")).toBe(
      "MATCH (t)\nRETURN t",
    );
  });
});
