import { type GraphQLResolveInfo } from "graphql";
import { type GraphExecutor } from "../../graph/executor.js";
import { parseDayRange } from "../paging/date-range.js";
import { nestedFieldArguments } from "../selection/field-arguments.js";
import { planOrSkip, someOrUndefined } from "../selection/plan-nested.js";
import { byKey, readRows } from "../shared/read-rows.js";
import { type StanceCountRow, type Topic } from "./topic.type.js";

/** The nested parts with arguments that the topic statements project (Topic.stanceMatrix). */
export interface TopicNested {
  stanceMatrix?: { key: string; from: string | null; to: string | null };
}

/** What a topic statement projects besides the topics: the stance matrix when asked once. */
export function planTopicNested(info: GraphQLResolveInfo): TopicNested | undefined {
  const matrix = nestedFieldArguments(info, "stanceMatrix");
  return someOrUndefined({
    stanceMatrix: planOrSkip(() =>
      matrix === null
        ? undefined
        : {
            key: matrix.key,
            ...parseDayRange(matrix.args.from as string | null, matrix.args.to as string | null),
          },
    ),
  });
}

type TopicRow = Topic & { stanceMatrix?: StanceCountRow[] | null };

/** The topics that some visible position is on, by kind and arguments, ordered by id. */
export async function findTopics(
  executor: GraphExecutor,
  args: { kind: string | null; args: string[] | null; asOf: string | null; nested?: TopicNested },
): Promise<Topic[]> {
  const rows = await readRows<{ row: TopicRow }>(executor, "api/find-topics", {
    filter: { kind: args.kind, args: args.args }, // one map: see asOfParam in read-rows.ts
    asOf: args.asOf,
    stanceMatrix: matrixParams(args.nested),
  });
  return rows.map(({ row }) => withPrefetched(row, args.nested));
}

/** Topics by key (id), with the stance matrix when `nested` plans it. */
export async function findTopicsByKeys(
  executor: GraphExecutor,
  args: { keys: string[]; asOf: string | null; nested?: TopicNested },
): Promise<Map<string, Topic>> {
  const rows = await readRows<{ row: TopicRow }>(executor, "api/find-topics-by-keys", {
    keys: args.keys,
    asOf: args.asOf,
    stanceMatrix: matrixParams(args.nested),
  });
  return byKey(
    rows.map(({ row }) => ({ row: withPrefetched(row, args.nested) })),
    (t) => t.id,
  );
}

/** `$stanceMatrix`: a map even when not planned (see asOfParam in read-rows.ts). */
function matrixParams(nested: TopicNested | undefined): {
  planned: boolean;
  from: string | null;
  to: string | null;
} {
  const plan = nested?.stanceMatrix;
  return plan
    ? { planned: true, from: plan.from, to: plan.to }
    : { planned: false, from: null, to: null };
}

function withPrefetched(row: TopicRow, nested: TopicNested | undefined): Topic {
  const { stanceMatrix, ...topic } = row;
  const plan = nested?.stanceMatrix;
  return {
    ...topic,
    prefetchedStanceMatrix:
      plan && stanceMatrix ? { key: plan.key, value: stanceMatrix } : undefined,
  };
}
