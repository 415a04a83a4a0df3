import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";

/**
 * Serves a started Apollo server at /graphql through plain node:http (the same HTTP layer
 * as diplograph's server), for the library peers P1 and P2. Errors are not masked.
 */
export async function serveApollo<Context extends BaseContext>(options: {
  apollo: ApolloServer<Context>;
  host: string;
  handleFirst: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Each request's context (P2's reader); none by default. */
  context?: () => Context;
}): Promise<{ url: string; close(): Promise<void> }> {
  const { apollo } = options;
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (await options.handleFirst(req, res)) return;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? "GET",
        headers,
        search: new URL(req.url ?? "/", "http://localhost").search,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      },
      context: async () => options.context?.() ?? ({} as Context),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, options.host, resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    close: async () => {
      await new Promise<void>((resolve, reject) =>
        server.close((e) => (e ? reject(e) : resolve())),
      );
      await apollo.stop();
    },
  };
}
