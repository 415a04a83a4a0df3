import "reflect-metadata";
import { type IncomingMessage, type ServerResponse } from "node:http";
import { ApolloServer } from "@apollo/server";
import { type Driver } from "neo4j-driver";
import { buildSchema } from "type-graphql";
import { serveApollo } from "../apollo-http.js";
import { P2LeaderResolver, P2TopicPositionsResolver } from "./p2-leader.resolver.js";
import { P2EvidenceResolver, P2MeetingResolver, P2QuoteResolver } from "./p2-meeting.resolver.js";
import { P2PositionResolver, P2TopicResolver } from "./p2-position.resolver.js";
import { P2QueryResolver } from "./p2-query.resolver.js";
import { p2Reader } from "./p2-read.js";

/**
 * P2: type-graphql the naive way, to show what diplograph's planning avoids: a resolver per
 * root field and per relation, each running its own query for its own parent (N+1 at every
 * level), no selection planning, no batching. Served by Apollo Server 5 at /graphql.
 */
export async function startP2Server(options: {
  driver: Driver;
  database: string;
  host: string;
  handleFirst: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}): Promise<{ url: string; close(): Promise<void> }> {
  const schema = await buildSchema({
    resolvers: [
      P2QueryResolver,
      P2MeetingResolver,
      P2EvidenceResolver,
      P2QuoteResolver,
      P2LeaderResolver,
      P2TopicPositionsResolver,
      P2PositionResolver,
      P2TopicResolver,
    ],
    validate: false,
  });
  const read = p2Reader(options.driver, options.database);
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  return serveApollo({
    apollo,
    host: options.host,
    handleFirst: options.handleFirst,
    context: () => ({ read }),
  });
}
