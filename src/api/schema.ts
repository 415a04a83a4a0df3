import "reflect-metadata";
import { type GraphQLSchema } from "graphql";
import { lexicographicSortSchema, printSchema } from "./graphql-runtime.js";
import { buildSchema } from "type-graphql";
import { ArticleResolver } from "./articles/article.resolver.js";
import { CountryResolver } from "./countries/country.resolver.js";
import { IngestResolver } from "./ingest/ingest.resolver.js";
import { LeaderResolver } from "./leaders/leader.resolver.js";
import { MeetingResolver } from "./meetings/meeting.resolver.js";
import { PositionResolver } from "./positions/position.resolver.js";
import { QuoteResolver } from "./quotes/quote.resolver.js";
import { SearchResolver } from "./search/search.resolver.js";
import { TopicResolver } from "./topics/topic.resolver.js";

const RESOLVERS = [
  ArticleResolver,
  CountryResolver,
  IngestResolver,
  LeaderResolver,
  MeetingResolver,
  PositionResolver,
  QuoteResolver,
  SearchResolver,
  TopicResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The API's executable schema (built once per process). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, emitSchemaFile: false });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so that it diffs cleanly. */
export async function emitSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}
