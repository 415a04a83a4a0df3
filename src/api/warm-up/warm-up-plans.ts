import { type Principal } from "../auth/api-keys.js";
import { type ApiServer } from "../server.js";
import { WARM_UP_OPERATIONS } from "./warm-up-operations.js";

/** Warm-up reads as a `read` key would, so it works when reads require a key. */
const READER: Principal = { kind: "key", role: "read" };

/**
 * Runs each warm-up operation once, one after the other, so that Neo4j plans every read
 * statement of the API before the first client asks. Planning the largest statement on a
 * cold JVM takes seconds; clients that arrive together before it is cached each wait for
 * it (measured: the first timeline page 18 s on a loaded machine, 0.2-0.5 s after), which
 * made a load test of 32 connections time out entirely. Failures are reported, not thrown:
 * a database that is down now is the readiness probe's business, not start-up's.
 */
export async function warmUpPlans(
  api: ApiServer,
  onFailure: (operation: string, error: unknown) => void,
): Promise<void> {
  for (const query of WARM_UP_OPERATIONS) {
    try {
      const response = await api.apollo.executeOperation(
        { query },
        { contextValue: { ...api.contextFor(), principal: READER } },
      );
      const errors =
        response.body.kind === "single" ? response.body.singleResult.errors : undefined;
      if (errors?.length) onFailure(query, errors[0]);
    } catch (error) {
      onFailure(query, error);
    }
  }
}
