import autocannon from "autocannon";
import { quantileOfSorted } from "./quantiles.js";
import { type PeerRequest } from "../operations/operations.js";

/** Latency and throughput of one operation against one peer at one concurrency. */
export interface LatencyFigure {
  connections: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  /** Responses that were not 200, carried `errors`, or timed out: each must be 0. */
  failures: number;
  firstFailure: string | null;
}

/**
 * Sends the requests round-robin over `connections` keep-alive connections for a bounded
 * time (loopback only) and computes the percentiles from every response time. Each
 * response body is parsed and checked for errors. A peer too slow to answer one request
 * within the window (autocannon drops the requests in flight when it ends) is measured by
 * one request per connection instead, so that its figures exist.
 */
export async function measureLatency(args: {
  url: string;
  requests: PeerRequest[];
  connections: number;
  seconds: number;
}): Promise<LatencyFigure> {
  let run = await runAutocannon({ ...args, bound: { duration: args.seconds } });
  if (run.times.length === 0)
    run = await runAutocannon({ ...args, bound: { amount: args.connections } });
  const { times, result } = run;
  let { failures, firstFailure } = run;
  failures += result.errors + result.timeouts;
  if (result.errors + result.timeouts > 0)
    firstFailure ??= `${result.errors} errors, ${result.timeouts} timeouts`;
  times.sort((a, b) => a - b);
  const at = (q: number): number => quantileOfSorted(times, q);
  return {
    connections: args.connections,
    requests: times.length,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    requestsPerSecond: times.length / (result.duration || args.seconds),
    failures,
    firstFailure,
  };
}

async function runAutocannon(args: {
  url: string;
  requests: PeerRequest[];
  connections: number;
  bound: { duration: number } | { amount: number };
}): Promise<{
  times: number[];
  failures: number;
  firstFailure: string | null;
  result: autocannon.Result;
}> {
  const times: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  const fail = (why: string): void => {
    failures += 1;
    firstFailure ??= why.slice(0, 300);
  };
  let finish: (result: autocannon.Result) => void = () => {};
  let abort: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    abort = reject;
  });
  const options: autocannon.Options = {
    url: args.url,
    connections: args.connections,
    ...args.bound,
    timeout: 60,
    requests: args.requests.map((r) => ({
      method: "POST" as const,
      path: r.path,
      body: r.body,
      headers: { "content-type": "application/json" },
      onResponse: (status: number, body: string) => {
        if (status !== 200) return fail(`HTTP ${status}: ${body}`);
        if (body.includes('"errors"')) fail(body);
      },
    })),
  };
  const instance = autocannon(options, (error, result) => (error ? abort(error) : finish(result)));
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await done;
  return { times, failures, firstFailure, result };
}
