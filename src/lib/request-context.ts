import { AsyncLocalStorage } from "node:async_hooks";

/** What code deep inside one HTTP request may want to know about it. */
export interface RequestContext {
  requestId: string;
}

// One store for the process: the HTTP server opens a context per request, and the
// logger and the error formatter read it, so no logger is threaded through resolvers,
// services and the executor.
const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` (and everything it awaits or schedules) as part of the request `context`. */
export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

/** The id of the request the calling code is serving, or undefined outside any request. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
