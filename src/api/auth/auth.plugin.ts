import { type ApolloServerPlugin } from "@apollo/server";
import { type ApiContext } from "../context.js";
import { ForbiddenError, UnauthenticatedError } from "../errors/api-error.js";
import { hasRole } from "./api-keys.js";

/**
 * Checks the request's key once its operation is known, before any resolver runs:
 * a key that is not configured is refused; every mutation (every write) needs the
 * `ingest` role; queries need `read` when `readRequiresKey` is set.
 */
export function authPlugin(options: { readRequiresKey: boolean }): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const principal = contextValue.principal;
          if (principal.kind === "invalid") {
            throw new UnauthenticatedError("The API key is not valid.");
          }
          const write = operation !== undefined && operation.operation !== "query";
          const role = write ? "ingest" : options.readRequiresKey ? "read" : undefined;
          if (role === undefined || hasRole(principal, role)) return;
          if (principal.kind === "anonymous") {
            throw new UnauthenticatedError(
              `This operation needs an API key with the ${role} role (Authorization: Bearer KEY).`,
            );
          }
          throw new ForbiddenError(`This operation needs an API key with the ${role} role.`);
        },
      };
    },
  };
}
