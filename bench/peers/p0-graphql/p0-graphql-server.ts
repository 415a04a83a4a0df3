import { type IncomingMessage, type ServerResponse } from "node:http";
import { ApolloServer, type BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { buildSchema } from "graphql";
import { type Driver } from "neo4j-driver";
import { serveApollo } from "../apollo-http.js";
import { P0_ROUTES, type Params, readP0Route } from "../p0-server.js";
import { P0_GRAPHQL_SDL } from "./p0-graphql-schema.js";

/**
 * P0-GraphQL, the floor of the chosen stack: P0's own statements, each behind one root field
 * of Apollo Server 5 and graphql-js, answering P0's rows as they are. No planning, no type
 * classes, no limits, no per-field plugin hook: what is left is what any server of this stack
 * pays per request on top of the statement (Apollo's request pipeline, graphql-js executing
 * the selection, the response's JSON). Its ratio to P0 is the lowest any design on the stack
 * can reach with P0's statements; diplograph's distance beyond it is diplograph's own.
 */
export async function startP0GraphqlServer(options: {
  driver: Driver;
  database: string;
  host: string;
  handleFirst: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Promise<{ url: string; close(): Promise<void> }> {
  const read = (path: string, args: Params): Promise<unknown[]> => {
    const route = P0_ROUTES[path];
    if (!route) throw new Error(`no P0 route ${path}`);
    return readP0Route(options, route, args);
  };
  // graphql-js's default resolver calls a root value's function with the field's arguments.
  const rootValue = Object.fromEntries(
    Object.keys(P0_ROUTES).map((path) => [path.slice(1), (args: Params) => read(path, args)]),
  );
  const apollo = new ApolloServer<BaseContext>({
    schema: buildSchema(P0_GRAPHQL_SDL),
    rootValue,
    // As diplograph: no per-field cache-control hook (it would wrap every resolver).
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  return serveApollo({ apollo, host: options.host, handleFirst: options.handleFirst });
}
