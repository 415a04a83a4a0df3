import { z } from "zod";

/**
 * The service configuration: the only reader of `process.env`. It parses and
 * validates every variable at once, lists every problem in one error, and freezes
 * the result. Defaults are derived here, so every other module takes a Config.
 */
export interface Config {
  /** Bolt/Neo4j URI of an existing database; undefined means "start the local Neo4j". */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  /**
   * How long the driver retries a managed transaction (ingestion's writes) on transient
   * failures before giving up: the time one outage costs a run before it stops.
   */
  neo4jMaxRetryMs: number;
  port: number;
  host: string;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  nodeEnv: "development" | "production" | "test";
  /** Where the local Neo4j keeps its data and logs (git-ignored). */
  localNeo4jHome: string;
  localNeo4jPort: number;
  localNeo4jPageCache: string;
  localNeo4jHeap: string;
  seedsDir: string;
  /** Serve the offline GraphiQL at a browser's GET /graphql (default: on, off in production). */
  enableIde: boolean;
  /** The API's abuse limits and production hardening (docs/security.md). */
  api: ApiSettings;
}

/** A role an API key grants: `ingest` (every mutation; implies `read`) or `read`. */
export type ApiRole = "read" | "ingest";

export interface ApiKey {
  role: ApiRole;
  key: string;
}

export interface ApiSettings {
  /** Deepest selection nesting of an operation. */
  maxDepth: number;
  /** Aliases in one operation. */
  maxAliases: number;
  /** Estimated cost of one operation (list fields count `first` times their selection). */
  maxCost: number;
  /** Operations in one HTTP request: 1 turns batching off. */
  maxBatch: number;
  /** Bytes of one request body (413 above). */
  maxBodyBytes: number;
  /** Milliseconds one HTTP request may run (503 REQUEST_TIMEOUT above). */
  requestTimeoutMs: number;
  /** Answer introspection queries (default: on, off in production). */
  introspection: boolean;
  /** Hide field suggestions ("Did you mean ...") from errors (default: on in production). */
  hideSchemaDetails: boolean;
  /** Origins that browsers may call the API from ("*" for any); empty: same origin only. */
  corsOrigins: readonly string[];
  /** Keys from DIPLOGRAPH_API_KEYS; without an ingest key no mutation is possible. */
  keys: readonly ApiKey[];
  /** Reads need a `read` (or `ingest`) key too (default: off). */
  readRequiresKey: boolean;
}

/** A configuration mistake; the message lists every problem and how to fix it. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

/**
 * The driver's retry window for managed transactions: long enough to ride out a restart
 * or a cluster leader switch, short enough that an ingest run stops soon in an outage.
 */
export const DEFAULT_NEO4J_MAX_RETRY_MS = 30_000;

const memorySize = z.string().regex(/^\d+[kmgKMG]$/, "expected a size such as 512m or 2g");
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().min(1);
const flag = z.enum(["true", "false"]).optional();
const API_KEY_PATTERN = /^(read|ingest):[A-Za-z0-9._~+/=-]{16,}$/;
const apiKeys = z
  .string()
  .refine(
    (value) =>
      value
        .split(",")
        .map((k) => k.trim())
        .filter((k) => k !== "")
        .every((k) => API_KEY_PATTERN.test(k)),
    "expected a comma-separated list of ROLE:KEY, ROLE read or ingest, KEY at least 16 characters",
  )
  .optional();

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/,
      "is not a bolt:// or neo4j:// URI (with optional +s or +ssc)",
    )
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/)
    .default("neo4j"),
  NEO4J_MAX_RETRY_MS: positiveInt.max(600_000).default(DEFAULT_NEO4J_MAX_RETRY_MS),
  PORT: port.default(4000),
  HOST: z.string().min(1).default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DIPLOGRAPH_LOCAL_NEO4J_HOME: z.string().min(1).default(".local/neo4j/data"),
  DIPLOGRAPH_LOCAL_NEO4J_PORT: port.default(7687),
  DIPLOGRAPH_LOCAL_NEO4J_PAGECACHE: memorySize.default("64m"),
  DIPLOGRAPH_LOCAL_NEO4J_HEAP: memorySize.default("512m"),
  DIPLOGRAPH_SEEDS_DIR: z.string().min(1).default("seeds"),
  DIPLOGRAPH_GRAPHIQL: flag,
  DIPLOGRAPH_MAX_DEPTH: positiveInt.default(12),
  DIPLOGRAPH_MAX_ALIASES: positiveInt.default(15),
  DIPLOGRAPH_MAX_COST: positiveInt.default(50_000),
  DIPLOGRAPH_MAX_BATCH: positiveInt.max(100).default(1),
  DIPLOGRAPH_MAX_BODY_BYTES: positiveInt.default(1_000_000),
  DIPLOGRAPH_REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  DIPLOGRAPH_INTROSPECTION: flag,
  DIPLOGRAPH_HIDE_SCHEMA_DETAILS: flag,
  DIPLOGRAPH_CORS_ORIGINS: z.string().optional(),
  DIPLOGRAPH_API_KEYS: apiKeys,
  DIPLOGRAPH_READ_REQUIRES_KEY: flag,
});

/** The local Neo4j's password when none is configured: it only listens on 127.0.0.1. */
const LOCAL_DEFAULT_PASSWORD = "diplograph-local";

/** Reads and validates the configuration from an environment (default: `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message} (got ${show(env, i.path)})`),
    );
  }
  const e = parsed.data;
  if (e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError(["NEO4J_PASSWORD is required when NEO4J_URI is set"]);
  }
  const production = e.NODE_ENV === "production";
  const keys = parseApiKeys(e.DIPLOGRAPH_API_KEYS);
  const readRequiresKey = e.DIPLOGRAPH_READ_REQUIRES_KEY === "true";
  if (readRequiresKey && keys.length === 0) {
    throw new ConfigError([
      "DIPLOGRAPH_READ_REQUIRES_KEY is true but DIPLOGRAPH_API_KEYS holds no key: set read:KEY",
    ]);
  }
  return Object.freeze({
    neo4jUri: e.NEO4J_URI,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD ?? LOCAL_DEFAULT_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    neo4jMaxRetryMs: e.NEO4J_MAX_RETRY_MS,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === "test" ? "warn" : "info"),
    nodeEnv: e.NODE_ENV,
    localNeo4jHome: e.DIPLOGRAPH_LOCAL_NEO4J_HOME,
    localNeo4jPort: e.DIPLOGRAPH_LOCAL_NEO4J_PORT,
    localNeo4jPageCache: e.DIPLOGRAPH_LOCAL_NEO4J_PAGECACHE,
    localNeo4jHeap: e.DIPLOGRAPH_LOCAL_NEO4J_HEAP,
    seedsDir: e.DIPLOGRAPH_SEEDS_DIR,
    enableIde:
      e.DIPLOGRAPH_GRAPHIQL === undefined
        ? e.NODE_ENV !== "production"
        : e.DIPLOGRAPH_GRAPHIQL === "true",
    api: Object.freeze({
      maxDepth: e.DIPLOGRAPH_MAX_DEPTH,
      maxAliases: e.DIPLOGRAPH_MAX_ALIASES,
      maxCost: e.DIPLOGRAPH_MAX_COST,
      maxBatch: e.DIPLOGRAPH_MAX_BATCH,
      maxBodyBytes: e.DIPLOGRAPH_MAX_BODY_BYTES,
      requestTimeoutMs: e.DIPLOGRAPH_REQUEST_TIMEOUT_MS,
      introspection: flagOr(e.DIPLOGRAPH_INTROSPECTION, !production),
      hideSchemaDetails: flagOr(e.DIPLOGRAPH_HIDE_SCHEMA_DETAILS, production),
      corsOrigins: Object.freeze(
        e.DIPLOGRAPH_CORS_ORIGINS === undefined
          ? production
            ? []
            : ["*"]
          : e.DIPLOGRAPH_CORS_ORIGINS.split(",")
              .map((o) => o.trim())
              .filter((o) => o !== ""),
      ),
      keys: Object.freeze(keys),
      readRequiresKey,
    }),
  });
}

function flagOr(value: "true" | "false" | undefined, fallback: boolean): boolean {
  return value === undefined ? fallback : value === "true";
}

function parseApiKeys(value: string | undefined): ApiKey[] {
  return (value ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "")
    .map((k) => {
      const colon = k.indexOf(":");
      return { role: k.slice(0, colon) as ApiRole, key: k.slice(colon + 1) };
    });
}

function show(env: NodeJS.ProcessEnv, path: readonly PropertyKey[]): string {
  const name = String(path[0] ?? "");
  // Never echo a secret back into a log or terminal.
  if (name.includes("PASSWORD") || name.includes("API_KEYS")) return "<hidden>";
  const value = env[name];
  return value === undefined ? "nothing" : JSON.stringify(value);
}
