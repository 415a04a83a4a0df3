import { type Driver } from "neo4j-driver";
import { type SentStatement } from "./recording-driver.js";

interface PlanNode {
  dbHits?: number;
  children?: PlanNode[];
}

/**
 * Database hits of the statements one request sent, from PROFILE (an untimed pass, on a
 * driver that does not record). A leading `CYPHER 5` line (as @neo4j/graphql sends) keeps
 * its place: PROFILE goes after the pre-parser options.
 */
export async function profileStatements(args: {
  driver: Driver;
  database: string;
  statements: readonly SentStatement[];
}): Promise<number> {
  let hits = 0;
  for (const statement of args.statements) {
    const session = args.driver.session({ database: args.database, defaultAccessMode: "READ" });
    try {
      const result = await session.run(withProfile(statement.text), statement.params);
      hits += sumHits(result.summary.profile as unknown as PlanNode);
    } finally {
      await session.close();
    }
  }
  return hits;
}

function withProfile(text: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/.exec(text)?.[0] ?? "";
  return `${options}PROFILE ${text.slice(options.length)}`;
}

function sumHits(plan: PlanNode | false | null): number {
  if (!plan) return 0;
  return Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce((s, c) => s + sumHits(c), 0);
}
