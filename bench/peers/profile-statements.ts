import { type Driver, type ProfiledPlan } from "neo4j-driver";
import { type SentStatement } from "./recording-driver.js";

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
  for (const statement of args.statements) hits += planDbHits(await profilePlan(args, statement));
  return hits;
}

/** One statement's plan with its figures (PROFILE, in a session of its own). */
export async function profilePlan(
  on: { driver: Driver; database: string },
  statement: SentStatement,
): Promise<ProfiledPlan> {
  const session = on.driver.session({ database: on.database, defaultAccessMode: "READ" });
  try {
    const result = await session.run(withProfile(statement.text), statement.params);
    return result.summary.profile as ProfiledPlan;
  } finally {
    await session.close();
  }
}

function withProfile(text: string): string {
  const options = /^\s*CYPHER\b[^\n]*\n/.exec(text)?.[0] ?? "";
  return `${options}PROFILE ${text.slice(options.length)}`;
}

/** The db hits of a plan's operators, summed. */
export function planDbHits(plan: ProfiledPlan | false | null): number {
  if (!plan) return 0;
  return Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce((s, c) => s + planDbHits(c), 0);
}
