import { type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { DatabaseUnavailableError } from "../../graph/errors.js";
import { type ApiContext } from "../context.js";

/**
 * Calls `onUnavailable` when an operation failed because the database was unavailable:
 * the cheapest sign of an outage, seen without any extra statement.
 */
export function outagePlugin(onUnavailable: () => void): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors }) => {
          if (errors.some((e) => unwrapResolverError(e) instanceof DatabaseUnavailableError))
            onUnavailable();
          return Promise.resolve();
        },
      }),
  };
}
