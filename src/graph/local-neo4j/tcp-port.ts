import { createConnection, createServer } from "node:net";

const LOOPBACK = "127.0.0.1";

/**
 * Asks the OS for a free TCP port on 127.0.0.1 (binds port 0, reads it, closes).
 * Another process may take it before it is used; good enough for tests that each need
 * their own instance.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen({ host: LOOPBACK, port: 0, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolvePromise(port) : reject(new Error("no port"))));
    });
  });
}

/** True when something accepts a TCP connection on 127.0.0.1:port within the timeout. */
export function probeTcpPort({
  port,
  timeoutMs = 1000,
}: {
  port: number;
  timeoutMs?: number;
}): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: LOOPBACK, port });
    const finish = (open: boolean): void => {
      socket.destroy();
      resolvePromise(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}

/**
 * Resolves when 127.0.0.1:port can be bound (the bind Neo4j itself will do), and
 * rejects with a message naming the port when it cannot.
 */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${port} on ${LOOPBACK} is already in use: stop what listens there ` +
                `(a local Neo4j from "npm run db:start"? then "npm run db:stop", or set ` +
                `NEO4J_URI=bolt://${LOOPBACK}:${port} to use it) or choose another port`
            : `cannot bind ${LOOPBACK}:${port}: ${error.message}`,
        ),
      );
    });
    server.listen({ host: LOOPBACK, port, exclusive: true }, () =>
      server.close(() => resolvePromise()),
    );
  });
}
