import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { type ApolloServerPlugin } from "@apollo/server";
import { type GraphQLError, type GraphQLSchema, type ValidationRule } from "graphql";
import { type ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { type ApiSettings } from "../../config.js";
import { ErrorCode, type ApiError, QueryLimitError } from "../errors/api-error.js";
import { MAX_PAGE_SIZE } from "../paging/cursor.js";

/** The page size a connection is charged for when the operation does not say `first`. */
const DEFAULT_PAGE_SIZE = 20;
/** The size a list without `first` (participants, countries) is assumed to have. */
export const ASSUMED_LIST_SIZE = 5;

type Limits = Pick<ApiSettings, "maxDepth" | "maxAliases" | "maxCost">;

/**
 * The depth and alias limits, as validation rules of GraphQL Armor: each rejection is
 * reported as a {@link QueryLimitError} with its own code instead of Armor's generic
 * "Syntax Error", and no resolver runs.
 */
export function queryLimitRules(limits: Limits): ValidationRule[] {
  const report =
    (build: (found: number) => ApiError) =>
    (context: { reportError(error: GraphQLError): void } | null, error: GraphQLError): void =>
      context?.reportError(build(Number(/found (\d+)/.exec(error.message)?.[1] ?? NaN)));
  const depth = maxDepthRule({
    n: limits.maxDepth,
    propagateOnRejection: false,
    onReject: [
      report(
        (found) =>
          new QueryLimitError(
            `The operation is nested ${found} levels deep; at most ${limits.maxDepth} are allowed.`,
            ErrorCode.QUERY_TOO_DEEP,
            limits.maxDepth,
          ),
      ),
    ],
  });
  const aliases = maxAliasesRule({
    n: limits.maxAliases,
    propagateOnRejection: false,
    onReject: [
      report(
        (found) =>
          new QueryLimitError(
            `The operation uses ${found} aliases; at most ${limits.maxAliases} are allowed.`,
            ErrorCode.TOO_MANY_ALIASES,
            limits.maxAliases,
          ),
      ),
    ],
  });
  // Armor's rules return visitor objects that graphql-js accepts as ASTVisitors.
  return [depth, aliases] as unknown as ValidationRule[];
}

/**
 * Charges a field `first` times its selection when it pages (`first` above the
 * page limit is charged as the limit; the resolver rejects it anyway), and
 * {@link ASSUMED_LIST_SIZE} times when it is a plain list. The `edges` of a
 * connection are charged once: its `first` already counted them.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  if (field.args.some((a) => a.name === "first")) {
    const first = typeof args.first === "number" ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.min(Math.max(first, 1), MAX_PAGE_SIZE) * childComplexity;
  }
  if (String(field.type).startsWith("[") && !type.name.endsWith("Connection")) {
    return 1 + ASSUMED_LIST_SIZE * childComplexity;
  }
  return undefined;
};

/** The estimated cost of one operation with its variables (graphql-query-complexity). */
export function operationCost(options: {
  schema: GraphQLSchema;
  document: Parameters<typeof getComplexity>[0]["query"];
  variables?: Record<string, unknown>;
  operationName?: string;
}): number {
  return getComplexity({
    schema: options.schema,
    query: options.document,
    variables: options.variables,
    operationName: options.operationName,
    estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Rejects an operation whose estimated cost is over `maxCost` before any resolver
 * runs. It runs once the operation is resolved, so that `first: $n` counts the
 * variable's value.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const costs = costMemo();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          let cost: number;
          try {
            cost = costs(document, request, () =>
              operationCost({
                schema,
                document,
                variables: request.variables,
                operationName: request.operationName,
              }),
            );
          } catch {
            return; // malformed variables: execution reports them, and runs nothing
          }
          if (cost > maxCost) {
            throw new QueryLimitError(
              `The operation costs ${cost}; at most ${maxCost} are allowed. Ask for smaller pages or fewer nested lists.`,
              ErrorCode.QUERY_TOO_COSTLY,
              maxCost,
            );
          }
        },
      };
    },
  };
}

/** Variable sets remembered per document: a dashboard's few, not every cursor of a crawl. */
const COSTS_PER_DOCUMENT = 64;
/** Variables longer than this (as JSON) are estimated each time, not kept in memory. */
const MAX_REMEMBERED_KEY = 2_000;

/**
 * Remembers the cost of each document with each set of variables. Estimating walks the
 * whole operation against the schema (measured: 0.4 ms for the benchmark's Q1 and Q3, a
 * tenth of Q3's API CPU); Apollo hands every request of the same query text the same
 * parsed document (its document store), so a dashboard's repeated requests are charged
 * from memory. Keyed by the document object (weakly, so forgotten documents go), then by
 * operation name and variables; a document's entries are dropped when it has too many.
 */
function costMemo(): (
  document: object,
  request: { variables?: Record<string, unknown>; operationName?: string | null },
  estimate: () => number,
) => number {
  const byDocument = new WeakMap<object, Map<string, number>>();
  return (document, request, estimate) => {
    const key = JSON.stringify([request.operationName ?? null, request.variables ?? null]);
    if (key.length > MAX_REMEMBERED_KEY) return estimate();
    let costs = byDocument.get(document);
    const known = costs?.get(key);
    if (known !== undefined) return known;
    const cost = estimate();
    if (!costs || costs.size >= COSTS_PER_DOCUMENT) byDocument.set(document, (costs = new Map()));
    costs.set(key, cost);
    return cost;
  };
}
