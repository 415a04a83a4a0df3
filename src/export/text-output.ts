import { once } from "node:events";
import { type Writable } from "node:stream";
import { finished } from "node:stream/promises";

/** A destination for text that honours backpressure: `write` resolves when more may follow. */
export interface TextOutput {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Wraps a stream. `end` is false for standard output, which the process keeps open:
 * closing then only waits until what was written has been handed to the system.
 */
export function textOutput(stream: Writable, { end }: { end: boolean }): TextOutput {
  return {
    write: async (chunk) => {
      if (!stream.write(chunk)) await once(stream, "drain");
    },
    close: async () => {
      if (end) {
        stream.end();
        await finished(stream);
      } else {
        await new Promise<void>((resolve, reject) =>
          stream.write("", (error) => (error ? reject(error) : resolve())),
        );
      }
    },
  };
}
