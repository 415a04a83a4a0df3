import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults to the local Neo4j on port 4000 when nothing is set", () => {
    const config = loadConfig({});
    expect(config.neo4jUri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.neo4jDatabase).toBe("neo4j");
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("accepts neo4j:// routing and +s URIs with a password", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abc.databases.neo4j.io",
      NEO4J_PASSWORD: "x",
    });
    expect(config.neo4jUri).toBe("neo4j+s://abc.databases.neo4j.io");
  });

  it("lists every problem at once and never echoes a password", () => {
    try {
      loadConfig({ NEO4J_URI: "http://x", PORT: "99999", LOG_LEVEL: "loud", NEO4J_PASSWORD: "" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain("NEO4J_URI");
      expect(message).toContain("PORT");
      expect(message).toContain("LOG_LEVEL");
      expect((error as ConfigError).problems.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("retries the driver's transactions for 30 s unless NEO4J_MAX_RETRY_MS says otherwise", () => {
    expect(loadConfig({}).neo4jMaxRetryMs).toBe(30_000);
    expect(loadConfig({ NEO4J_MAX_RETRY_MS: "2500" }).neo4jMaxRetryMs).toBe(2500);
    expect(() => loadConfig({ NEO4J_MAX_RETRY_MS: "0" })).toThrow(/NEO4J_MAX_RETRY_MS/);
    expect(() => loadConfig({ NEO4J_MAX_RETRY_MS: "30s" })).toThrow(/NEO4J_MAX_RETRY_MS/);
  });

  it("requires a password for a configured database", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://db:7687" })).toThrow(/NEO4J_PASSWORD is required/);
  });
});

describe("loadConfig: the API's limits and hardening", () => {
  it("derives development and production defaults from NODE_ENV", () => {
    const dev = loadConfig({});
    expect(dev.api).toMatchObject({
      maxDepth: 12,
      maxAliases: 15,
      maxCost: 50_000,
      maxBatch: 1,
      maxBodyBytes: 1_000_000,
      requestTimeoutMs: 30_000,
      introspection: true,
      hideSchemaDetails: false,
      corsOrigins: ["*"],
      keys: [],
      readRequiresKey: false,
    });
    const prod = loadConfig({ NODE_ENV: "production" });
    expect(prod.api).toMatchObject({
      introspection: false,
      hideSchemaDetails: true,
      corsOrigins: [],
    });
  });

  it("lets every limit and default be overridden", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      DIPLOGRAPH_MAX_DEPTH: "5",
      DIPLOGRAPH_MAX_ALIASES: "3",
      DIPLOGRAPH_MAX_COST: "100",
      DIPLOGRAPH_MAX_BATCH: "4",
      DIPLOGRAPH_MAX_BODY_BYTES: "2048",
      DIPLOGRAPH_REQUEST_TIMEOUT_MS: "500",
      DIPLOGRAPH_INTROSPECTION: "true",
      DIPLOGRAPH_CORS_ORIGINS: "https://a.example, https://b.example",
      DIPLOGRAPH_API_KEYS: "ingest:0123456789abcdef0123,read:fedcba9876543210",
      DIPLOGRAPH_READ_REQUIRES_KEY: "true",
    });
    expect(config.api).toMatchObject({
      maxDepth: 5,
      maxAliases: 3,
      maxCost: 100,
      maxBatch: 4,
      maxBodyBytes: 2048,
      requestTimeoutMs: 500,
      introspection: true,
      corsOrigins: ["https://a.example", "https://b.example"],
      keys: [
        { role: "ingest", key: "0123456789abcdef0123" },
        { role: "read", key: "fedcba9876543210" },
      ],
      readRequiresKey: true,
    });
  });

  it("rejects malformed or short keys without echoing them", () => {
    try {
      loadConfig({ DIPLOGRAPH_API_KEYS: "admin:short-secret-value" });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).message).toContain("DIPLOGRAPH_API_KEYS");
      expect((error as ConfigError).message).not.toContain("short-secret-value");
    }
    expect(() => loadConfig({ DIPLOGRAPH_API_KEYS: "read:tooshort" })).toThrow(ConfigError);
    expect(() => loadConfig({ DIPLOGRAPH_MAX_DEPTH: "0" })).toThrow(/DIPLOGRAPH_MAX_DEPTH/);
  });

  it("refuses to require read keys when no key is configured", () => {
    expect(() => loadConfig({ DIPLOGRAPH_READ_REQUIRES_KEY: "true" })).toThrow(
      /DIPLOGRAPH_API_KEYS/,
    );
  });
});
