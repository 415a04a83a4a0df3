import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ProfiledPlan } from "neo4j-driver";
import { type GraphExecutor } from "../../src/graph/executor.js";
import { median } from "../load/quantiles.js";
import { planDbHits, profilePlan } from "../peers/profile-statements.js";
import { type SentStatement } from "../peers/recording-driver.js";

// A peer's statement run on its own, through the driver, as request-split.ts replays what a
// request sent: timed, profiled, and rewritten (its variants).

/** One statement as the peers run it: its wall time here, and Neo4j's own (whole ms). */
export async function runDirect(
  executor: GraphExecutor,
  statement: SentStatement,
  measureSize = false,
): Promise<{ wall: number; neo4j: number; rows: unknown[] }> {
  const { driver, database } = executor;
  const session = driver.session({ database, defaultAccessMode: "READ" });
  const began = performance.now();
  try {
    const result = await session.run(statement.text, statement.params);
    const wall = performance.now() - began;
    const { resultAvailableAfter, resultConsumedAfter } = result.summary;
    // As their JSON (integers as numbers): the size and shape the report counts.
    const rows = measureSize
      ? (JSON.parse(
          JSON.stringify(
            result.records.map((r) => r.toObject()),
            (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value),
          ),
        ) as unknown[])
      : [];
    return { wall, neo4j: Number(resultAvailableAfter) + Number(resultConsumedAfter), rows };
  } finally {
    await session.close();
  }
}

/** Each peer's operators with the most db hits in its statement, then the most memory. */
export async function printPlans(
  executor: GraphExecutor,
  label: string,
  sent: Record<string, SentStatement>,
): Promise<void> {
  for (const [peer, statement] of Object.entries(sent)) {
    const root = await profilePlan(executor, statement);
    const operators: { name: string; hits: number; rows: number; memory: number }[] = [];
    const walk = (node: ProfiledPlan): void => {
      const name = `${node.operatorType} ${String(node.arguments.Details ?? "").slice(0, 90)}`;
      // Neo4j's estimate of what the operator holds at its peak (sorts, collects, ...).
      const memory = Number(node.arguments.Memory ?? 0);
      operators.push({ name, hits: node.dbHits, rows: node.rows, memory });
      node.children.forEach(walk);
    };
    walk(root);
    const total = planDbHits(root);
    const peak = (Number(root.arguments.GlobalMemory ?? 0) / 1e6).toFixed(1);
    console.log(
      `\n${label}, ${peer}'s statement: ${total} db hits, ${peak} MB of memory at its ` +
        `peak (PROFILE's GlobalMemory); the operators with most db hits, then most memory:\n`,
    );
    const line = (o: (typeof operators)[number]) =>
      console.log(
        `${String(o.hits).padStart(9)} hits ${String(o.rows).padStart(7)} rows ` +
          `${(o.memory / 1e6).toFixed(1).padStart(7)} MB  ${o.name}`,
      );
    operators
      .sort((a, b) => b.hits - a.hits)
      .slice(0, 12)
      .forEach(line);
    console.log("");
    operators
      .sort((a, b) => b.memory - a.memory)
      .slice(0, 4)
      .forEach(line);
  }
}

/**
 * Other texts of diplograph's statement (the `.cypher` files of `dir`), each run with the
 * parameters diplograph sent for each parameter set: db hits (PROFILE) and the rows' size
 * first, then the time through the driver, interleaved round by round with P0's statement
 * and diplograph's own. A variant need not answer the same: it measures what a rewrite of
 * the statement would cost before the rewrite is made.
 */
export async function timeVariants(args: {
  executor: GraphExecutor;
  label: string;
  dir: string;
  sets: readonly { p0: SentStatement; diplograph: SentStatement }[];
  rounds: number;
}): Promise<void> {
  const { executor, sets } = args;
  const files = readdirSync(args.dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort();
  const variants = [
    { name: "diplograph's, as sent", text: undefined as string | undefined },
    ...files.map((f) => ({ name: f, text: readFileSync(join(args.dir, f), "utf8") })),
  ].map((v) => ({ ...v, hits: 0, bytes: 0, times: [] as number[] }));
  const as = (v: (typeof variants)[number], sent: SentStatement): SentStatement => ({
    ...sent,
    text: v.text ?? sent.text,
  });
  for (const set of sets) {
    for (const v of variants) {
      const { rows } = await runDirect(executor, as(v, set.diplograph), true);
      v.bytes += JSON.stringify(rows).length;
      v.hits += planDbHits(await profilePlan(executor, as(v, set.diplograph)));
    }
  }
  const p0: number[] = [];
  for (let round = 0; round < args.rounds; round++) {
    for (const set of sets) {
      p0.push((await runDirect(executor, set.p0)).wall);
      for (const v of variants)
        v.times.push((await runDirect(executor, as(v, set.diplograph))).wall);
    }
  }
  console.log(`\n${args.label}, diplograph's statement and its variants through the driver:\n`);
  console.log("| statement | ms (median) | / P0's | db hits per set | rows, kB per set |");
  console.log("| --- | --- | --- | --- | --- |");
  console.log(`| P0's | ${median(p0).toFixed(2)} | 1.00x | | |`);
  for (const v of variants) {
    const ms = median(v.times);
    console.log(
      `| ${v.name} | ${ms.toFixed(2)} | ${(ms / median(p0)).toFixed(2)}x | ` +
        `${Math.round(v.hits / sets.length)} | ${(v.bytes / 1000 / sets.length).toFixed(1)} |`,
    );
  }
}

/** Adds the JSON bytes of every key (its name and value) of `rows` to its path's total. */
export function addWidths(widths: Map<string, number>, rows: unknown[]): void {
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, `${path}[]`);
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path === "" ? key : `${path}.${key}`;
        const bytes = JSON.stringify(key).length + 1 + JSON.stringify(child ?? null).length;
        widths.set(childPath, (widths.get(childPath) ?? 0) + bytes);
        walk(child, childPath);
      }
    }
  };
  walk(rows, "rows");
}
