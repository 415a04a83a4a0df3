import { type ApolloServerPlugin } from "@apollo/server";
import { type RequestWrapper } from "../../src/api/server.js";

/**
 * The moments of one request through diplograph's API, in order (request-split.ts
 * --phases): what separates a request over HTTP from the statement it runs.
 */
export const PHASES = [
  "sent", // the client sent the request
  "received", // the HTTP server took it (before the GraphQL handler)
  "apollo", // Apollo's pipeline began (after the body was read)
  "resolved", // the operation was parsed, validated and chosen
  "executing", // graphql-js began to execute it
  "statement", // the resolvers' one statement went to Neo4j
  "rows", // its rows arrived
  "executed", // every field was resolved
  "completed", // Apollo had the response (its willSendResponse; not yet JSON)
  "answered", // the handler wrote it (Apollo serialised it as JSON on the way)
  "read", // the client had read all of it
] as const;
export type Phase = (typeof PHASES)[number];

/**
 * The marks of the request in progress and of those completed. One request at a time: the
 * script sends them one by one, so a mark belongs to the request in progress.
 */
export class PhaseLog {
  #current: Partial<Record<Phase, number>> | undefined;
  readonly requests: Partial<Record<Phase, number>>[] = [];

  /** Starts a request's marks (the client, as it sends). */
  begin(): void {
    this.#current = { sent: performance.now() };
  }

  mark(phase: Phase): void {
    if (this.#current && this.#current[phase] === undefined)
      this.#current[phase] = performance.now();
  }

  /** Ends the request's marks (the client, once it has read the answer). */
  end(): void {
    this.mark("read");
    if (this.#current) this.requests.push(this.#current);
    this.#current = undefined;
  }

  clear(): void {
    this.requests.length = 0;
  }

  /** Median milliseconds between each phase and the next, over the completed requests. */
  medians(): { from: Phase; to: Phase; ms: number }[] {
    return PHASES.slice(1).map((to, i) => {
      const from = PHASES[i] as Phase;
      const spans = this.requests
        .filter((r) => r[from] !== undefined && r[to] !== undefined)
        .map((r) => (r[to] as number) - (r[from] as number))
        .sort((a, b) => a - b);
      return { from, to, ms: spans[Math.floor(spans.length / 2)] ?? Number.NaN };
    });
  }
}

/** Marks the moments Apollo's pipeline reports. */
export function phasePlugin(log: PhaseLog): ApolloServerPlugin {
  return {
    async requestDidStart() {
      log.mark("apollo");
      return {
        async didResolveOperation() {
          log.mark("resolved");
        },
        async executionDidStart() {
          log.mark("executing");
          return {
            async executionDidEnd() {
              log.mark("executed");
            },
          };
        },
        async willSendResponse() {
          log.mark("completed");
        },
      };
    },
  };
}

/** Marks the HTTP server's receipt of a request and the handler's answer. */
export function phaseWrapper(log: PhaseLog): RequestWrapper {
  return async (_req, _res, next) => {
    log.mark("received");
    await next();
    log.mark("answered");
  };
}
