import { type Driver } from "neo4j-driver";
import { benchCypher } from "../cypher/index.js";

/** Database hits of one statement, from PROFILE (an untimed pass). */
export async function profileDbHits(args: {
  driver: Driver;
  database: string;
  statement: Parameters<typeof benchCypher>[0];
  params: Record<string, unknown>;
}): Promise<number> {
  const session = args.driver.session({ database: args.database });
  try {
    const result = await session.run(`PROFILE ${benchCypher(args.statement)}`, args.params);
    let hits = 0;
    const walk = (plan: { dbHits?: number; children?: unknown[] }): void => {
      hits += Number(plan.dbHits ?? 0);
      (plan.children ?? []).forEach((c) => walk(c as typeof plan));
    };
    walk(result.summary.profile as unknown as { dbHits?: number; children?: unknown[] });
    return hits;
  } finally {
    await session.close();
  }
}
