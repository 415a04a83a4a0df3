import neo4j, { type Driver } from "neo4j-driver";

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
}

/**
 * Creates the driver. Integers come back as JavaScript numbers: every count and
 * offset diplograph stores fits in 2^53, and callers should not have to know
 * about neo4j.Integer.
 */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    // Fail fast when the database is gone instead of hanging a request.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 15_000,
    userAgent: "diplograph",
  });
}
