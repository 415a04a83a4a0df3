import { type IncomingMessage, type ServerResponse } from "node:http";
import { ApolloServer } from "@apollo/server";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { type Driver } from "neo4j-driver";
import { serveApollo } from "../apollo-http.js";
import { P1_TYPE_DEFS } from "./type-defs.js";

/** P1: @neo4j/graphql 7 over the same graph, served by Apollo Server 5 at /graphql. */
export async function startP1Server(options: {
  driver: Driver;
  host: string;
  handleFirst: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Promise<{ url: string; close(): Promise<void> }> {
  const schema = await new Neo4jGraphQL({
    typeDefs: P1_TYPE_DEFS,
    driver: options.driver,
  }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  return serveApollo({ apollo, host: options.host, handleFirst: options.handleFirst });
}
