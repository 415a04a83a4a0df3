import { defineConfig } from "vitest/config";

/**
 * Two tiers: `unit` (pure code, beside the sources, in parallel) and `integration`
 * (a real Neo4j over Bolt and real HTTP, under tests/). The integration tier shares one
 * database, so its files run one at a time and each test creates the data it asserts on.
 */
export default defineConfig({
  test: {
    globals: false,
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "src/**/*.test.ts",
            "tests/deploy/**/*.test.ts",
            "tests/bench/corpus.test.ts",
            "tests/bench/profile.test.ts",
            "tests/bench/neo4j-log-events.test.ts",
            "tests/bench/request-phases.test.ts",
            "tests/bench/spawn-writer.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          exclude: [
            "tests/deploy/**",
            "tests/bench/corpus.test.ts",
            "tests/bench/profile.test.ts",
            "tests/bench/neo4j-log-events.test.ts",
            "tests/bench/request-phases.test.ts",
            "tests/bench/spawn-writer.test.ts",
          ],
          environment: "node",
          globalSetup: ["tests/setup/global-neo4j.ts"],
          setupFiles: ["reflect-metadata"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
