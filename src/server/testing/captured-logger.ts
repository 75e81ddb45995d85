import { Writable } from "node:stream";
import type { Logger } from "pino";
import { createLogger } from "../logger.ts";

/** The proxy's real logger at `info`, writing every line into `logs` for tests to read. */
export function capturedLogger(): { logger: Logger; logs: string[] } {
  const logs: string[] = [];
  const logger = createLogger(
    "info",
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString("utf8"));
        done();
      },
    }),
  );
  return { logger, logs };
}
