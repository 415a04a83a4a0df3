// Lint rules that keep the architecture honest: imports flow one way
// (lib <- domain <- {extract, graph} <- {ingest, api, export} <- cli), api, ingest and export
// do not import each other, domain does no IO, and only graph/ touches neo4j-driver.
import tseslint from "typescript-eslint";
import importPlugin from "eslint-plugin-import";

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", ".local/", "neo4j-local/", "bench/results/", "web/vendor/"],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { import: importPlugin },
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "import/no-cycle": ["error", { maxDepth: 10 }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            zone(
              "./src/lib",
              [
                "./src/domain",
                "./src/extract",
                "./src/graph",
                "./src/ingest",
                "./src/export",
                "./src/api",
                "./src/web",
                "./src/cli",
                "./src/config.ts",
              ],
              "lib/ depends on nothing of diplograph",
            ),
            zone(
              "./src/domain",
              [
                "./src/extract",
                "./src/graph",
                "./src/ingest",
                "./src/export",
                "./src/api",
                "./src/web",
                "./src/cli",
                "./src/config.ts",
              ],
              "domain/ is the pure model: it imports only lib/",
            ),
            zone(
              "./src/extract",
              [
                "./src/graph",
                "./src/ingest",
                "./src/export",
                "./src/api",
                "./src/web",
                "./src/cli",
                "./src/config.ts",
              ],
              "extract/ imports only lib/ and domain/",
            ),
            zone(
              "./src/graph",
              [
                "./src/extract",
                "./src/ingest",
                "./src/api",
                "./src/export",
                "./src/web",
                "./src/cli",
              ],
              "graph/ imports only lib/, domain/ and config",
            ),
            zone(
              "./src/ingest",
              ["./src/api", "./src/export", "./src/web", "./src/cli"],
              "ingest/ does not import api/ or export/, and nothing imports cli/",
            ),
            zone(
              "./src/api",
              ["./src/ingest", "./src/export", "./src/cli"],
              "api/ does not import ingest/ or export/, and nothing imports cli/",
            ),
            zone(
              "./src/export",
              ["./src/extract", "./src/ingest", "./src/api", "./src/web", "./src/cli"],
              "export/ reads the graph: it imports only lib/, domain/ and graph/",
            ),
            zone(
              "./src/web",
              ["./src/ingest", "./src/export", "./src/cli", "./src/graph"],
              "web/ serves pages: it reads the public API, not the graph",
            ),
          ],
        },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "neo4j-driver", message: "only src/graph/ talks to Neo4j" }],
          patterns: [
            {
              group: ["graphql", "@apollo/*", "type-graphql"],
              message: "only src/api/ imports GraphQL",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/graph/**", "tests/**", "bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/api/**", "src/cli/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "neo4j-driver", message: "only src/graph/ talks to Neo4j" }] },
      ],
    },
  },
  {
    files: ["src/domain/**"],
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["node:fs", "node:fs/*", "node:net", "node:http", "node:child_process"],
              message: "domain/ does no IO",
            },
            {
              group: ["neo4j-driver", "graphql", "@apollo/*", "type-graphql"],
              message: "domain/ is pure",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
