import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadConfig } from "../../src/config.js";
import { projectPath } from "../../src/lib/paths.js";

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(projectPath("docker-compose.yml"), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const neo4j = compose.services.neo4j!;
const api = compose.services.api!;

// There is no Docker engine on the build machines: this checks the wiring instead.
describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with auth, a named volume and a Cypher healthcheck", () => {
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\//);
    const volume = neo4j.volumes?.[0]?.split(":")[0];
    expect(volume && volume in compose.volumes).toBe(true);
    expect(neo4j.healthcheck?.test.join(" ")).toContain("cypher-shell");
  });

  it("starts the API after Neo4j is healthy, pointed at the neo4j service", () => {
    expect(api.build).toBe(".");
    expect(api.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(api.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
    expect(api.ports).toContain("4000:4000");
  });

  it("gives the API an environment that the configuration accepts", () => {
    const env = Object.fromEntries(
      Object.entries(api.environment ?? {}).map(([k, v]) => [
        k,
        v.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, "$1"),
      ]),
    );
    const config = loadConfig(env);
    expect(config.neo4jUri).toBe("bolt://neo4j:7687");
    expect(config.port).toBe(4000);
    expect(config.host).toBe("0.0.0.0");
  });

  it("uses the same password for the API as for Neo4j", () => {
    expect(neo4j.environment?.NEO4J_AUTH).toBe(`neo4j/${api.environment?.NEO4J_PASSWORD}`);
  });
});
