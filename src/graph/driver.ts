import neo4j, { type Driver } from "neo4j-driver";

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** The driver's maxTransactionRetryTime: how long managed transactions are retried. */
  maxRetryMs: number;
}

/**
 * Creates the driver. Integers come back as JavaScript numbers: every count and
 * offset diplograph stores fits in 2^53, and callers should not have to know
 * about neo4j.Integer. Only managed transactions retry (ingestion's writes, and reads
 * outside the API): for up to `maxRetryMs` after their first transient failure.
 */
export function createDriver({ uri, user, password, maxRetryMs }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    // Fail fast when the database is gone instead of hanging a request.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: maxRetryMs,
    userAgent: "diplograph",
  });
}
