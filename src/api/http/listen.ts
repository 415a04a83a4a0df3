import { type Server } from "node:http";

/** The server could not take its address; the message says what to change. */
export class ListenError extends Error {
  override name = "ListenError";
}

/**
 * Listens on `host:port` and resolves once bound, or rejects with a
 * {@link ListenError} (a port in use is an error to report, not to crash on: an
 * unheard "error" event would end the process with a stack trace and exit status 1).
 */
export function listen(
  server: Server,
  { port, host }: { port: number; host: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException): void =>
      reject(
        new ListenError(
          error.code === "EADDRINUSE"
            ? `cannot serve on ${host}:${port}: the port is in use (set PORT to another one)`
            : `cannot serve on ${host}:${port}: ${error.message} (check HOST and PORT)`,
        ),
      );
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      resolve();
    });
  });
}
