import { createRequire } from "node:module";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { type graphql as graphqlFunction, type GraphQLSchema } from "graphql";
import { type Driver } from "neo4j-driver";
import { type ArticleRecord } from "../../src/domain/record.js";
import { P1_TYPE_DEFS } from "../peers/p1/type-defs.js";
import { newStatementLog, recordingDriver } from "../peers/recording-driver.js";
import { planBareArticle } from "./bare-loader.js";
import {
  articleMutation,
  existingQueryVariables,
  P1_EXISTING_QUERY,
  type ExistingKeys,
} from "./p1-mutation-documents.js";

type Row = Record<string, unknown>;

// @neo4j/graphql is CommonJS and builds its schema with the CommonJS graphql; an ESM import
// (vitest resolves graphql's index.mjs) would be a second instance that rejects the schema.
const { graphql } = createRequire(import.meta.url)("graphql") as {
  graphql: typeof graphqlFunction;
};

/** What loading through P1's generated mutations did. */
export interface P1LoadResult {
  records: number;
  /** Cypher statements @neo4j/graphql generated and ran for them. */
  statements: number;
  /** The Cypher the first article's lookup and mutation generated, as sent. */
  sampleCypher: string[];
}

/**
 * Loads the records through @neo4j/graphql 7 (P1's type definitions), the way a user of the
 * library writes ingestion: per article one lookup query of the keys it names (v7 has no
 * merge: `connectOrCreate` was removed) and one mutation that creates what is missing and
 * connects it to what exists. Executed in-process (`graphql()` on P1's schema), without
 * HTTP, as diplograph's loader runs in-process: the difference measured is the library's.
 * Each root field of a mutation runs in a transaction of its own, so an article is not
 * atomic here (diplograph's loader writes each batch in one transaction).
 */
export async function loadThroughP1Mutations(args: {
  driver: Driver;
  records: Iterable<ArticleRecord>;
}): Promise<P1LoadResult> {
  const log = newStatementLog();
  const schema = await new Neo4jGraphQL({
    typeDefs: P1_TYPE_DEFS,
    driver: recordingDriver(args.driver, log),
  }).getSchema();
  let records = 0;
  let sampleCypher: string[] = [];
  for (const record of args.records) {
    const article = planBareArticle(record);
    const found = await execute(schema, P1_EXISTING_QUERY, existingQueryVariables(article));
    const existing = existingKeys(found);
    records += 1;
    // The same text twice is the same article: the bare loader's MERGE would change nothing.
    if (existing.articles.size > 0) continue;
    const { document, variables } = articleMutation(article, existing);
    await execute(schema, document, variables);
    if (records === 1) sampleCypher = [...log.texts];
  }
  return { records, statements: log.count, sampleCypher };
}

async function execute(schema: GraphQLSchema, source: string, variableValues: Row): Promise<Row> {
  const result = await graphql({ schema, source, variableValues, contextValue: {} });
  if (result.errors?.length) {
    throw new Error(`P1 mutation loader: ${result.errors.map((e) => e.message).join("; ")}`);
  }
  return (result.data ?? {}) as Row;
}

function existingKeys(data: Row): ExistingKeys {
  const keys = (field: string, key = "id"): Set<string> =>
    new Set(((data[field] ?? []) as Row[]).map((r) => String(r[key])));
  const meetings = (data.meetings ?? []) as {
    id: string;
    participantsConnection: {
      edges: { node: { id: string }; properties: { sources: string[] | null } }[];
    };
  }[];
  return {
    articles: keys("articles"),
    countries: keys("countries", "code"),
    regions: keys("regions", "slug"),
    persons: keys("people"),
    offices: keys("offices"),
    meetings: new Map(
      meetings.map((m) => [
        m.id,
        new Map(m.participantsConnection.edges.map((e) => [e.node.id, e.properties.sources ?? []])),
      ]),
    ),
    topics: keys("topics", "key"),
    positions: keys("positions"),
    quotes: keys("quotes"),
  };
}
