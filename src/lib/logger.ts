import { pino, type DestinationStream, type Logger } from "pino";
import { currentRequestId } from "./request-context.js";

/**
 * The one logger factory: structured JSON lines on stderr, so stdout stays for results.
 * A line written while an HTTP request is being served carries its `requestId`, whoever
 * writes it (see request-context.ts). `destination` replaces stderr (tests).
 */
export function createLogger({
  level,
  name,
  destination,
}: {
  level: string;
  name?: string;
  destination?: DestinationStream;
}): Logger {
  return pino(
    {
      level,
      name: name ?? "diplograph",
      redact: ["password", "*.password", "apiKey"],
      mixin: () => {
        const requestId = currentRequestId();
        return requestId === undefined ? {} : { requestId };
      },
    },
    destination ?? pino.destination(2),
  );
}

export type { Logger };
