import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExampleQueries } from "../../src/web/example-queries.js";
import { renderGraphiqlPage } from "../../src/web/graphiql-page.js";
import { isIdeEnabled } from "../../src/web/ide-handler.js";
import { projectPath } from "../../src/lib/paths.js";

describe("the GraphiQL page", () => {
  it("loads its bundle only from the given local path", () => {
    const html = renderGraphiqlPage({
      endpoint: "/graphql",
      exampleQueries: [],
      assetsPath: "/graphiql/abc",
    });
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual([
      "/graphiql/abc/favicon.ico",
      "/graphiql/abc/graphiql.css",
      "/graphiql/abc/graphiql.js",
    ]);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it("opens the example queries as tabs, with their variables", async () => {
    const examples = await loadExampleQueries(projectPath("docs", "queries"));
    expect(examples.map((e) => e.name)).toContain("summits-of-a-state-in-a-year");
    const summits = examples.find((e) => e.name === "summits-of-a-state-in-a-year");
    expect(JSON.parse(summits?.variables ?? "null")).toEqual({ country: "KOR", year: "2026" });
    const html = renderGraphiqlPage({ endpoint: "/graphql", exampleQueries: examples });
    expect(html).toContain("query SummitsOfAStateInAYear");
    expect(html.match(/"query":"/g)?.length).toBe(examples.length + 1);
  });

  it("keeps a query's text from closing the script element", () => {
    const html = renderGraphiqlPage({
      endpoint: "/graphql",
      exampleQueries: [{ name: "evil", query: "# </script><script>alert(1)</script>\n{ x }" }],
    });
    expect(html).not.toContain("</script><script>alert(1)");
    expect(html).toContain("\\u003c/script>");
  });

  it("ignores a variables line that is not JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diplograph-queries-"));
    writeFileSync(join(dir, "a.graphql"), "# A\n# variables: {not json}\n{ countries { code } }\n");
    const [example] = await loadExampleQueries(dir);
    expect(example).toMatchObject({ name: "a", variables: undefined });
  });
});

describe("isIdeEnabled", () => {
  it("is on in development and test, off in production unless configured", () => {
    expect(isIdeEnabled({ nodeEnv: "development" })).toBe(true);
    expect(isIdeEnabled({ nodeEnv: "test" })).toBe(true);
    expect(isIdeEnabled({ nodeEnv: "production" })).toBe(false);
    expect(isIdeEnabled({ nodeEnv: "production", enableIde: true })).toBe(true);
    expect(isIdeEnabled({ nodeEnv: "development", enableIde: false })).toBe(false);
  });
});
