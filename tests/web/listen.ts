import { type createServer } from "node:http";
import { type AddressInfo } from "node:net";

/** A running HTTP server for a browser test. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1. */
export async function listen(server: ReturnType<typeof createServer>): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
