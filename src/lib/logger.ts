import { pino, type Logger } from "pino";

/** The one logger factory: structured JSON lines on stderr, so stdout stays for results. */
export function createLogger({ level, name }: { level: string; name?: string }): Logger {
  return pino(
    { level, name: name ?? "diplograph", redact: ["password", "*.password", "apiKey"] },
    pino.destination(2),
  );
}

export type { Logger };
