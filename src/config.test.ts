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

  it("requires a password for a configured database", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://db:7687" })).toThrow(/NEO4J_PASSWORD is required/);
  });
});
