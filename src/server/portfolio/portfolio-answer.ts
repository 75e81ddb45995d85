import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import type { Portfolio } from "#contract/portfolio-api";
import type { PortfolioStore } from "../store/portfolio-store.ts";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** How an answer is compressed for the client that asked. */
export type Encoding = "br" | "gzip" | "identity";

/**
 * The encoding for an Accept-Encoding header. gzip first: on the portfolio's rows (random 32-hex IDs, a few tag values) it came out smaller
 * than brotli at the qualities that take under a second (100,000 rows: 1.98 MB against 2.04 MB at
 * brotli 5; brotli 11 took 50 s).
 */
export function encodingFor(header: string | string[] | undefined): Encoding {
  const accepted = String(header ?? "");
  if (/\bgzip\b/.test(accepted)) return "gzip";
  if (/\bbr\b/.test(accepted)) return "br";
  return "identity";
}

/** Compresses an answer's text. */
export async function encode(text: string, encoding: Encoding): Promise<Buffer> {
  const buffer = Buffer.from(text);
  if (encoding === "br") {
    return brotli(buffer, {
      params: {
        // Quality 5: within a few % of 9 in a quarter of its time; 11 takes tens of seconds.
        [zlib.BROTLI_PARAM_QUALITY]: 5,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    });
  }
  return encoding === "gzip" ? gzipped(buffer, { level: 6 }) : buffer;
}

/** The answer cut to its first `count` rows, saying how many it had; whole when no count is given. */
export function firstRows(portfolio: Portfolio, count: number | undefined): Portfolio {
  if (count === undefined) return portfolio;
  return { ...portfolio, rows: portfolio.rows.slice(0, count), total: portfolio.rows.length };
}

/**
 * The whole portfolio as sent, built once per store version and encoding: 100,000 rows take
 * a second to read and compress, and most openings ask for the same answer.
 */
export function createAnswerCache(store: PortfolioStore) {
  // Versions restart with the process; the tag keeps an old ETag from matching a new answer.
  const processTag = randomBytes(4).toString("hex");
  type Entry = { version: number; encodings: Map<Encoding, Promise<Buffer>>; portfolio: Promise<Portfolio>; text: Promise<string> };
  let cached: Entry | undefined;
  const current = (): Entry => {
    const version = store.version();
    if (cached?.version !== version) {
      const portfolio = store.portfolio();
      const text = portfolio.then((answer) => JSON.stringify(answer));
      cached = { version, encodings: new Map(), portfolio, text };
      text.catch(() => {
        cached = undefined;
      });
    }
    return cached;
  };
  return {
    etag: (encoding: Encoding) => `"${processTag}-${store.version()}-${encoding}"`,
    /** The first `count` rows of the whole answer, with its total, for a first screen. */
    first: async (count: number): Promise<Portfolio> => firstRows(await current().portfolio, count),
    get(encoding: Encoding): Promise<Buffer> {
      const entry = current();
      let buffer = entry.encodings.get(encoding);
      if (!buffer) {
        buffer = entry.text.then((text) => encode(text, encoding));
        entry.encodings.set(encoding, buffer);
        buffer.catch(() => entry.encodings.delete(encoding));
      }
      return buffer;
    },
  };
}

