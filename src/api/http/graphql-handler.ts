import { type IncomingMessage, type ServerResponse } from "node:http";
import { HeaderMap } from "@apollo/server";
import { type Config } from "../../config.js";
import { type ApiServer } from "../server.js";
import { ErrorCode } from "../errors/api-error.js";
import { sendError } from "./send.js";

class BodyTooLargeError extends Error {}

/**
 * One GraphQL request over HTTP, within the configured limits: a body over
 * `maxBodyBytes` is refused with 413 PAYLOAD_TOO_LARGE (from Content-Length when it
 * says so, else while reading), a batch over `maxBatch` with 400 TOO_MANY_OPERATIONS,
 * and a request still running after `requestTimeoutMs` is answered 503
 * REQUEST_TIMEOUT (the Neo4j transactions behind it have the same server-side timeout).
 */
export async function handleGraphqlRequest({
  req,
  res,
  url,
  api,
  settings,
}: {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  api: ApiServer;
  settings: Config["api"];
}): Promise<void> {
  const tooLarge = {
    message: `The request body is over the limit of ${settings.maxBodyBytes} bytes.`,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    limit: settings.maxBodyBytes,
  };
  if (Number(req.headers["content-length"] ?? 0) > settings.maxBodyBytes) {
    return sendError(res, 413, tooLarge, { connection: "close" });
  }
  let body: unknown;
  try {
    body = req.method === "POST" ? await readJsonBody(req, settings.maxBodyBytes) : undefined;
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return sendError(res, 413, tooLarge, { connection: "close" });
    }
    throw error;
  }
  if (Array.isArray(body) && body.length > settings.maxBatch) {
    return sendError(res, 400, {
      message:
        settings.maxBatch === 1
          ? "Batched operations are not accepted: send one operation per request."
          : `The request batches ${body.length} operations; at most ${settings.maxBatch} are allowed.`,
      code: ErrorCode.TOO_MANY_OPERATIONS,
      limit: settings.maxBatch,
    });
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const work = api.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: async () => api.contextFor(req),
  });
  const response = await withDeadline(work, settings.requestTimeoutMs);
  if (response === "timeout") {
    return sendError(
      res,
      503,
      {
        message: `The request took longer than ${settings.requestTimeoutMs} ms and was abandoned.`,
        code: ErrorCode.REQUEST_TIMEOUT,
        limit: settings.requestTimeoutMs,
      },
      { "retry-after": "1" },
    );
  }
  // Answers change as articles load and may depend on the caller's key: never cached.
  res.setHeader("cache-control", "no-store");
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  // A request answered by the deadline still settles later; its outcome is dropped.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Apollo answers 400 for a body it cannot use.
    return text;
  }
}
