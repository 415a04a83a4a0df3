import { type ServiceMetrics, getMetrics } from "./metrics.js";

/**
 * The part of Apollo's request context this plugin reads. It is spelled out here,
 * not imported, because only src/api/ may import Apollo; a value of this type is
 * accepted by `ApolloServer({ plugins })` (checked in tests/web/metrics.test.ts).
 */
export interface OperationContext {
  operationName?: string | null;
  operation?: { operation: string } | null;
  request: { operationName?: string | null };
  errors?: readonly { extensions?: Record<string, unknown> }[];
}

/** A request listener in the shape of Apollo's `GraphQLRequestListener`. */
export interface MetricsRequestListener {
  didEncounterErrors(context: OperationContext): Promise<void>;
  willSendResponse(context: OperationContext): Promise<void>;
}

/** A plugin in the shape of Apollo's `ApolloServerPlugin`. */
export interface MetricsPlugin {
  requestDidStart(context: OperationContext): Promise<MetricsRequestListener>;
}

// Operation names are chosen by clients: bound the label values so a client cannot
// blow up the number of time series.
const MAX_OPERATION_NAMES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * An Apollo Server plugin that observes each request's latency by operation name and
 * type, and counts the errors sent by `extensions.code` (unknown errors, before
 * masking, count as INTERNAL_SERVER_ERROR).
 */
export function metricsPlugin(metrics: ServiceMetrics = getMetrics()): MetricsPlugin {
  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (name === null || name === undefined || name === "") return "anonymous";
    if (!NAME.test(name)) return "invalid";
    if (!seen.has(name) && seen.size >= MAX_OPERATION_NAMES) return "other";
    seen.add(name);
    return name;
  };
  return {
    async requestDidStart() {
      const stop = metrics.operationDuration.startTimer();
      return {
        async didEncounterErrors(context) {
          for (const error of context.errors ?? []) {
            const code = error.extensions?.code;
            metrics.errors.inc({ code: typeof code === "string" ? code : "INTERNAL_SERVER_ERROR" });
          }
        },
        async willSendResponse(context) {
          stop({
            operation: operationLabel(context.operationName ?? context.request.operationName),
            type: context.operation?.operation ?? "unknown",
          });
        },
      };
    },
  };
}
