import { ApolloServer } from "@apollo/server";
import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instrumentExecutor } from "../../src/web/cypher-timing.js";
import { createMetrics, handleMetricsRequest, recordIngestSummary } from "../../src/web/metrics.js";
import { metricsPlugin } from "../../src/web/metrics-plugin.js";
import { listen, type RunningServer } from "./listen.js";

describe("metricsPlugin", () => {
  const metrics = createMetrics();
  let apollo: ApolloServer;

  beforeAll(async () => {
    apollo = new ApolloServer({
      typeDefs: "type Query { hello: String! broken: String! }",
      resolvers: {
        Query: {
          hello: () => "hi",
          broken: () => {
            throw new Error("boom");
          },
        },
      },
      plugins: [metricsPlugin(metrics)],
    });
    await apollo.start();
  });
  afterAll(() => apollo.stop());

  it("observes latency by operation name and counts errors by code", async () => {
    await apollo.executeOperation({ query: "query Greeting { hello }" });
    await apollo.executeOperation({ query: "query Greeting { hello }" });
    await apollo.executeOperation({ query: "{ broken }" });
    await apollo.executeOperation({ query: "{ nothing }" });
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'diplograph_graphql_operation_duration_seconds_count{operation="Greeting",type="query"} 2',
    );
    expect(text).toContain(
      'diplograph_graphql_operation_duration_seconds_count{operation="anonymous",type="query"} 1',
    );
    expect(text).toContain('diplograph_graphql_errors_total{code="INTERNAL_SERVER_ERROR"} 1');
    expect(text).toContain('diplograph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1');
  });
});

describe("Cypher timing and ingestion counters", () => {
  it("times each statement by name and keeps the executor's own behaviour", async () => {
    const metrics = createMetrics();
    class FakeExecutor {
      #runs = 0;
      async read(name: string): Promise<string[]> {
        this.#runs += 1;
        if (name === "bad") throw new Error("no such statement");
        return [name];
      }
      get runs(): number {
        return this.#runs;
      }
    }
    const executor = instrumentExecutor(new FakeExecutor(), { metrics });
    expect(await executor.read("meetings/find-meetings")).toEqual(["meetings/find-meetings"]);
    await expect(executor.read("bad")).rejects.toThrow("no such statement");
    expect(executor.runs).toBe(2);
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'diplograph_cypher_duration_seconds_count{statement="meetings/find-meetings",outcome="ok"} 1',
    );
    expect(text).toContain(
      'diplograph_cypher_duration_seconds_count{statement="bad",outcome="error"} 1',
    );
  });

  it("counts loaded and rejected articles", async () => {
    const metrics = createMetrics();
    recordIngestSummary({ loaded: 3, revised: 1, rejected: 2 }, metrics);
    const text = await metrics.registry.metrics();
    expect(text).toContain("diplograph_ingest_articles_loaded_total 4");
    expect(text).toContain("diplograph_ingest_articles_rejected_total 2");
  });
});

describe("handleMetricsRequest", () => {
  let server: RunningServer;
  const metrics = createMetrics({ defaultMetrics: true });

  beforeAll(async () => {
    server = await listen(
      createServer((req, res) => {
        handleMetricsRequest(req, res, metrics).then((handled) => {
          if (!handled) res.writeHead(404).end();
        });
      }),
    );
  });
  afterAll(() => server.close());

  it("serves the registry in the Prometheus text format at /metrics only", async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain("# TYPE diplograph_graphql_operation_duration_seconds histogram");
    expect(text).toContain("process_cpu_seconds_total");
    expect((await fetch(`${server.url}/metricsx`)).status).toBe(404);
  });
});
